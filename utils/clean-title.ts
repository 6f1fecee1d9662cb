/**
 * The article's title without the site's name. Readability takes a page's metadata title (JSON-LD, og:title,
 * twitter:title) as it is, and many sites write their name into it: "Top 7 Kitchen Trends | Blog | Encore
 * Realty", "חיפה תשתול 12 אלף עצים - הכרמל היום". The reader shows the site's name above the headline
 * already, so it would say it twice, and the headline that repeats the title inside the article would no
 * longer be recognised as a repeat.
 *
 * Only spaced separators split a title ("Spider-Man", "2024/25" and an Arabic headline's "بعد|وأمريكا"
 * stay whole), and a part goes only on evidence: the page has a heading that is the title without it,
 * or the part is the site's name (its og:site_name, or its hostname with the spaces taken out).
 */
import { normalizeText } from './normalize-text';
import { squash } from './text-blocks';

export interface TitleContext {
  siteName?: string | null;
  /** The page's URL: its hostname names the site when the page doesn't. */
  url?: string;
  /**
   * Texts of the page's own headlines (its h1 and h2 elements), or a function that finds them: called only when the
   * title has a part to take off, so a title without a separator costs no walk over the page.
   */
  headings?: readonly string[] | (() => readonly string[]);
}

// " | ", " - ", " – ", " — ", " · ", " • ", " » ", " « ", " / ", " :: ", with spaces on both sides.
const SEPARATOR = /\s+(?:[|\-\u2013\u2014\u00b7\u2022\u00bb\u00ab/]|::)\s+/g;
// A headline longer than this is not a headline (a teaser paragraph set as h2, a whole card).
const MAX_HEADING_CHARS = 300;
// The page's first headlines are enough: the article's own is near the top, and a page of 5,000 h2 stays cheap.
const MAX_HEADINGS = 40;

// Classes and ids of the site's own heading: its logo, brand, name or masthead.
const SITE_HEADING = /logo|brand|site[-_]?(title|name)|masthead/i;

function withoutHash(href: string): string {
  return href.replace(/#.*$/, '');
}

/**
 * Whether a heading is the site's own (its name in the page header) rather than a headline: it sits in a
 * logo or brand box, in the page's header or navigation (an article's own <header> doesn't count), or its
 * text is a link to another page (the home page; a headline linked to itself is still the headline).
 */
function isSiteHeading(el: Element, pageUrl: string): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (SITE_HEADING.test(node.getAttribute('class') ?? '') || SITE_HEADING.test(node.id)) return true;
    const tag = node.localName;
    if (tag === 'article' || tag === 'main') break;
    if (node !== el && (tag === 'header' || tag === 'nav') && !node.parentElement?.closest('article, main')) return true;
  }
  const link = el.closest('a[href]') ?? (el.querySelectorAll('a[href]').length === 1 ? el.querySelector('a[href]') : null);
  if (!link || (link.textContent ?? '').trim() !== (el.textContent ?? '').trim()) return false;
  try {
    return withoutHash(new URL(link.getAttribute('href') ?? '', pageUrl).href) !== withoutHash(pageUrl);
  } catch {
    return false;
  }
}

/** Texts of the first h1 and h2 elements of a document that are headlines, not the site's name, for cleanTitle's `headings`. */
export function pageHeadings(doc: Document, pageUrl: string = doc.URL): string[] {
  const out: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('h1, h2')).slice(0, MAX_HEADINGS)) {
    const text = squash(el.textContent);
    if (text && text.length <= MAX_HEADING_CHARS && !isSiteHeading(el, pageUrl)) out.push(text);
  }
  return out;
}

/** The ways a site's name is written, normalised and without spaces: "Encore Realty" and encorerealty.com both give "encorerealty". */
function siteKeys(context: TitleContext): Set<string> {
  const keys = new Set<string>();
  const add = (value: string | null | undefined) => {
    const key = normalizeText(value ?? '').replace(/ /g, '');
    if (key.length >= 3) keys.add(key);
  };
  add(context.siteName);
  try {
    const host = new URL(context.url ?? '').hostname.replace(/^www\./, '');
    const labels = host.split('.');
    // "encorerealty.com" → "encorerealty", "news.example.co.uk" → "news", "example" and "news.example".
    if (labels.length >= 2 && !/^\d+$/.test(labels[labels.length - 1])) {
      add(host);
      for (const label of labels.slice(0, -1)) add(label);
    }
  } catch {
    // No URL, or not one: the site's name alone.
  }
  return keys;
}

function isSiteName(part: string, keys: Set<string>): boolean {
  return keys.has(normalizeText(part).replace(/ /g, ''));
}

export function cleanTitle(title: string, context: TitleContext = {}): string {
  const whole = title.trim();
  const parts = whole.split(SEPARATOR);
  if (parts.length < 2) return whole;
  const separators = whole.match(SEPARATOR) ?? [];
  const join = (from: number, to: number) => parts.slice(from, to).reduce((text, part, i) => (i === 0 ? part : text + separators[from + i - 1] + part), '');

  // The page's own headline, when it is the title with some parts off either end (longest first).
  const found = typeof context.headings === 'function' ? context.headings() : (context.headings ?? []);
  const headings = new Set(found.map((h) => normalizeText(h)).filter(Boolean));
  if (headings.size) {
    for (let keep = parts.length - 1; keep >= 1; keep--) {
      for (let from = 0; from + keep <= parts.length; from += parts.length - keep) {
        const candidate = join(from, from + keep);
        if (headings.has(normalizeText(candidate))) return candidate;
      }
    }
  }

  // The site's name at the end ("… | Encore Realty") or at the start ("Encore Realty | …"), once.
  const keys = siteKeys(context);
  if (!keys.size) return whole;
  if (isSiteName(parts[parts.length - 1], keys)) return join(0, parts.length - 1);
  if (isSiteName(parts[0], keys)) return join(1, parts.length);
  return whole;
}
