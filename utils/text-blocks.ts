/**
 * The page's leaf text blocks: block-level elements holding text but no other block inside.
 * One walk over the DOM, shared by the clean-up passes that compare blocks by their text.
 */
import { normalizeText } from './normalize-text';

export interface TextBlock {
  element: Element;
  /** The block's text as shown (whitespace collapsed). */
  text: string;
  /** normalizeText(text); empty when the collection was made without keys. */
  key: string;
}

/** Elements that start a new block of text (the HTML flow elements a reader sees as separate lines). */
export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'BODY', 'CENTER', 'MENU', 'DIALOG',
]);

/** Elements whose content is never reading text. */
export const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'MATH', 'math', 'IFRAME', 'OBJECT', 'SELECT', 'TEXTAREA', 'HEAD']);

const SPACES = /\s+/g;

/**
 * The text of an element with a space where one element ends and the next begins: "<span>رئيس التحرير</span><span>أحمد</span>"
 * reads as two words on screen (the spans are styled apart) but textContent glues them together.
 */
export function spacedText(el: Element): string {
  const parts: string[] = [];
  pushSpacedText(el, parts);
  return parts.join('').replace(SPACES, ' ').trim();
}

// A module-level function, not a closure made on every call: spacedText runs once per block of the page.
function pushSpacedText(node: Element, parts: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
    else if (child.nodeType === 1 && !SKIP_TAGS.has((child as Element).tagName)) {
      parts.push(' ');
      pushSpacedText(child as Element, parts);
      parts.push(' ');
    }
  }
}

/**
 * Collect the leaf text blocks under root, in document order; `withKeys: false` skips the normalisation when only
 * lengths matter, and `limit` stops the walk once that many are found (a pass that reads only the top of the article).
 */
export function collectTextBlocks(root: Element, withKeys = true, limit = Infinity): TextBlock[] {
  const blocks: TextBlock[] = [];
  visit(root, root.tagName, blocks, withKeys, limit, []);
  return blocks;
}

// Returns whether el contains a block element (so its ancestors are not leaves). Each tag name is read once (a jsdom
// property read crosses its wrapper): the parent passes its child's tag in. Past the limit nothing more is added.
// The walk gathers the text as it goes, as spacedText would (a space around each element), so a leaf block's text
// needs no second walk of its content: `parts` holds the text of the inline content met since the last block.
function visit(el: Element, tag: string, out: TextBlock[], withKeys: boolean, limit: number, parts: string[]): boolean {
  const start = parts.length;
  let hasBlockChild = false;
  for (let child = el.firstChild; child; child = child.nextSibling) {
    const type = child.nodeType;
    if (type === 3) {
      parts.push(child.nodeValue ?? '');
      continue;
    }
    if (type !== 1) continue;
    if (out.length >= limit) return true;
    const childTag = (child as Element).tagName;
    if (SKIP_TAGS.has(childTag)) continue;
    parts.push(' ');
    if (visit(child as Element, childTag, out, withKeys, limit, parts) || BLOCK_TAGS.has(childTag)) hasBlockChild = true;
    parts.push(' ');
  }
  const isBlock = BLOCK_TAGS.has(tag);
  if (!hasBlockChild && isBlock) {
    const text = parts.slice(start).join('').replace(SPACES, ' ').trim();
    if (text) out.push({ element: el, text, key: withKeys ? normalizeText(text) : '' });
  }
  // A block's text, or text beside a block, is never part of a leaf further up: its ancestors are not leaves.
  if (hasBlockChild || isBlock) parts.length = start;
  return hasBlockChild;
}

/**
 * The elements below root (root itself excluded) that `keep` accepts, in document order, up to `limit` of them: the
 * walk stops there. Searches below an element for several tags, or for the first few matches only, go through this one
 * manual walk: on jsdom querySelectorAll is 3x slower, querySelector('time[datetime]') on a short line 4x (6 µs
 * against 1.4), and even a one-tag getElementsByTagName walks the whole subtree before the first answer. Every match
 * of one tag is byTag's.
 */
