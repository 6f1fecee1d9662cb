/**
 * The article HTML the reader is allowed to show: an explicit allow-list for reading.
 * DOMPurify is bound to the window it is given, so the same code runs on jsdom and in a content script's isolated world.
 */
import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';

// Formulas written in MathML (KaTeX and MathJax put it beside their drawing, for screen readers; our clean-up takes the
// drawing, which is aria-hidden): browsers draw it themselves, in the text's colour and size. DOMPurify's own MathML
// list without what it warns of (mglyph, maction, annotation-xml, the deprecated mfenced), and without <semantics>,
// which it unwraps, keeping the formula and dropping its <annotation> (the TeX source, never shown).
const MATHML_TAGS = [
  'math', 'menclose', 'merror', 'mfrac', 'mi', 'mlabeledtr', 'mmultiscripts', 'mn', 'mo', 'mover', 'mpadded', 'mphantom',
  'mprescripts', 'mroot', 'mrow', 'ms', 'mspace', 'msqrt', 'mstyle', 'msub', 'msubsup', 'msup', 'mtable', 'mtd', 'mtext',
  'mtr', 'munder', 'munderover',
];
// How a formula is laid out; not its colours (mathcolor, mathbackground: the reader's theme decides) nor links.
const MATHML_ATTR = [
  'accent', 'accentunder', 'columnalign', 'columnlines', 'columnspacing', 'columnspan', 'depth', 'display', 'displaystyle',
  'fence', 'frame', 'largeop', 'linethickness', 'lspace', 'mathvariant', 'maxsize', 'minsize', 'movablelimits', 'notation',
  'rowalign', 'rowlines', 'rowspacing', 'rspace', 'scriptlevel', 'separator', 'stretchy', 'symmetric', 'voffset',
];

const ALLOWED_TAGS = [
  'a', 'abbr', 'address', 'article', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup', 'dd',
  'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img',
  'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'picture', 'pre', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'section', 'small', 'source',
  'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var', 'wbr',
  ...MATHML_TAGS,
];

const ALLOWED_ATTR = [
  'dir', 'lang', 'href', 'src', 'srcset', 'sizes', 'media', 'type', 'alt', 'title', 'width', 'height', 'datetime', 'cite',
  'colspan', 'rowspan', 'headers', 'scope', 'abbr', 'start', 'reversed', 'value', 'id', 'open',
  ...MATHML_ATTR,
];

/** The sanitiser configuration: an allow-list; everything else (scripts, styles, forms, frames, handlers) goes. */
export const SANITIZE_CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  // Links may go to the web, to mail and phone, or inside the page; never javascript:, data:, vbscript: or file:.
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  // data: addresses stay allowed for images only (DOMPurify's DATA_URI_TAGS keeps img and source).
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // Elements whose text is not reading text either: dropped with their content.
  FORBID_CONTENTS: ['script', 'style', 'template', 'noscript', 'form', 'button', 'select', 'textarea', 'iframe', 'object', 'embed', 'svg', 'title', 'head', 'annotation', 'annotation-xml'],
  // Ids are kept for footnote anchors; DOMPurify renames none but refuses ones that clobber document properties.
  SANITIZE_DOM: true,
};

// Up to two purifiers per window, each with its configuration set once: passing the configuration on every call makes
// DOMPurify rebuild its allow-lists each time (0.1 ms a call on jsdom, a tenth of a small page's sanitising). Each is
// made on first use: building one costs 1-3 ms on jsdom, and the pipeline needs only the in-place one.
type Mode = 'toDom' | 'inPlace';

const purifiers = new WeakMap<object, Partial<Record<Mode, Purifier>>>();

function purifierFor(win: Window & typeof globalThis, mode: Mode): Purifier {
  let made = purifiers.get(win);
  if (!made) purifiers.set(win, (made = {}));
  let purifier = made[mode];
  if (!purifier) {
    purifier = DOMPurify(win);
    purifier.setConfig({ ...SANITIZE_CONFIG, ...(mode === 'toDom' ? { RETURN_DOM: true } : { IN_PLACE: true }) });
    purifier.addHook('afterSanitizeAttributes', (node) => {
      // Links open outside the reader without giving the page a handle on it.
      if (node.tagName === 'A' && node.hasAttribute('href')) node.setAttribute('rel', 'noopener noreferrer');
    });
    made[mode] = purifier;
  }
  return purifier;
}

/**
 * Sanitise article HTML (or an element) with the reading allow-list. Returns the sanitised content as a <body>
 * element of a fresh inert document owned by `win`; its innerHTML is the safe HTML.
 */
export function sanitizeArticle(dirty: string | Element, win: Window & typeof globalThis): HTMLElement {
  return purifierFor(win, 'toDom').sanitize(dirty as Node) as unknown as HTMLElement;
}

/**
 * Sanitise an element in place (DOMPurify's IN_PLACE: no copy into another document, 40% faster on jsdom).
 * The element must come from `win`'s realm (a clone of `win.document` qualifies) and be an allowed element itself (a div).
 */
export function sanitizeArticleInPlace(element: Element, win: Window & typeof globalThis): Element {
  purifierFor(win, 'inPlace').sanitize(element);
  return element;
}

/** Sanitise to an HTML string. */
export function sanitizeArticleHtml(dirty: string | Element, win: Window & typeof globalThis): string {
  return sanitizeArticle(dirty, win).innerHTML;
}
