/**
 * Clean-up of the article Readability picked: the title printed again in the body, captions printed twice,
 * and code that must read left to right inside right-to-left text.
 */
import type { RemovedBlock } from './article';
import { normalizeText } from './normalize-text';
import { BLOCK_TAGS, DOCUMENT_POSITION_FOLLOWING, SKIP_TAGS, byTag, childElements, closestNamed, collectTextBlocks, elementsWithTags, firstNamed, hasMedia, holdsCode, inPre, spacedText, squash, SUBHEADING_TAGS } from './text-blocks';

// A heading is "the title again" when one contains the other and the shorter is at least this share of the longer:
// sites add or drop a kicker or the site name ("Headline | Site") between <title>, og:title and <h1>.
const TITLE_OVERLAP = 0.8;

function sameAsTitle(key: string, titleKey: string): boolean {
  if (!key || !titleKey) return false;
  if (key === titleKey) return true;
  const [short, long] = key.length < titleKey.length ? [key, titleKey] : [titleKey, key];
  return short.length >= TITLE_OVERLAP * long.length && long.includes(short);
}

const TITLE_REPEAT_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'P']);

/** Remove headings and paragraphs that repeat the title. */
export function removeTitleRepeats(root: Element, title: string): RemovedBlock[] {
  const titleKey = normalizeText(title);
  const removed: RemovedBlock[] = [];
  if (!titleKey) return removed;
  for (const el of elementsWithTags(root, TITLE_REPEAT_TAGS)) {
    const text = squash(el.textContent);
    // Paragraphs much longer than the title cannot repeat it; skip the normalisation cost.
    if (text.length > title.length * 2 + 20) continue;
    if (sameAsTitle(normalizeText(text), titleKey)) {
      removed.push({ kind: 'title-repeat', text });
      el.remove();
    }
  }
  return removed;
}

const FIGURE = new Set(['figure']);

/**
 * A caption that repeats what is already there goes once: a figcaption equal to its image's alt keeps the
 * visible caption and empties the alt (screen readers would read it twice), and a caption repeated by the
 * paragraph or caption next to it keeps one copy.
 */
export function removeCaptionRepeats(root: Element): RemovedBlock[] {
  const removed: RemovedBlock[] = [];
  for (const caption of byTag(root, 'figcaption')) {
    const key = normalizeText(caption.textContent ?? '');
    if (!key) continue;
    const figure = closestNamed(caption, FIGURE);
    for (const img of figure ? byTag(figure, 'img') : []) {
      if (normalizeText(img.getAttribute('alt') ?? '') === key) img.setAttribute('alt', '');
    }
    const neighbours = [figure?.nextElementSibling, figure?.previousElementSibling, caption.nextElementSibling, caption.previousElementSibling];
    for (const n of neighbours) {
      if (!n || n === figure || hasMedia(n)) continue;
      if (normalizeText(n.textContent ?? '') === key) {
        removed.push({ kind: 'caption-repeat', text: squash(n.textContent) });
        n.remove();
        break;
      }
    }
  }
  return removed;
}

// Whitespace and the invisible format characters a page types to keep a paragraph from collapsing: zero-width space,
// non-joiner, joiner, word joiner, byte-order mark. Readability drops empty paragraphs, but String.trim keeps these.
const BLANK = /^[\s\u200B-\u200D\u2060\uFEFF]*$/;

/**
 * Paragraphs that hold nothing visible go: a gap the page's editor typed between sections (Webflow's rich text writes
 * <p>&zwj;</p>, 255 of them on WCXB), which the reader would show as an empty line. Not recorded in `removed`: there
 * is no text to show. A paragraph with an image or a line break in it stays.
 */
export function removeSpacerParagraphs(root: Element): void {
  for (const p of byTag(root, 'p')) {
    if (BLANK.test(p.textContent ?? '') && !hasMedia(p) && !firstNamed(p, 'br')) p.remove();
  }
}

// Marks that only ever stand between or beside words: what is left of a list of names whose names went (JMIR's author
// list, "; " after each emptied ORCID link, WCXB 2020), a filter chip's "×", a lone "|" or "·" from a meta row. A row
// of bullets ("• • •") is a section break and stays, as do asterisks, dashes and an ellipsis.
const STRAY_MARKS = /^(?:[\s,;|×✕✖]*[,;|×✕✖][\s,;|×✕✖]*|\s*[·•]\s*)$/;
const MARK_BLOCKS = new Set(['P', 'LI', 'DIV', 'DD', 'DT']);
const KEEPS_MARKS = new Set(['pre', 'code', 'td', 'th']);
const LISTS = new Set(['UL', 'OL']);
// A block longer than this holds more than a few marks, even with its template's indentation (2020's items are 50
// characters of spaces and line breaks around one ";"), and is not read.
const MARKS_MAX_CHARS = 200;

