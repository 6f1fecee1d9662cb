/**
 * The author's bio written into the article's last paragraphs ("Mirel Zaman is the health and fitness director at PS.
 * She has over 15 years of experience…"): the page's "about the author" note with no box or class to find it by, so
 * Readability keeps it as the story's last paragraph. The reader's header already names the author.
 */
import type { RemovedBlock } from './article';
import { byTag, squash, SUBHEADING_TAGS } from './text-blocks';

// A name as a byline writes it: two to five words, each capitalised ("Arricca Elin SanSone", "Jean-Luc O'Brien").
const NAME = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,4}$/u;
// After the name: credentials ("Matt Frankel, CFP, is", "Angela Holliday-Bell, MD, is"), then a verb that opens a bio.
// "Is" says what the author is ("is a writer", "is the director", "is based in"), not what a product is made to do: "HR
// Cloud is built for large-scale organizations" (WCXB 4305, whose byline is the company) is its description.
// A role may follow "is" without an article ("Manoj Jain is adjunct faculty at Emory University").
const BIO_VERB =
  /^(?:,(?: [A-Z][A-Za-z.]{1,7},?)+)? (?:(?:is|was) (?:a|an|the|also|currently|now|based|on|one|adjunct|associate|assistant|senior|professor|chief|editor|director|founder|co-founder|head|president|partner|managing)|has|serves|writes|covers|joined|holds|lives|leads|teaches|specializes|specialises)\b/;
// A label before the name: "About the author: Craig Hull is a freelance photographer…" (WCXB 0272).
const LABEL = /^(?:about (?:the )?(?:author|writer)s?|(?:the )?author(?:'s|’s)? bio|the author)\s*[:.–—-]\s*/i;
// A first name written short or long, the surname the same: the byline's "Matthew Frankel" signs the bio "Matt Frankel,
// CFP, is…" (WCXB 4503). One form must open the other, at least this long ("Matt", "Matthew"; not "Jo" and "John").
const MIN_SHORT_NAME = 3;
// A bio is a paragraph or two; a long paragraph that opens so is the article talking about its author.
const MAX_BIO_CHARS = 700;
// Only in the second half of the article's text: a profile's or an "about me" page's opening ("Jane Doe is a designer
// based in Lisbon") is its content.
const FROM_SHARE = 0.5;
// A short heading just above the bio that introduces it ("About the author", "Who curated this article?") goes with it
// when nothing but the bio stands under it.
const MAX_HEADING_WORDS = 6;

/** The authors a byline names: "By Jared Newman, Sam Singleton" or "Manoj Jain and Jagpreet Chhatwal". */
export function authorNames(byline: string | null | undefined): string[] {
  if (!byline) return [];
  return byline
    .replace(/^\s*by\s+/i, '')
    .split(/\s*(?:,|;|\||&|\band\b)\s*/)
    .map((name) => squash(name))
    .filter((name) => NAME.test(name));
}

/** Whether text opens with the name (its first name perhaps written short or long) and a bio's verb. */
function opensBio(text: string, name: string): boolean {
  if (text.startsWith(name)) return BIO_VERB.test(text.slice(name.length));
  const space = name.indexOf(' ');
  const first = name.slice(0, space);
  const surname = name.slice(space);
  const at = text.indexOf(surname);
  const written = text.slice(0, Math.max(at, 0));
  if (!written || written.includes(' ')) return false;
  const [short, long] = written.length < first.length ? [written, first] : [first, written];
  return short.length >= MIN_SHORT_NAME && long.startsWith(short) && BIO_VERB.test(text.slice(at + surname.length));
}

// A heading that says whose bio follows, where the page gave no byline: "Written by Cassidy Horton" (WCXB 4095), or
// "About the author" over a paragraph that opens with a name and a bio's verb.
const WRITTEN_BY = /^written by\s+(.+)$/i;
const ABOUT_AUTHOR = /^about (?:the )?(?:author|writer)s?:?$/i;
// The words a bio opens with, up to its verb: the name, as NAME reads it.
const OPENING_NAME = /^(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,4})(?=[, ])/u;

/** The names the heading just above a paragraph gives for its bio, if it is one that introduces a bio. */
function namesInHeading(p: Element, opening: string): string[] {
  const heading = p.previousElementSibling;
  if (!heading || !SUBHEADING_TAGS.has(heading.tagName)) return [];
  const text = squash(heading.textContent);
  if (ABOUT_AUTHOR.test(text)) {
    // The name is whatever capitalised words open the paragraph, up to where a bio's verb follows them.
    const words = OPENING_NAME.exec(opening)?.[1]?.split(' ') ?? [];
    for (let n = words.length; n >= 2; n--) {
      const name = words.slice(0, n).join(' ');
      if (BIO_VERB.test(opening.slice(name.length))) return [name];
    }
    return [];
  }
  const named = WRITTEN_BY.exec(text)?.[1];
  return named && NAME.test(named) ? [named] : [];
}

/**
 * Remove paragraphs in the second half of the article that open with an author's name and a bio's verb: a name the
 * byline gives, or the heading just above.
 */
export function removeAuthorBios(root: Element, byline: string | null | undefined): RemovedBlock[] {
  const bylineNames = authorNames(byline);
  const paragraphs = byTag(root, 'p');
  const lengths = paragraphs.map((p) => (p.textContent ?? '').length);
  const total = lengths.reduce((a, b) => a + b, 0);
  const removed: RemovedBlock[] = [];
  let before = 0;
  paragraphs.forEach((p, i) => {
    const at = before;
    before += lengths[i]!;
    if (at < FROM_SHARE * total) return;
    const text = squash(p.textContent).replace(/^[*†‡]\s*/, '');
    if (text.length > MAX_BIO_CHARS) return;
    const opening = text.replace(LABEL, '');
    const names = [...bylineNames, ...namesInHeading(p, opening)];
    if (!names.some((name) => opensBio(opening, name))) return;
    const heading = p.previousElementSibling;
    const next = p.nextElementSibling;
    const headingText = heading && SUBHEADING_TAGS.has(heading.tagName) ? squash(heading.textContent) : '';
    if (heading && headingText && headingText.split(' ').length <= MAX_HEADING_WORDS && (!next || SUBHEADING_TAGS.has(next.tagName))) {
      removed.push({ kind: 'author-bio', text: headingText });
      heading.remove();
    }
    removed.push({ kind: 'author-bio', text });
    p.remove();
  });
  return removed;
}