function walkBelow(root: Element, keep: (el: Element) => boolean, limit: number): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [];
  for (let c = root.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  while (stack.length) {
    const el = stack.pop()!;
    if (keep(el)) {
      out.push(el);
      if (out.length >= limit) break;
    }
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return out;
}

/** The characters of text in `blocks`, together. */
export function blocksChars(blocks: Iterable<TextBlock>): number {
  let chars = 0;
  for (const block of blocks) chars += block.text.length;
  return chars;
}

/**
 * root.getElementsByTagName(tag) as an array, in document order: a snapshot, so the caller may remove what it finds.
 * Not Array.from or for...of over the collection: on jsdom those are quadratic, because the collection's proxy answers
 * each read of `length` by searching the whole collection for an element with that id or name (Array.from took 2.3 s
 * over the 3,356 links of Mozilla's wikipedia-2 page; this takes 3 ms). slice reads `length` once.
 */
export function byTag(root: Element | Document, tag: string): Element[] {
  return Array.prototype.slice.call(root.getElementsByTagName(tag)) as Element[];
}

/** el.children as an array: a snapshot (see byTag for why not Array.from). */
export function childElements(el: Element): Element[] {
  return Array.prototype.slice.call(el.children) as Element[];
}

const anyElement = () => true;

/** Every element below root, in document order, as an array. */
export function elementsBelow(root: Element): Element[] {
  return walkBelow(root, anyElement, Infinity);
}

/**
 * The elements below root whose tag is one of `tags` (upper case), in document order: what root.querySelectorAll('h1, p')
 * finds, without the selector engine. For a list of tags the walk costs jsdom half of the query or less
 * ('h1, h2, h3, h4, h5, h6, p': 300 ms against 700 on 70 pages); for one tag getElementsByTagName is cheaper still.
 * With `limit`, the walk stops at that many (a pass that only asks whether there are so many).
 */
export function elementsWithTags(root: Element, tags: ReadonlySet<string>, limit = Infinity): Element[] {
  return walkBelow(root, (el) => tags.has(el.tagName), limit);
}

/**
 * The nearest of el and its ancestors whose local name is one of `names` (lower case): el.closest('table, pre') without
 * the selector engine, which took a third of the repeated-blocks pass on jsdom.
 */
export function closestNamed(el: Element, names: ReadonlySet<string>): Element | null {
  for (let node: Element | null = el; node; node = node.parentElement) if (names.has(node.localName)) return node;
  return null;
}

const PRE = new Set(['pre']);

/** Whether el is a <pre> or inside one: code, whose lines are never the page's furniture. */
export function inPre(el: Element): boolean {
  return closestNamed(el, PRE) !== null;
}

/** Text with its runs of white space made one space, and trimmed. */
export function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

const CODE = new Set(['pre', 'code']);

/** Whether el is code or holds some (a <pre> or <code> at or below it): text whose every mark counts. */
export function holdsCode(el: Element): boolean {
  return CODE.has(el.localName) || firstBelow(el, (below) => CODE.has(below.localName)) !== null;
}

/** The first element below root whose local name is `name` (lower case): root.querySelector('img'), stopping there. */
export function firstNamed(root: Element, name: string): Element | null {
  return firstBelow(root, (el) => el.localName === name);
}

/** The first element below root that `keep` accepts: root.querySelector(...) for a test a selector would spell. */
export function firstBelow(root: Element, keep: (el: Element) => boolean): Element | null {
  return walkBelow(root, keep, 1)[0] ?? null;
}

/** Prose carries few links: in-text citations rarely pass a third of a paragraph. Above this share of its text in
 * links, a block is a menu, a teaser or a list of links, not prose (the pipeline's passes and the article-shape test
 * share it). */
// Node.DOCUMENT_POSITION_FOLLOWING: the extract command and the benchmark run on jsdom without a global Node.
export const DOCUMENT_POSITION_FOLLOWING = 4;

export const PROSE_MAX_LINK_SHARE = 0.3;

/** The headings below a page's title, as tagName gives them: h2 to h6. */
export const SUBHEADING_TAGS: ReadonlySet<string> = new Set(['H2', 'H3', 'H4', 'H5', 'H6']);

/** Scripts written without spaces between words (Thai, Japanese kana, CJK ideographs), where words can't be counted. */
export const UNSPACED_SCRIPT = /[\u0E00-\u0E7F\u3040-\u30FF\u3400-\u9FFF]/;

/** Whether most of the text's characters are in a script written without spaces. */
export function isMostlyUnspaced(text: string): boolean {
  let unspaced = 0;
  for (const char of text) if (UNSPACED_SCRIPT.test(char)) unspaced++;
  return unspaced * 2 >= text.length;
}

/** Characters of text inside links below root (a link's text counted once even when links nest). */
export function linkTextLength(root: Element): number {
  if (root.tagName === 'A') return (root.textContent ?? '').trim().length;
  let total = 0;
  const stack: Element[] = [];
  for (let c = root.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  while (stack.length) {
    const el = stack.pop()!;
    if (el.tagName === 'A') {
      total += (el.textContent ?? '').trim().length;
      continue;
    }
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return total;
}

/** The blocks that share each normalised text, in document order; blocks without a key are left out. */
export function blocksByKey(blocks: Iterable<TextBlock>): Map<string, TextBlock[]> {
  const byKey = new Map<string, TextBlock[]>();
  for (const block of blocks) {
    if (!block.key) continue;
    const list = byKey.get(block.key);
    if (list) list.push(block);
    else byKey.set(block.key, [block]);
  }
  return byKey;
}

const MEDIA = new Set(['img', 'picture', 'video']);
const isMedia = (el: Element) => MEDIA.has(el.localName);

/** Whether an element holds an image, picture or video: a walk that stops at the first. It runs for every short block. */
export function hasMedia(el: Element): boolean {
  return firstBelow(el, isMedia) !== null;
}
