/**
 * The byline of a box the clean-up removed. Readability takes the first box whose class or id says byline (or whose
 * itemprop says author), under 100 characters, as the article's byline when the page's metadata names no author, and
 * removes it from the text. Qari's clean-up removes such boxes before Readability sees them (a "byline" or "dateline"
 * box is a line the reader's header replaces), so the pipeline falls back on the first one's byline: a page with no
 * author in its metadata still shows who wrote it.
 *
 * Readability shows such a box's text as it is: "Luke KimDecember 17, 2025", "Posted by", "August 28, 2025•5 min
 * read", "Visit the Apple Store" (WCXB). The header shows the date apart and a wrong name is worse than none, so only a
 * name is taken: the box's text without its date, reading time and by-words, up to its first comma, and only when what
 * is left reads as a name (see looksLikeName).
 */
import { MONTH, WEEKDAY_NAME } from './remove-dateline';
import { byTag, firstBelow, spacedText } from './text-blocks';

const READABILITY_BYLINE = /byline|author|dateline|writtenby|p-author/i;
const READABILITY_BYLINE_CHARS = 100;
// Boxes named for the author that do not hold the article's author's name. A line about the author, named so at the end
// of a class ("dynamic-author-description": "Licensed Q Arabica Grader, M.A. Journalism", which reads as a name; not
// "author-box--biography-yes", a whole author box with its name). And the author of a testimonial, a customer's
// quotation or a comment ("testimonial_rotator_author_info": "Lynn B., ResumeSpice client"). Readability takes them
// (WCXB 4815, 4900, 2834); the header would name the wrong person.
const ABOUT_THE_AUTHOR = /(?:descr[a-z]*|bio|biography|about)$/i;
const SOMEONE_ELSES = /testimonial|quote|comment/i;

// Dates and reading times written out inside a byline line: "December 17, 2025", "Sat, 20 Dec, 2025", "7 min read",
// "Wednesday, December 17, 2025".
const DATES = new RegExp(
  String.raw`\b(?:${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+${MONTH},?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d+\s*(?:min|mins|minutes?)(?:\s+read)?|${WEEKDAY_NAME}\b,?)`,
  'gi',
);
// The words before the name: "By", "Posted by", "This post was written by", "Authors:", Arabic "بقلم" and "كتب",
// Hebrew "מאת", Urdu "رپورٹ" (report) and "تحریر" (written), Persian "نوشته" (written) and "نویسنده" (author).
const BY_WORDS = /^(?:(?:[\p{L}’']+\s+){0,4}?by\b|authors?\s*:|writer\s*:|reporter\s*:|بقلم|كتب|كتبت|מאת|رپورٹ|تحریر|نوشته|نویسنده)\s*[:：]?\s*/iu;
const PIECE_SEPARATORS = /\s*[|·•—–]\s*|\s+-\s+/;
// What follows the name: a role after a comma or in brackets ("Danielle Padula, Head of Marketing", "Lance Ryan
// (Content Manager)"), or a role word ("Rachel MacDonald Writer", "Ahmet Serhan Author’s Profile").
const ROLE_AFTER = /\s*(?:[,،(]|\s(?:former|writer|editor|author|author’s|author's|contributor|reporter|correspondent)\b).*$/iu;
// Words that never open a name: a product page's "From Apple", "Visit the … Store".
const NOT_A_NAME_START = /^(?:from|visit)\b/i;
// Marks a name never holds: a date's or a time's digits, a label's colon, an address, a breadcrumb, a trademark.
const NOT_IN_NAME = /[\d:@»©®&!?/\\#+=$%]/u;
// Lower-case words a Latin-script name may hold ("Alan and Kim Woinski", "Ludwig van Beethoven").
const PARTICLES = new Set(['and', 'de', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'le', 'la', 'du', 'bin', 'ibn', 'al', 'el', 'y', 'e', 'et', 'und']);
const MAX_NAME_WORDS = 6;
const MAX_NAME_CHARS = 60;

/** Whether text reads as a person's or a desk's name: a few words, no digits or marks, Latin words capitalised. */
export function looksLikeName(text: string): boolean {
  if (text.length < 2 || text.length > MAX_NAME_CHARS || NOT_IN_NAME.test(text) || !/\p{L}/u.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length > MAX_NAME_WORDS || NOT_A_NAME_START.test(text)) return false;
  // A single Latin word is a section's name ("Lifestyle") more often than an author's, unless it is an agency's
  // initials ("AFP").
  if (words.length === 1 && /^[A-Za-z]/.test(text) && text !== text.toUpperCase()) return false;
  // Scripts without case (Arabic, Hebrew) have nothing more to check; a Latin word starts with a capital.
  return words.every((word) => !/^[a-z]/.test(word) || PARTICLES.has(word));
}

/** The name in a byline line, or null: "Posted by Damien Walter" → "Damien Walter", "Brian Becker 7 min read" → "Brian Becker". */
export function nameOfByline(line: string): string | null {
  const pieces = line
    .replace(DATES, ' ')
    .split(PIECE_SEPARATORS)
    .map((piece) => piece.replace(/\s+/g, ' ').trim())
    .filter((piece) => /\p{L}/u.test(piece));
  const first = pieces[0];
  if (!first) return null;
  const name = first.replace(BY_WORDS, '').replace(ROLE_AFTER, '').trim();
  return looksLikeName(name) ? name : null;
}

/**
 * Whether Readability takes the box as a byline (its class, id or itemprop says so, and it is a short line) and it is
 * not named for something else about an author.
 */
export function isBylineBox(box: Element): boolean {
  const names = `${box.getAttribute('class') ?? ''} ${box.getAttribute('id') ?? ''}`;
  const matched = READABILITY_BYLINE.test(names) || /author/i.test(box.getAttribute('itemprop') ?? '');
  const length = (box.textContent ?? '').trim().length;
  if (!matched || length === 0 || length >= READABILITY_BYLINE_CHARS) return false;
  return !SOMEONE_ELSES.test(names) && !names.split(/\s+/).some((name) => ABOUT_THE_AUTHOR.test(name));
}

/**
 * The byline Readability would have read from a box (its [itemprop=name] inside, else its text), as a name fit for the
 * reader's header; null when the box is not one Readability takes as a byline, or holds no name.
 */
export function bylineOfBox(box: Element): string | null {
  if (!isBylineBox(box)) return null;
  const named = firstBelow(box, (el) => /name/i.test(el.getAttribute('itemprop') ?? ''));
  if (named) return nameOfByline(spacedText(named));
  // The text as shown, each element apart ("Luke Kim" and "December 17, 2025" are two spans), without its <time>.
  const copy = box.cloneNode(true) as Element;
  for (const time of byTag(copy, 'time')) time.remove();
  return nameOfByline(spacedText(copy));
}
