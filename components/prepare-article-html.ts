/**
 * Display-only changes to the extracted article HTML before the reader shows it: per-block direction,
 * code kept left to right, tables that scroll, links that open their targets, one headline.
 * Works on an inert <template> of the given document, so nothing in the page itself changes.
 */
import type { TextDirection } from '../utils/article';
import { squash } from '../utils/text-blocks';

export interface PrepareOptions {
  title: string;
  /** The article's URL: relative links resolve against it, and links to it with a #hash stay in the reader. */
  url: string;
  dir: TextDirection;
  tableLabel: string;
}

const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}]/gu;
const ANY_LETTER = /\p{L}/gu;
const HAS_RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}]/u;
const HAS_LTR_LETTER = /(?![\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}])\p{L}/u;
const TEXT_BLOCKS = 'p, li, blockquote, h2, h3, h4, h5, h6, figcaption, caption, td, th, dt, dd, summary';
const SAFE_LINK = /^(https?|mailto|tel):$/;

/**
 * The direction a block's own letters call for, or null when it is mixed or has no letters.
 * Two thirds of the letters must be of one direction: an Arabic sentence naming "Google" or "NATO"
 * stays right to left, while an English quotation inside Arabic text is almost all Latin.
 */
export function blockDirection(text: string): TextDirection | null {
  const letters = text.match(ANY_LETTER)?.length ?? 0;
  if (letters < 3) return null;
  const rtl = text.match(RTL_LETTER)?.length ?? 0;
  if (rtl * 3 >= letters * 2) return 'rtl';
  if ((letters - rtl) * 3 >= letters * 2) return 'ltr';
  return null;
}

function renameElement(el: Element, tag: string): Element {
  const replacement = el.ownerDocument.createElement(tag);
  for (const attr of Array.from(el.attributes)) replacement.setAttribute(attr.name, attr.value);
  while (el.firstChild) replacement.appendChild(el.firstChild);
  el.replaceWith(replacement);
  return replacement;
}

function withoutHash(url: URL): string {
  return url.href.replace(/#.*$/, '');
}

function prepareLinks(root: DocumentFragment, articleUrl: URL | null): void {
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    const raw = a.getAttribute('href') ?? '';
    if (raw.startsWith('#')) continue;
    let target: URL;
    try {
      target = new URL(raw, articleUrl ?? undefined);
    } catch {
      a.removeAttribute('href');
      continue;
    }
    if (!SAFE_LINK.test(target.protocol)) {
      a.removeAttribute('href');
      continue;
    }
    if (articleUrl && target.hash && withoutHash(target) === withoutHash(articleUrl)) {
      a.setAttribute('href', target.hash);
      continue;
    }
    a.setAttribute('href', target.href);
    if (/^https?:$/.test(target.protocol)) {
      a.setAttribute('target', '_blank');
      a.setAttribute('rel', 'noopener noreferrer');
    }
  }
}