/**
 * Blocks that hold nothing but such marks go, as do list items that hold nothing visible (an empty bullet), and a list
 * left with no item goes with them. Code keeps every mark (a lone "}" or ";" is a line of it), and so does a table's
 * cell.
 */
export function removeStrayMarks(root: Element): RemovedBlock[] {
  const removed: RemovedBlock[] = [];
  const lists = new Set<Element>();
  for (const el of elementsWithTags(root, MARK_BLOCKS)) {
    const text = el.textContent ?? '';
    if (text.length > MARKS_MAX_CHARS || !(STRAY_MARKS.test(text) || (el.tagName === 'LI' && BLANK.test(text))) || !root.contains(el)) continue;
    if (hasMedia(el) || closestNamed(el, KEEPS_MARKS) || holdsCode(el)) continue;
    const list = el.tagName === 'LI' ? el.parentElement : null;
    if (list && LISTS.has(list.tagName)) lists.add(list);
    el.remove();
    removed.push({ kind: 'stray-marks', text: squash(text) });
  }
  for (const list of lists) if (!list.firstElementChild && !(list.textContent ?? '').trim()) list.remove();
  return removed;
}

const CODE_TAGS = new Set(['PRE', 'CODE', 'KBD', 'SAMP']);

/** Code is written left to right whatever the language of the article around it. */
export function forceCodeLtr(root: Element): void {
  for (const el of elementsWithTags(root, CODE_TAGS)) {
    if (el.tagName !== 'PRE' && inPre(el)) continue;
    el.setAttribute('dir', 'ltr');
  }
}

// A wiki's "[edit]" beside each section heading (MediaWiki: <span class="mw-editsection">[<a
// href="…&action=edit&section=2">edit</a>]</span>, or "[edit | edit source]" where both editors are on): a control for
// the site's editors, not words of the heading or the article. Known by where the link goes, an editor opened on one
// section, whatever the wiki's language calls it ("عدل", "עריכה", "modifier"); with the brackets and bars around it.
const EDIT_ACTION = /[?&](?:ve)?action=edit(?:&|$)/;
const SECTION_PARAM = /[?&]section=/;
const EDIT_LINK_CHARS = 30;
const EDIT_FRAME = /^[\s[\]|()·]*$/;

function isSectionEditLink(a: Element): boolean {
  const href = a.getAttribute('href') ?? '';
  return SECTION_PARAM.test(href) && EDIT_ACTION.test(href) && (a.textContent ?? '').trim().length <= EDIT_LINK_CHARS;
}

