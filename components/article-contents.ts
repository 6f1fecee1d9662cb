/**
 * The article's contents: its section headings, for the reader's Contents list. A news story with a few subheadings
 * has no use for one (the seed elbalad-isis-africa has three, over a four-minute read); from four on, a guide, a report
 * or a document is easier to find one's way in with a list of where each part starts.
 */
import { squash } from '../utils/text-blocks';

const MIN_SECTIONS = 4;
// The article's title is the reader's own <h1>; Readability's and prepareArticle's section headings are h2 and below.
// h4 and deeper are the fine print of a section (a product's "Pros", a table's note): a list of them would be long.
const SECTION_HEADINGS = 'h2, h3';

export interface ContentsEntry {
  heading: HTMLElement;
  text: string;
  /** 2 for a section, 3 for a part of one. */
  level: 2 | 3;
}

/** The headings of the prepared article content, in order; none when there are fewer than MIN_SECTIONS. */
export function contentsOf(root: ParentNode): ContentsEntry[] {
  const entries: ContentsEntry[] = [];
  for (const heading of Array.from(root.querySelectorAll<HTMLElement>(SECTION_HEADINGS))) {
    const text = squash(heading.textContent);
    if (text) entries.push({ heading, text, level: heading.localName === 'h3' ? 3 : 2 });
  }
  // Only h3s and no h2: they are the article's sections.
  if (!entries.some((entry) => entry.level === 2)) for (const entry of entries) entry.level = 2;
  return entries.length >= MIN_SECTIONS ? entries : [];
}

/** The entry whose section the top of `scroller` is in: the last heading at or above its top edge; -1 before the first. */
export function currentEntry(entries: readonly ContentsEntry[], scroller: Element | null): number {
  if (!scroller) return -1;
  // A heading a few pixels under the edge (just gone to, with its scroll margin) counts as reached.
  const edge = scroller.getBoundingClientRect().top + 24;
  let current = -1;
  for (let i = 0; i < entries.length; i++) {
    if (entries[i]!.heading.getBoundingClientRect().top <= edge) current = i;
    else break;
  }
  return current;
}