// An image that is a character of the text rather than a picture: an emoji drawn as an image (WordPress, Discourse and
// NodeBB replace every emoji so, 21 WCXB pages), a formula drawn from TeX (Wikipedia's math, whose alt is its TeX
// source), a small icon or badge the page gave a size. The reader shows pictures as blocks of their own, centred: one of
// these would cut its sentence in three. They stay in their line instead.
const EMOJI_PART = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u20e3]/u;
const EMOJI_ALT = /^(?:[\p{Extended_Pictographic}\p{Regional_Indicator}\u{1F3FB}-\u{1F3FF}\u200d\ufe0f]|[#*0-9]\ufe0f?\u20e3|\s)+$/u;
// A TeX command ("\displaystyle", "\frac", "\alpha"): no description of a photo is written so.
const TEX_ALT = /\\[A-Za-z]{2,}/;
// Where formulas are drawn, for those whose alt is not their TeX (older Wikipedia pages write alt="A" for a one-letter
// formula): MediaWiki's math renderer, WordPress's LaTeX (s0.wp.com/latex.php, QuickLaTeX), CodeCogs.
const TEX_SRC = /\/math\/render\/|Special:MathShowImage|\/latex\.php\?|quicklatex\.com|latex\.codecogs\.com\//i;
// Both sides given and this small (in CSS pixels): an icon, a badge, a flag.
const ICON_SIZE = 40;

export type InlineImageKind = 'emoji' | 'tex' | 'icon';

/** Whether an image is part of a line of text (see above), and which kind; null for a picture. */
export function inlineImageKind(img: Element): InlineImageKind | null {
  const alt = img.getAttribute('alt') ?? '';
  if (alt && EMOJI_PART.test(alt) && EMOJI_ALT.test(alt)) return 'emoji';
  if (TEX_ALT.test(alt) || TEX_SRC.test(img.getAttribute('src') ?? '')) return 'tex';
  const width = Number(img.getAttribute('width'));
  const height = Number(img.getAttribute('height'));
  if (width > 0 && height > 0 && width <= ICON_SIZE && height <= ICON_SIZE) return 'icon';
  return null;
}

/** What an inline image that fails to load leaves in its line: its alt, a formula's TeX without Wikipedia's wrapper. */
export function inlineImageText(img: Element): string {
  const alt = (img.getAttribute('alt') ?? '').trim();
  const tex = /^\{\\displaystyle\s*([^]*)\}$/.exec(alt);
  return tex ? tex[1]!.trim() : alt;
}

function prepareMedia(root: DocumentFragment, articleUrl: URL | null): void {
  for (const img of Array.from(root.querySelectorAll('img'))) {
    if (!img.hasAttribute('alt')) img.setAttribute('alt', '');
    img.setAttribute('decoding', 'async');
    const inline = inlineImageKind(img);
    if (inline) img.classList.add('qari-inline-img', `qari-${inline}`);
    const src = img.getAttribute('src');
    if (src && articleUrl) {
      try {
        img.setAttribute('src', new URL(src, articleUrl).href);
      } catch {
        img.removeAttribute('src');
      }
    }
  }
}

function prepareCode(root: DocumentFragment): void {
  for (const el of Array.from(root.querySelectorAll('pre, code, kbd, samp'))) {
    if (el.closest('pre') && el.tagName !== 'PRE') continue;
    el.setAttribute('dir', 'ltr');
    // A long line scrolls inside the block: keyboard users must be able to reach it to scroll it.
    if (el.tagName === 'PRE') el.setAttribute('tabindex', '0');
  }
}

function prepareTables(root: DocumentFragment, label: string): void {
  for (const table of Array.from(root.querySelectorAll('table'))) {
    if (table.parentElement?.classList.contains('qari-table-scroll')) continue;
    const wrapper = table.ownerDocument.createElement('div');
    wrapper.className = 'qari-table-scroll';
    wrapper.setAttribute('role', 'region');
    wrapper.setAttribute('tabindex', '0');
    const caption = squash(table.querySelector('caption')?.textContent);
    wrapper.setAttribute('aria-label', caption ? `${label}: ${caption}` : label);
    table.replaceWith(wrapper);
    wrapper.appendChild(table);
  }
}

function prepareHeadings(root: DocumentFragment, title: string): void {
  const first = root.querySelector('h1, h2, h3');
  if (first && squash(first.textContent) === squash(title)) first.remove();
  for (const h1 of Array.from(root.querySelectorAll('h1'))) renameElement(h1, 'h2');
}

/** The reader's own <article> and <main> are the only ones: wrappers the page used become plain blocks. */
function flattenLandmarks(root: DocumentFragment): void {
  for (const el of Array.from(root.querySelectorAll('article, main'))) renameElement(el, 'div');
}

function prepareDirections(root: DocumentFragment, articleDir: TextDirection): void {
  const opposite = (dir: TextDirection) => (dir === 'rtl' ? HAS_LTR_LETTER : HAS_RTL_LETTER);
  // Most articles hold no letter of the other direction at all: nothing to do (and 20,000 paragraphs stay fast).
  if (!opposite(articleDir).test(root.textContent ?? '')) return;
  for (const block of Array.from(root.querySelectorAll(TEXT_BLOCKS))) {
    if (block.hasAttribute('dir') || block.closest('pre')) continue;
    const inherited = (block.parentElement?.closest('[dir]')?.getAttribute('dir') as TextDirection | undefined) ?? articleDir;
    const text = block.textContent ?? '';
    if (!opposite(inherited).test(text)) continue;
    const own = blockDirection(text);
    if (own && own !== inherited) block.setAttribute('dir', own);
  }
}

/**
 * The article's nodes as the reader shows them, parsed once into an inert <template> of `doc` and moved
 * into the reader as they are: serialising them for innerHTML to parse again cost a second parse of the
 * whole article (a quarter of the render on wikipedia-2), and could only give back the same tree or a
 * re-nested one.
 */
export function prepareArticle(html: string, options: PrepareOptions, doc: Document = document): DocumentFragment {
  const template = doc.createElement('template');
  template.innerHTML = html;
  const root = template.content;
  let articleUrl: URL | null = null;
  try {
    articleUrl = new URL(options.url);
  } catch {
    articleUrl = null;
  }
  flattenLandmarks(root);
  prepareHeadings(root, options.title);
  prepareLinks(root, articleUrl);
  prepareMedia(root, articleUrl);
  prepareCode(root);
  prepareTables(root, options.tableLabel);
  prepareDirections(root, options.dir);
  return root;
}