/** Section edit links go, each with the brackets that frame it (see EDIT_ACTION). */
export function removeEditLinks(root: Element): RemovedBlock[] {
  const removed: RemovedBlock[] = [];
  for (const a of Array.from(root.getElementsByTagName('a'))) {
    if (!isSectionEditLink(a) || !root.contains(a)) continue;
    // The frame: the largest element around the link that holds nothing else but brackets, bars and its other edit links.
    let frame: Element = a;
    for (let parent = a.parentElement; parent && parent !== root && !HEADINGS.has(parent.localName); parent = parent.parentElement) {
      if (!EDIT_FRAME.test(textWithout(parent, isSectionEditLink))) break;
      frame = parent;
    }
    // Brackets written as text beside a bare link ("Title [<a>edit</a>]") go with it.
    if (frame === a) {
      const before = a.previousSibling;
      const after = a.nextSibling;
      if (before?.nodeType === 3 && after?.nodeType === 3 && /\[\s*$/.test(before.nodeValue ?? '') && /^\s*\]/.test(after.nodeValue ?? '')) {
        before.nodeValue = (before.nodeValue ?? '').replace(/\s*\[\s*$/, '');
        after.nodeValue = (after.nodeValue ?? '').replace(/^\s*\]/, '');
      }
    }
    removed.push({ kind: 'edit-link', text: squash(frame.textContent) });
    frame.remove();
  }
  return removed;
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

// A link to the block it sits in, shown as a mark to copy the block's address: Sphinx's "¶" after every heading and
// definition (Python's and Django's documentation, every Read the Docs site), "§" beside rustdoc's items, "#" or "🔗"
// on static site generators. A control, not a word ("Using models¶"). It reads as nothing but the mark.
const PERMALINK_MARK = /^\s*(?:¶|§|#|🔗|⚓|∞)\uFE0F?\s*$/u;

/** Links to their own block shown as a mark (see PERMALINK_MARK) go. */
export function removePermalinkMarks(root: Element): RemovedBlock[] {
  const removed: RemovedBlock[] = [];
  for (const a of Array.from(root.getElementsByTagName('a'))) {
    const text = a.textContent ?? '';
    if (!PERMALINK_MARK.test(text) || !linksToItsBlock(a, root)) continue;
    removed.push({ kind: 'permalink', text: text.trim() });
    a.remove();
  }
  return removed;
}

/**
 * Whether the link's #fragment names the block it sits in: an element with that id (or name) around it, below the
 * article itself (the heading, a definition term, or the section either opens, as Sphinx and rustdoc write them); in a
 * heading, also an anchor inside the heading, or the heading's own words as an address spells them ("#basic-usage" on
 * "Basic Usage", when the section's id did not survive). "Section <a href="#s2">§</a> 2" going elsewhere is a word.
 */
function linksToItsBlock(a: Element, root: Element): boolean {
  const href = a.getAttribute('href') ?? '';
  const hash = href.indexOf('#');
  if (hash < 0 || hash === href.length - 1) return false;
  const written = href.slice(hash + 1);
  let decoded = written;
  try {
    decoded = decodeURIComponent(written);
  } catch {
    // Not percent-encoded as it should be: compared as written.
  }
  // Pages write ids both ways: id="c%23" linked as "#c%2523", id="wasm%3F" linked as "#wasm%3F".
  const names = (el: Element) => el.id === written || el.id === decoded || el.getAttribute('name') === decoded;
  for (let node: Element | null = a; node && node !== root; node = node.parentElement) if (names(node)) return true;
  const heading = closestNamed(a, HEADINGS);
  if (!heading) return false;
  if (Array.from(heading.getElementsByTagName('*')).some(names)) return true;
  const words = addressWords(textWithout(heading, (el) => el === a));
  return words !== '' && words === addressWords(decoded);
}

/** Text as a page spells it in an address: lower case, words joined by hyphens ("Do we need Wasm?" → "do-we-need-wasm"). */
function addressWords(text: string): string {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join('-');
}

/** The element's text without that of the descendants `skip` picks. */
function textWithout(el: Element, skip: (el: Element) => boolean): string {
  let text = '';
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    else if (node.nodeType === 1 && !skip(node as Element)) text += textWithout(node as Element, skip);
  }
  return text;
}

/** Everything this module does, in order. */
export function cleanAfterReadability(root: Element, title: string): RemovedBlock[] {
  const removed = [...removeTitleRepeats(root, title), ...removeCaptionRepeats(root)];
  removeSpacerParagraphs(root);
  forceCodeLtr(root);
  joinSplitLines(root);
  removed.push(...removeEditLinks(root), ...removePermalinkMarks(root), ...removeBylineSkeletons(root), ...removeStrayMarks(root), ...removeTrailingTeasers(root), ...removeTrailingRelated(root));
  return removed;
}

// A section that ends the article under a heading that offers more reading ("Related articles that may interest you",
// "ALSO IN THE NEWS", "More Articles You Might Enjoy", "More from CFR", "Up Next"): the site's other stories, which
// Readability keeps when they share the article's container, as cards with no link on their headline (WCXB 0312's
// script-driven cards, 0392's blurbs, 4430's list of links). Found by the heading's words and by what follows it. Not
// "Explore more": Apple's "Explore more Apple Pencil features" (WCXB product 3062) leads on to the rest of the page.
const TRAILING_RELATED = new RegExp(
  String.raw`^(?:related|recommended (?:reading|for you|articles|posts|stories)|more (?:from|articles|stories|posts|news|to read)|` +
    String.raw`(?:other|similar) (?:articles|posts|stories)|also in the news|up next|read next|what to read next|keep reading|` +
    String.raw`good articles|popular posts|recent posts|latest (?:news|posts|articles)|` +
    String.raw`you (?:may|might) also (?:like|enjoy)|` +
    String.raw`à lire aussi|lire aussi|sur le même sujet|lee también|te puede interesar|noticias relacionadas|mehr zum thema|leia também|` +
    String.raw`اقرا ايضا|مقالات ذات صلة|اخبار ذات صلة|موضوعات ذات صلة|قد يعجبك ايضا|קראו גם|עוד בנושא|כתבות נוספות|כתבות קשורות)(?: |$)`,
);
// A heading is a few words on one line ("Related Articles from the Trash Talk blog" is seven, WCXB 4563); a longer
// one names a topic ("More from Cornell on climate change and gardening:" over 0275's list of sources, which is its
// content) or is a sentence that happens to start so ("Related studies found that...").
const RELATED_HEADING_WORDS = 7;
const RELATED_HEADING_CHARS = 80;
// What follows is cards or links: each block a headline, a blurb or a name (0312's blurbs run to 180 characters, 4430's
// testers' notes to 250); a longer paragraph is the article going on under a heading of its own.
const RELATED_ITEM_CHARS = 400;
const TABLE = new Set(['table']);
// At least this many blocks follow: a heading and one line may be the article's own closing note.
const RELATED_MIN_ITEMS = 3;
// Never more than this share of the text: 0392's eleven blurbs are 54% of a short press release; a list of linked
// entries that is most of the page is its content.
const RELATED_MAX_SHARE = 0.6;
// Nor more than this many characters: 0392's eleven blurbs, the longest such section on WCXB's article pages, are 1,700.
// It bounds the walk back on a page of short lines to the end of the article (a reference list, a newsletter's lines).
const RELATED_MAX_CHARS = 2500;

/** A section that ends the article under a "related"/"more from" heading, made of short cards, goes with its heading. */
export function removeTrailingRelated(root: Element): RemovedBlock[] {
  const after: string[] = [];
  let afterChars = 0;
  let heading: Element | null = null;
  let headingText = '';
  // From the end back: the section is a run of short blocks; the first long one (the article's last paragraph) ends the
  // search, so most pages read only their last few blocks.
  eachLeafBlockFromEnd(root, (element) => {
    const text = spacedText(element);
    if (!text) return true;
    if (after.length >= RELATED_MIN_ITEMS && isRelatedHeading(text)) {
      heading = element;
      headingText = text;
      return false;
    }
    // A table's cells are short too, but a table is data the article shows: WCXB 0327's "Related resources" links stand
    // between its chart and the full table of rates, which ends the page.
    if (text.length > RELATED_ITEM_CHARS || closestNamed(element, TABLE)) return false;
    after.push(text);
    afterChars += text.length;
    return afterChars <= RELATED_MAX_CHARS;
  });
  if (!heading || afterChars + headingText.length > RELATED_MAX_SHARE * spacedText(root).length) return [];
  const range = root.ownerDocument.createRange();
  range.setStartBefore(heading);
  range.setEndAfter(root.lastChild!);
  range.deleteContents();
  return [{ kind: 'related', text: headingText }, ...after.reverse().map((text) => ({ kind: 'related', text: text.slice(0, 300) }))];
}

/**
 * Visit the leaf text blocks under root (as collectTextBlocks finds them) from the last to the first, until visit
 * returns false: a pass that reads the article's end walks only that far. One explicit stack, no recursion.
 */
function eachLeafBlockFromEnd(root: Element, visit: (element: Element) => boolean): void {
  // Each frame: an element, its next child to enter (walking back), and whether a block was found below it yet.
  const stack: { el: Element; next: Element | null; hasBlock: boolean }[] = [{ el: root, next: root.lastElementChild, hasBlock: false }];
  while (stack.length) {
    const top = stack[stack.length - 1];
    let child = top.next;
    while (child && SKIP_TAGS.has(child.tagName)) child = child.previousElementSibling;
    if (child) {
      top.next = child.previousElementSibling;
      if (BLOCK_TAGS.has(child.tagName)) top.hasBlock = true;
      stack.push({ el: child, next: child.lastElementChild, hasBlock: false });
      continue;
    }
    stack.pop();
    if (top.hasBlock) {
      if (stack.length) stack[stack.length - 1].hasBlock = true;
    } else if (top.el !== root && BLOCK_TAGS.has(top.el.tagName) && !visit(top.el)) {
      return;
    }
  }
}

function isRelatedHeading(text: string): boolean {
  if (text.length > RELATED_HEADING_CHARS) return false;
  const key = normalizeText(text);
  return key.split(' ').length <= RELATED_HEADING_WORDS && TRAILING_RELATED.test(key);
}

// Teasers for the site's other stories that Readability keeps under the article when they share its container (a "latest
// posts" strip: WCXB 0331, 4524, 4588): cards made of a headline that is one link to another page, a blurb, perhaps a
// date or a picture. At least this many cards (two linked headings may be the article's own), each at most this long: a
// blurb runs to a paragraph (0331's reach 900 characters); an entry of a listicle is longer, or the article's own
// conclusion follows the last one.
const TEASER_MIN_CARDS = 3;
const TEASER_CARD_CHARS = 1000;
// A headline reads as one: a few words at least ("Wedding Beauty Timeline"), not a name or a "Read more".
const TEASER_HEADLINE_CHARS = 15;
// The cards end the article: between and after them only dates and labels, this many characters per card at most.
const TEASER_GAP_CHARS = 40;
// Never more than this share of the article's text: a list of linked entries that is most of the page is its content.
// 0331's five teasers are half of what Readability kept.
const TEASER_MAX_SHARE = 0.6;

/**
 * A heading whose text is all one link to another page of the same site. A listicle's entries under linked names lead
 * elsewhere (WCXB 4628's Houston bike trails link to each trail's own site), a teaser to the site's next story.
 */
function isHeadlineLink(heading: Element, host: string): boolean {
  const text = squash(heading.textContent);
  if (text.length < TEASER_HEADLINE_CHARS) return false;
  const links = heading.getElementsByTagName('a');
  const href = links.length === 1 ? links[0].getAttribute('href') ?? '#' : '#';
  if (href.startsWith('#') || squash(links[0].textContent).length !== text.length) return false;
  try {
    return new URL(href, heading.ownerDocument.baseURI).host === host;
  } catch {
    return false;
  }
}

/** The card a teaser headline heads: its largest ancestor below root with no other heading and a blurb's length. */
function teaserCard(heading: Element, root: Element): Element {
  let card = heading;
  for (let p = heading.parentElement; p && p !== root; p = p.parentElement) {
    if ((p.textContent ?? '').length > TEASER_CARD_CHARS * 2 || elementsWithTags(p, SUBHEADING_TAGS).length > 1) break;
    if (squash(p.textContent).length > TEASER_CARD_CHARS) break;
    card = p;
  }
  return card;
}

/** Cards of teasers that end the article go: headline links with their blurbs, and the dates between them. */
export function removeTrailingTeasers(root: Element): RemovedBlock[] {
  // The page's own address (the clone keeps it); a page with none, or not on the web, cannot tell its own links.
  let host = '';
  try {
    host = new URL(root.ownerDocument.URL).host;
  } catch {
    return [];
  }
  if (!host) return [];
  const headings = elementsWithTags(root, SUBHEADING_TAGS);
  const cards: Element[] = [];
  for (let i = headings.length - 1; i >= 0 && isHeadlineLink(headings[i], host); i--) cards.push(teaserCard(headings[i], root));
  if (cards.length < TEASER_MIN_CARDS) return [];
  // An article's own headings do not lead to the site's other pages. A page whose earlier headings do so too is a list of
  // them, the cards its content: Wirecutter's electronics hub (WCXB listing 2934), a shop's category (collection 4544).
  for (let i = 0; i < headings.length - cards.length; i++) if (isHeadlineLink(headings[i], host)) return [];
  const first = cards[cards.length - 1];
  let total = 0;
  let inCards = 0;
  const between: Element[] = [];
  let betweenChars = 0;
  for (const block of collectTextBlocks(root, false)) {
    total += block.text.length;
    const el = block.element;
    if (cards.some((c) => c.contains(el))) inCards += block.text.length;
    else if (first.compareDocumentPosition(el) & DOCUMENT_POSITION_FOLLOWING) {
      between.push(el);
      betweenChars += block.text.length;
    }
  }
  if (betweenChars > TEASER_GAP_CHARS * cards.length || inCards > TEASER_MAX_SHARE * total) return [];
  const removed: RemovedBlock[] = [];
  for (const el of [...cards, ...between]) {
    removed.push({ kind: 'teaser', text: squash(el.textContent).slice(0, 300) });
    el.remove();
  }
  return removed;
}

// What is left of a byline whose names the page kept in buttons or tooltips (Readability drops <button>s) or that an
// earlier pass took out as repeated: "By / , / , and / Edited by" (WCXB 0312), one paragraph each. A paragraph made
// only of these words and marks says nothing; a word of its own (a name, a date) keeps it.
const BYLINE_WORD = String.raw`(?:(?:written|edited|reviewed|fact[- ]checked|posted|photos?|illustrations?)\s+by|by|and|with|بقلم|كتب|מאת|ו|و)`;
const BYLINE_SKELETON = new RegExp(String.raw`^[\s,;&:|·•–—-]*(?:${BYLINE_WORD}[\s,;&:|·•–—-]*)*$`, 'iu');
// A piece with no "by" of its own (", and") goes only beside one that has it, within this many levels up: pieces of
// one line sit in one row; a paragraph that reads only "and" elsewhere (a poem's line) is left to the page.
const BYLINE_BY = /\bby\b|بقلم|كتب|מאת/i;
const BYLINE_PIECE_LEVELS = 3;
// Longer than this, a paragraph holds more than by-words ("Fact-checked by, and with" is 25 characters).
const SKELETON_MAX_CHARS = 80;

/** Paragraphs that hold only the words of an emptied byline ("By", ", and", "Edited by") go. */
export function removeBylineSkeletons(root: Element): RemovedBlock[] {
  const skeletons: { p: Element; text: string }[] = [];
  for (const p of byTag(root, 'p')) {
    const raw = p.textContent ?? '';
    if (raw.length > SKELETON_MAX_CHARS) continue;
    const text = squash(raw);
    if (text.length > 0 && BYLINE_SKELETON.test(text) && !hasMedia(p)) skeletons.push({ p, text });
  }
  const withBy = skeletons.filter(({ text }) => BYLINE_BY.test(text)).map(({ p }) => p);
  if (!withBy.length) return [];
  const besideBy = (p: Element): boolean => {
    let box: Element | null = p;
    for (let level = 0; level < BYLINE_PIECE_LEVELS; level++) {
      box = box.parentElement;
      if (!box || box === root) return false;
      if (withBy.some((b) => box!.contains(b))) return true;
    }
    return false;
  };
  return skeletons
    .filter(({ p }) => withBy.includes(p) || besideBy(p))
    .map(({ p, text }) => {
      p.remove();
      return { kind: 'byline-skeleton', text };
    });
}

// A line the page laid out in pieces (a flex row of <div>s that Readability turned into paragraphs):
// "By / The Meetingnotes Team / | / 6 / mins / | / February 28, 2026" would read as a column of one-word paragraphs.
// At least this many pieces, each at most this long, the whole at most a line long.
const SPLIT_LINE_MIN_PIECES = 4;
const SPLIT_PIECE_CHARS = 30;
const SPLIT_LINE_CHARS = 160;
const LINE_PARENT_TAGS = new Set(['DIV', 'SECTION']);
// A piece that only separates ("|", "•", "·", "/", "-") or a byline word says the pieces were one line. Without one,
// short paragraphs in a row may be a real list (a poem, steps, names), and they stay as they are.
const SEPARATOR_PIECE = /^[|•·\/\-–—]$/;
const BYLINE_PIECE = /^(?:by|written by|edited by|reviewed by|posted by|updated|published|min|mins|min read|بقلم|كتب|מאת|نویسنده)$/i;

/**
 * Pieces of one line become one paragraph again, their text unchanged and in order, joined by spaces. Only an
 * element whose children are all such short paragraphs (no media, no other blocks) is joined.
 */
export function joinSplitLines(root: Element): number {
  let joined = 0;
  for (const parent of elementsWithTags(root, LINE_PARENT_TAGS)) {
    if (parent.childElementCount < SPLIT_LINE_MIN_PIECES) continue;
    const pieces = childElements(parent);
    if (pieces.some((p) => p.localName !== 'p')) continue;
    const texts = pieces.map((p) => squash(p.textContent));
    if (texts.some((t) => t.length > SPLIT_PIECE_CHARS) || texts.join(' ').length > SPLIT_LINE_CHARS) continue;
    if (!texts.some((t) => SEPARATOR_PIECE.test(t) || BYLINE_PIECE.test(t))) continue;
    if (pieces.some((p) => hasMedia(p) || firstNamed(p, 'br'))) continue;
    const line = parent.ownerDocument.createElement('p');
    pieces.forEach((piece, i) => {
      if (i > 0) line.append(' ');
      while (piece.firstChild) line.appendChild(piece.firstChild);
    });
    parent.replaceChildren(line);
    joined++;
  }
  return joined;
}
