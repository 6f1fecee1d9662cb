/**
 * Whether a page holds an article, or is a front page, a list of headlines, a category page.
 * Cheap checks on a candidate element only: no Readability, no DOMPurify, so the always-on detector can reuse them.
 */
import { byTag, collectTextBlocks, linkTextLength, PROSE_MAX_LINK_SHARE, squash, UNSPACED_SCRIPT } from './text-blocks';

/** The shape of a candidate article: how much of it is prose and how much is links. */
export interface CandidateShape {
  /** Characters of text in the candidate. */
  chars: number;
  /** Share of the text inside links (0..1). */
  linkDensity: number;
  /** Leaf blocks (paragraphs, list items, cards) that are mostly one or more links. */
  linkedItems: number;
  /** Linked items whose link reads as a headline (HEADLINE_WORDS words or more): teasers for stories elsewhere. */
  teasers: number;
  /** The most linked items in one list (the same <ul>, <ol>, <dl> or table, else the same parent). */
  longestList: number;
  /** All leaf blocks with text. */
  items: number;
  /** Characters in prose blocks: leaf blocks of at least PROSE_BLOCK_CHARS with few links. */
  proseChars: number;
  /** Images in the candidate (a photo essay has little text and is still an article). */
  images: number;
}

// A sentence-length paragraph: teaser blurbs under a headline are shorter than this in most news templates.
const PROSE_BLOCK_CHARS = 120;
// A block is a teaser when at least half its text is a link (a headline link, maybe with a date or a kicker).
const TEASER_LINK_SHARE = 0.5;
// A teaser's link is a headline: a sentence-like title of four words or more ("Council votes to build river barrier").
// Index entries are names ("Ada", "ALGOL 68", "Boston Celtics", "arXiv:2503.01234", "Hiking boots"): a list of them is
// what a list page, a table of contents or a catalogue is for, not a pointer to stories to read elsewhere.
const HEADLINE_WORDS = 4;
const HEADLINE_CHARS = 20;
// Scripts written without spaces (Chinese, Japanese, Thai): a headline is this many characters with no space.
const HEADLINE_CHARS_UNSPACED = 12;

function isHeadlineText(text: string): boolean {
  if (text.length < HEADLINE_CHARS_UNSPACED) return false;
  let spaces = 0;
  for (let i = 0; i < text.length && spaces < HEADLINE_WORDS - 1; i++) if (text.charCodeAt(i) === 32) spaces++;
  return spaces >= HEADLINE_WORDS - 1 ? text.length >= HEADLINE_CHARS : spaces === 0 && UNSPACED_SCRIPT.test(text);
}

/** The text of the item's main link (the enclosing link, else its longest link). */
function mainLinkText(el: Element, root: Element): string {
  for (let p: Element | null = el; p && p !== root; p = p.parentElement) if (p.tagName === 'A') return squash(p.textContent);
  let best = '';
  for (const a of byTag(el, 'a')) {
    const t = squash(a.textContent);
    if (t.length > best.length) best = t;
  }
  return best;
}

const LIST_TAGS = new Set(['UL', 'OL', 'DL', 'TBODY', 'TABLE']);
// How far up a list item's list is looked for: an entry is rarely nested deeper than li > div > p > a.
const MAX_LIST_DEPTH = 4;

/** The list an item belongs to: its nearest <ul>, <ol>, <dl> or table, else its parent. */
function listOf(el: Element, root: Element): Element {
  let p = el.parentElement;
  for (let depth = 0; p && p !== root && depth < MAX_LIST_DEPTH; depth++, p = p.parentElement) if (LIST_TAGS.has(p.tagName)) return p;
  return el.parentElement ?? root;
}

