/**
 * Whether a page holds an article, or is a front page, a list of headlines, a category page.
 * Cheap checks on a candidate element only: no Readability, no DOMPurify, so the always-on detector can reuse them.
 */
import { collectTextBlocks, linkTextLength } from './text-blocks';

/** The shape of a candidate article: how much of it is prose and how much is links. */
export interface CandidateShape {
  /** Characters of text in the candidate. */
  chars: number;
  /** Share of the text inside links (0..1). */
  linkDensity: number;
  /** Leaf blocks (paragraphs, list items, cards) that are mostly one or more links: teasers. */
  linkedItems: number;
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
// Prose blocks carry few links: in-text citations rarely pass a third of a paragraph.
const PROSE_MAX_LINK_SHARE = 0.3;

/** Measure a candidate element (one pass over its leaf blocks). */
export function candidateShape(root: Element): CandidateShape {
  const shape: CandidateShape = { chars: 0, linkDensity: 0, linkedItems: 0, items: 0, proseChars: 0, images: root.getElementsByTagName('img').length };
  let linkChars = 0;
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
    if (linked >= TEASER_LINK_SHARE * len) shape.linkedItems++;
    else if (len >= PROSE_BLOCK_CHARS && linked <= PROSE_MAX_LINK_SHARE * len) shape.proseChars += len;
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
// A list of headlines: at least this many teaser blocks...
const MIN_TEASERS = 6;
// ...making up at least this share of the blocks.
const TEASER_SHARE = 0.5;

/**
 * Decide from the candidate's shape whether it is a list of headlines rather than an article.
 * `readerable` is isProbablyReaderable's verdict on the page; when it says no, less evidence is needed.
 */
export function isTeaserList(shape: CandidateShape, readerable = true): boolean {
  // No text at all and no image is no article. A few words are kept: Mozilla's one-word test pages ("Test") expect them,
  // and a short page is the user's to judge.
  if (shape.items === 0) return shape.images === 0;
  if (shape.linkDensity > MAX_LINK_DENSITY && shape.proseChars < MIN_PROSE_CHARS * 4) return true;
  const teasers = shape.linkedItems >= MIN_TEASERS && shape.linkedItems / shape.items >= TEASER_SHARE;
  if (teasers && shape.proseChars < MIN_PROSE_CHARS * 2) return true;
  if (!readerable && shape.linkedItems >= MIN_TEASERS / 2 && shape.proseChars < MIN_PROSE_CHARS) return true;
  return false;
}
