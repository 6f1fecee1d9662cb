/**
 * The article's lead picture, when Readability leaves it out. A news page often puts the headline, the lead picture
 * and the story side by side in one box: <article><h1/><figure/><div class="story"><p/>…</div></article>.
 * Readability picks the story's box and joins to it only siblings that score as text, so the picture between the
 * headline and the first paragraph is lost (the Hebrew, Persian and Urdu seed pages lost theirs, caption and all).
 * A reader shows it, as it shows the headline above it.
 */
import { normalizeText } from './normalize-text';
import { DOCUMENT_POSITION_FOLLOWING, byTag, firstBelow, firstNamed, squash } from './text-blocks';

export interface LeadMedia {
  /** The page's headline (its first <h1>). */
  heading: Element;
  /** The picture between the headline and the first paragraph: a <figure> holding an image, a <picture> or an <img>. */
  media: Element;
  /** The story's first paragraph, the first after the picture. */
  next: Element;
}

// A paragraph of the story, not a subtitle or a byline: Readability counts a paragraph from 25 characters, the
// standfirsts and datelines between a headline and its story are one short line (the Urdu seed's is 70 characters).
const PROSE_CHARS = 100;
// The walk from the headline stops here: a picture further on is not the headline's.
const MAX_STEPS = 200;
// An icon, an avatar or a logo beside the byline is smaller than this; a lead picture is larger (or gives no size).
const MIN_WIDTH = 150;
const MIN_HEIGHT = 100;

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
 * The picture that sits between the page's headline (the first of `headlines`, the page's <h1> elements, still on it)
 * and its story's first paragraph, found on the cleaned page before Readability runs; null when there is none.
 */
export function findLeadMedia(body: Element, headlines: readonly Element[] = byTag(body, 'h1')): LeadMedia | null {
  const heading = headlines.find((h1) => body.contains(h1));
  if (!heading) return null;
  let media: Element | null = null;
  let el = nextInOrder(heading, body, true);
  for (let step = 0; el && step < MAX_STEPS; step++) {
    if (el.localName === 'p' && (el.textContent ?? '').trim().length >= PROSE_CHARS) return media ? { heading, media, next: el } : null;
    if (!media && isLeadPicture(el)) {
      media = el;
      el = nextInOrder(el, body, true);
      continue;
    }
    el = nextInOrder(el, body, false);
  }
  return null;
}

/**
 * Put the lead picture at the top of Readability's content when Readability left it on the page: the story's first
 * paragraph is in the content, the headline is the article's title, and the content shows no picture before that
 * paragraph. Returns whether it did.
 */
export function placeLeadMedia(content: Element, lead: LeadMedia | null, title: string): boolean {
  if (!lead || !lead.media.isConnected || content.contains(lead.media) || !content.contains(lead.next)) return false;
  const heading = normalizeText(squash(lead.heading.textContent));
  const wanted = normalizeText(title);
  if (!heading || !wanted || !(heading.includes(wanted) || wanted.includes(heading))) return false;
  const shown = firstBelow(content, isImage);
  if (shown && shown.compareDocumentPosition(lead.next) & DOCUMENT_POSITION_FOLLOWING) return false;
  const page = content.firstElementChild?.id.startsWith('readability-page') ? content.firstElementChild : content;
  page.prepend(lead.media);
  return true;
}