/** Measure a candidate element (one pass over its leaf blocks). */
export function candidateShape(root: Element): CandidateShape {
  const shape: CandidateShape = { chars: 0, linkDensity: 0, linkedItems: 0, teasers: 0, longestList: 0, items: 0, proseChars: 0, images: root.getElementsByTagName('img').length };
  let linkChars = 0;
  const perList = new Map<Element, number>();
  for (const block of collectTextBlocks(root, false)) {
    const len = block.text.length;
    let linked = linkTextLength(block.element);
    for (let p = block.element.parentElement; p && p !== root; p = p.parentElement) {
      if (p.tagName === 'A') {
        linked = len;
        break;
      }
    }
    linked = Math.min(len, linked);
    shape.items++;
    shape.chars += len;
    linkChars += linked;
    if (linked >= TEASER_LINK_SHARE * len) {
      shape.linkedItems++;
      if (isHeadlineText(mainLinkText(block.element, root))) shape.teasers++;
      const list = listOf(block.element, root);
      const n = (perList.get(list) ?? 0) + 1;
      perList.set(list, n);
      if (n > shape.longestList) shape.longestList = n;
    } else if (len >= PROSE_BLOCK_CHARS && linked <= PROSE_MAX_LINK_SHARE * len) shape.proseChars += len;
  }
  shape.linkDensity = shape.chars ? linkChars / shape.chars : 0;
  return shape;
}

// Below this much prose there is no article to read; Readability's own threshold for a candidate is 500 characters
// (charThreshold), and a page of teasers carries less prose than that between its links.
const MIN_PROSE_CHARS = 500;
// More than this share of the text in links is a navigation page whatever its prose: articles, even link-rich ones,
// stay far below it (Wikipedia pages run at 0.2-0.35).
const MAX_LINK_DENSITY = 0.65;
// ...unless it is an index: one list of at least this many linked entries, most of them names rather than headlines
// (a Wikipedia "List of ..." page, a catalogue, a paper listing, a table of standings). That list is what the page is
// for. Site menus and footers that Readability mistakes for content hold more links in all, but in short lists of
// 5 to 15 under their headings.
const MIN_INDEX_LIST = 20;
// A page of teasers has at least this share of its text in links: a headline (the link) with a date, a kicker or a
// one-line blurb under it. Index pages of news sites run from 0.37 (a blog index with excerpts) to 1.
const MIN_TEASER_LINK_DENSITY = 0.3;
// A list of headlines: at least this many teaser blocks...
const MIN_TEASERS = 6;
// ...making up at least this share of the blocks.
const TEASER_SHARE = 0.5;

/**
 * Decide from the candidate's shape whether it is a list of headlines rather than an article.
 * `readerable` is isProbablyReaderable's verdict on the page; when it says no, less evidence is needed.
 *
 * The line drawn between a list of teasers and a page whose list is the content: an index (one long list of names:
 * a Wikipedia "List of ..." page, a paper listing, a catalogue) is shown; a front page, a blog's index, a section page
 * (teasers spread over cards and short lists, or most of the entries headlines) and a menu that Readability took for
 * the content give no article. The price: a long list of headlines that is not mostly headlines (Hacker News'
 * "newest", where every title row has a row of points and comments beside it) is shown as a list, and a grid of
 * product or event cards with headline-like names still gives no article.
 */
export function isTeaserList(shape: CandidateShape, readerable = true): boolean {
  // No text at all and no image is no article. A few words are kept: Mozilla's one-word test pages ("Test") expect them,
  // and a short page is the user's to judge.
  if (shape.items === 0) return shape.images === 0;
  if (shape.longestList >= MIN_INDEX_LIST && shape.teasers < TEASER_SHARE * shape.linkedItems) return false;
  if (shape.linkDensity > MAX_LINK_DENSITY && shape.proseChars < MIN_PROSE_CHARS * 4) return true;
  // Teasers are mostly link: below this share of the text in links, the linked lines are titles over text of their
  // own (a listicle's numbered project names, each over its photo and description; a guide's linked section names).
  if (shape.linkDensity < MIN_TEASER_LINK_DENSITY) return false;
  const teasers = shape.linkedItems >= MIN_TEASERS && shape.linkedItems / shape.items >= TEASER_SHARE;
  if (teasers && shape.proseChars < MIN_PROSE_CHARS * 2) return true;
  // Not readerable: a handful of linked items over little prose is enough (a blog's index with a date, a kicker
  // and an author line around every headline). Fewer than that is a short page of sections with a link each.
  if (!readerable && shape.linkedItems >= MIN_TEASERS && shape.proseChars < MIN_PROSE_CHARS) return true;
  return false;
}
