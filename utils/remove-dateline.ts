/**
 * The page's own dateline at the top of the article ("March 11, 2024 · 9 min read", "By Jane Doe | Dec 29, 2025")
 * says again what the reader's header shows: the date, the byline and a reading time (the page's, which may not be
 * Qari's: the two then disagree on one screen). It goes when every piece of it is one of those, and the date is the
 * article's own. A line with anything else in it (a place, "Updated", a category, a sentence) stays.
 */
import { isPostAuthorLine } from './thread-posts';
import type { RemovedBlock } from './article';
import { collectTextBlocks, firstBelow, hasMedia, squash } from './text-blocks';

const isDatedTime = (el: Element) => el.localName === 'time' && el.hasAttribute('datetime');

// Only the top of the article holds its dateline: the first few text blocks, and none after the first paragraph of
// prose (a block this long). A date line further down is part of the story (a timeline, an editor's note).
const FIRST_BLOCKS = 4;
const PROSE_CHARS = 150;
// A dateline is one short line; "By The Meetingnotes Team | 6 mins | February 28, 2026" is 54 characters.
const MAX_LINE_CHARS = 120;

// Pieces of a dateline are set apart by these marks (WCXB: "·", "|", "•", "—", and ":: " after a date).
const SEPARATORS = /\s*[|·•—–]\s*|\s+-\s+|\s*::\s*/;
// A reading time as pages print it: "9 min read", "3 MIN. READ", "8 minutes", "6 mins", "3 minute read", in English,
// Arabic and Hebrew (the languages whose reading time the header itself writes in words).
const READING_TIME = /^(?:\d+\s*(?:min\.?|mins|minutes?)(?:\s+read(?:ing)?)?|(?:\d+|[٠-٩]+)\s*(?:دقائق|دقيقة)\s*(?:لل)?قراءة|\d+\s*(?:דקות|דקת)\s+קריאה)$/iu;
// A date written out: "March 11, 2024", "Dec 29, 2025", "19 Dec 2025", "Tuesday February 11 2025", "2024-03-11".
// Not "03/01/2017", which is March or January depending on the site. The shape is checked before Date.parse, which
// alone would call "Chapter 1" a date.
export const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
// A weekday, whole or cut short: "Thursday", "Thurs.", "Thur", "Thu".
export const WEEKDAY_NAME = String.raw`(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?`;
const WEEKDAY = String.raw`(?:${WEEKDAY_NAME}\.?,?\s+)?`;
const LEADING_WEEKDAY = new RegExp(String.raw`^${WEEKDAY_NAME}\.?,?\s+`, 'i');
const DATE = new RegExp(
  String.raw`^(?:${WEEKDAY}${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|${WEEKDAY}\d{1,2}\s+${MONTH},?\s+\d{4}|\d{4}-\d{2}-\d{2}(?:[T\s][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)$`,
  'i',
);
// "By Jane Doe": the byline with its by-word, which the header shows without it.
const BY = /^(?:by|written by|بقلم|كتب|מאת)\s+/i;

/** YYYY-MM-DD of a date as the page means it: the ISO date written, or the day a written-out date names. */
function dayOf(value: string): string | null {
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  if (iso) return iso[1];
  const ms = Date.parse(value.replace(/(\d)(?:st|nd|rd|th)\b/i, '$1').replace(LEADING_WEEKDAY, ''));
  if (Number.isNaN(ms)) return null;
  // Date.parse reads a date without a time as local midnight: the local day is the day written.
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function sameName(a: string, b: string): boolean {
  const key = (s: string) => squash(s.replace(BY, '')).toLowerCase();
  return key(a) !== '' && key(a) === key(b);
}

export interface DatelineResult {
  removed: RemovedBlock[];
  /** The article's date: the one it came with, or else the one its dateline gave (a <time datetime>, or the day written). */
  publishedTime: string | null;
  /** The article's byline: the one it came with, or else the dateline's "By …". */
  byline: string | null;
}

// A byline taken from a dateline is a name or two, not a sentence ("By The Meetingnotes Team" is 24 characters).
const MAX_BYLINE_CHARS = 60;

/**
 * Remove the article's dateline from the top of `content` when the header says all of it. `publishedTime` and
 * `byline` are what the header shows. An article without them gets them from its dateline: the date (its
 * <time datetime>, or the one day written), and the name after "By"; the header then says what the line said.
 */
export function removeDateline(content: Element, publishedTime: string | null, byline: string | null): DatelineResult {
  // A date taken for the article's own must open it and be the only date line in it: a list of events or a timeline
  // has one per entry ("March 16, 2026 / FABCON / Atlanta", WCXB 4362), and none of them is the day it was written.
  // Counted only when it matters: the rest of the pass reads the first few blocks, not the whole article.
  const onlyDateLine = () => collectTextBlocks(content, false).filter((b) => b.text.length <= MAX_LINE_CHARS && DATE.test(b.text)).length <= 1;
  const blocks = collectTextBlocks(content, false, FIRST_BLOCKS);
  for (const [index, block] of blocks.entries()) {
    if (block.text.length > PROSE_CHARS) break;
    if (block.text.length > MAX_LINE_CHARS || hasMedia(block.element)) continue;
    // A thread's first post keeps its author line, as every post has one, though the header shows the same name.
    if (isPostAuthorLine(block.element)) continue;
    const pieces = block.text.split(SEPARATORS).filter(Boolean);
    const dates = pieces.filter((piece) => DATE.test(piece));
    // The day the header will show: the article's, or the one this line gives an undated article (its <time>, looked
    // for only then, by a walk: a selector query costs jsdom more than the rest of this loop).
    const time = publishedTime ? null : (firstBelow(block.element, isDatedTime)?.getAttribute('datetime') ?? null);
    const given = publishedTime ? null : time && dayOf(time) ? time : dates.length === 1 && index === 0 && onlyDateLine() ? dayOf(dates[0]) : null;
    const articleDay = publishedTime ? dayOf(publishedTime) : given ? dayOf(given) : null;
    let name = byline;
    let saysSomething = false;
    const known = pieces.every((piece) => {
      if (READING_TIME.test(piece)) return (saysSomething = true);
      if (DATE.test(piece)) return articleDay !== null && dayOf(piece) === articleDay && (saysSomething = true);
      if (name !== null) return sameName(piece, name);
      const by = BY.exec(piece);
      if (!by || piece.length - by[0].length > MAX_BYLINE_CHARS) return false;
      name = piece.slice(by[0].length).trim();
      return name !== '';
    });
    if (!known || !saysSomething) continue;
    block.element.remove();
    return { removed: [{ kind: 'dateline', text: block.text }], publishedTime: publishedTime ?? given, byline: name };
  }
  return { removed: [], publishedTime, byline };
}
