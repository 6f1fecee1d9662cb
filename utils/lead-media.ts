/**
 * What lies between the headline and the story, when Readability leaves it out. A news page often puts the headline,
 * the lead picture and the story side by side in one box: <article><h1/><figure/><div class="story"><p/>…</div></article>.
 * Readability picks the story's box and joins to it only siblings that score as text, so the picture between the
 * headline and the first paragraph is lost (the Hebrew, Persian and Urdu seed pages lost theirs, caption and all), and
 * so is an opening in a box of its own: a standfirst ("EVs can be a mixed bag when it comes to value..."), a review's
 * introduction before the author line and the story (GearLab). On WCXB dev, 57 article pages lacked the first paragraph
 * of their ground truth while showing the next ones. A reader shows both, as it shows the headline above them.
 *
 * Found in two steps. Before Readability: the first paragraphs after the page's headline and a picture before the
 * first that reads as prose, with the page's elements numbered in order. After: the first paragraph Readability took
 * marks where the story starts; the paragraphs before it that Readability left on the page are the opening, put back
 * when they are few and read as prose, and the picture goes back too. Each goes where it stood on the page.
 */
import { normalizeText } from './normalize-text';
import { DOCUMENT_POSITION_FOLLOWING, byTag, closestNamed, firstBelow, firstNamed, isMostlyUnspaced, linkTextLength, squash } from './text-blocks';

/** Elements numbered in the order of the page. */
type PageOrder = Map<Element, number>;

/** What lies between the page's headline and its story, found on the cleaned page before Readability runs. */
export interface Lead {
  /** The page's headline (its first <h1>). */
  heading: Element;
  /** The first <p> elements after the headline, in page order: the opening and the story's first among them. */
  paragraphs: Element[];
  /** The picture between the headline and the first paragraph: a <figure> holding an image, a <picture> or an <img>. */
  media: Element | null;
  /** The story's first paragraph, the first after the picture. */
  next: Element | null;
  /** The page's elements numbered in order, from its top to where the walk stopped: what is put back goes where it stood. */
  order: PageOrder;
}

// A paragraph of the story, not a subtitle or a byline: Readability counts a paragraph from 25 characters, the
// standfirsts and datelines between a headline and its story are one short line (the Urdu seed's is 70 characters).
const PROSE_CHARS = 100;
// The walk from the headline stops here: a picture further on is not the headline's.
const MAX_STEPS = 200;
// An icon, an avatar or a logo beside the byline is smaller than this; a lead picture is larger (or gives no size).
const MIN_WIDTH = 150;
const MIN_HEIGHT = 100;

// How many paragraphs after the headline are kept in view: the opening and the story's first paragraph among them.
const MAX_LEAD_PARAGRAPHS = 8;
// An opening longer than this, or of more paragraphs, is not an opening: Readability took a later part of the page
// (a review's verdicts after a long buying guide) and what lies before it is not for this pass to judge.
const MAX_OPENING_PARAGRAPHS = 4;
const MAX_OPENING_CHARS = 2000;
// A line of prose, not a label, a date or a "Share" row: a short standfirst is one sentence of about 60 characters.
const MIN_OPENING_CHARS = 50;
const MAX_LINK_SHARE = 0.5;
// A paragraph inside these belongs to something else: a picture's caption, a quotation box, a list, a table, a form.
const NOT_OPENING = new Set(['figure', 'figcaption', 'blockquote', 'li', 'table', 'form', 'aside', 'nav', 'footer']);
// The pitches that sit between a headline and its story, not its opening: an affiliate note ("We may earn commission
// from links on this page") and a newsletter's or a membership's ("Sign up for our newsletters... Consider becoming a
// member"). Only this pass reads them so: elsewhere the clean-up judges boxes, not sentences.
const PITCH = /\b(?:commissions?|affiliate|buying through|independently (?:test|review)|newsletters?|sign(?:ing)? up|subscribe|subscribers?|members?|membership)\b/i;
// An opening is a sentence or more, of at least this many words; a row of names, or of a date and tags between bars
// ("Essay - Published: 2025.12.17 | artificial-intelligence | create |"), is not. Standfirsts often end without a full
// stop (the Guardian's), so the words are counted, not the punctuation. In scripts written without spaces between words
// (Chinese, Japanese, Thai) there are no words to count: the 50 characters, a long sentence there, are the test.
const MIN_OPENING_WORDS = 8;
const ROW_BARS = /\|.*\|/;

const IMAGE = new Set(['img', 'picture']);
const isImage = (el: Element) => IMAGE.has(el.localName);

function bigEnough(img: Element): boolean {
  const width = Number(img.getAttribute('width'));
  const height = Number(img.getAttribute('height'));
  return !(width > 0 && width < MIN_WIDTH) && !(height > 0 && height < MIN_HEIGHT);
}

function isLeadPicture(el: Element): boolean {
  const name = el.localName;
  if (name === 'img') return bigEnough(el);
  if (name === 'picture' || name === 'figure') {
    const img = firstNamed(el, 'img');
    return img !== null && bigEnough(img);
  }
  return false;
}

/** The element after el in document order (its first child first, unless told to step over them), within root. */
function nextInOrder(el: Element, root: Element, overChildren: boolean): Element | null {
  if (!overChildren && el.firstElementChild) return el.firstElementChild;
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    if (node.nextElementSibling) return node.nextElementSibling;
  }
  return null;
}

/**
 * The first paragraphs after the page's headline (the first of `headlines`, the page's <h1> elements, still on it) and
 * the picture before the first of them that reads as prose, if any; null when the page has no headline.
 */
export function findLead(body: Element, headlines: readonly Element[] = byTag(body, 'h1')): Lead | null {
  const heading = headlines.find((h1) => body.contains(h1));
  if (!heading) return null;
  const order: PageOrder = new Map();
  let n = 0;
  firstBelow(body, (el) => el === heading || (order.set(el, n++), false));
  order.set(heading, n++);
  const paragraphs: Element[] = [];
  let media: Element | null = null;
  let next: Element | null = null;
  let prose = false;
  let el = nextInOrder(heading, body, true);
  for (let step = 0; el && step < MAX_STEPS && paragraphs.length < MAX_LEAD_PARAGRAPHS; step++) {
    order.set(el, n++);
    if (el.localName === 'p') {
      paragraphs.push(el);
      if (!prose && (el.textContent ?? '').trim().length >= PROSE_CHARS) {
        prose = true;
        if (media) next = el;
      }
    }
    if (!prose && !media && isLeadPicture(el)) {
      media = el;
      el = nextInOrder(el, body, true);
      continue;
    }
    el = nextInOrder(el, body, false);
  }
  return { heading, paragraphs, media: next ? media : null, next, order };
}

/**
 * Put the lead picture before the story's first paragraph, where it stood on the page, when Readability left it there:
 * that paragraph is in the content, the headline is the article's title, and the content shows no picture before that
 * paragraph. Returns whether it did.
 */
export function placeLeadMedia(content: Element, lead: Lead | null, title: string): boolean {
  const media = lead?.media;
  const next = lead?.next;
  if (!lead || !media || !next || !media.isConnected || content.contains(media) || !content.contains(next)) return false;
  if (!headsTitle(lead.heading, title)) return false;
  const shown = firstBelow(content, isImage);
  if (shown && shown.compareDocumentPosition(next) & DOCUMENT_POSITION_FOLLOWING) return false;
  insertInPageOrder(content, [media], lead.order, next);
  return true;
}

/** Whether the headline is the article's title (one holds the other, as the title may carry the site's name or not). */
function headsTitle(heading: Element, title: string): boolean {
  const text = normalizeText(squash(heading.textContent));
  const wanted = normalizeText(title);
  return Boolean(text && wanted && (text.includes(wanted) || wanted.includes(text)));
}

/**
 * Put the opening paragraphs Readability left on the page into its content where they stood on the page: before the
 * first element there that came after them (a section heading, the story's box, its first paragraph). Runs before
 * placeLeadMedia, which then puts a lead picture where it stood among them. Returns the paragraphs placed.
 */
export function placeLeadText(content: Element, lead: Lead | null, title: string): Element[] {
  if (!lead || content.contains(lead.heading) || !headsTitle(lead.heading, title)) return [];
  const start = lead.paragraphs.findIndex((p) => content.contains(p));
  const first = lead.paragraphs[start];
  if (!first || start === 0 || closestNamed(first, NOT_OPENING)) return [];
  const opening = lead.paragraphs.slice(0, start).filter((p) => p.isConnected && !closestNamed(p, NOT_OPENING) && isOpeningProse(p));
  const chars = opening.reduce((n, p) => n + squash(p.textContent).length, 0);
  if (!opening.length || opening.length > MAX_OPENING_PARAGRAPHS || chars > MAX_OPENING_CHARS) return [];
  insertInPageOrder(content, opening, lead.order, first);
  return opening;
}

/**
 * Put `nodes` (in page order) into `content` before the first element there that came after them on the page, as
 * `order` numbers them; elements it does not number (Readability's wrappers, its renamed elements) are looked into,
 * not at. `fallback`, an element of the content that came after them, takes them when none is found.
 */
function insertInPageOrder(content: Element, nodes: Element[], order: PageOrder, fallback: Element): void {
  const at = order.get(nodes[0]!) ?? -1;
  const anchor = firstBelow(content, (el) => (order.get(el) ?? -1) > at) ?? fallback;
  anchor.before(...nodes);
}

function isOpeningProse(p: Element): boolean {
  const text = squash(p.textContent);
  if (text.length < MIN_OPENING_CHARS || ROW_BARS.test(text)) return false;
  if (text.split(' ').length < MIN_OPENING_WORDS && !isMostlyUnspaced(text)) return false;
  return linkTextLength(p) <= MAX_LINK_SHARE * text.length && !PITCH.test(text);
}
