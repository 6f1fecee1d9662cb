/**
 * A page whose text is all inside <noscript>: forum software that renders its threads with a script ships the whole
 * thread a second time for crawlers and readers without scripts (Discourse's `<noscript data-path>` holds every post).
 * Saved, or opened before the script has run, the page shows nothing else; Readability drops every <noscript> and
 * finds no article. The noscript's content then is the page, and takes the noscript's place.
 */
import { byTag } from './text-blocks';

// Readability's own threshold: less text than this is not an article (its charThreshold). The page outside <noscript>
// holds less than this (a header, a "please enable JavaScript" line: 1 to 210 characters on WCXB's 25 Discourse
// threads, against thousands on every page that renders without a script)...
const MAX_OUTSIDE_CHARS = 500;
// ...and one <noscript> holds at least this much: a fallback image or tracking pixel holds next to none.
const MIN_NOSCRIPT_CHARS = 500;

/** Tags whose text never shows, whether outside or inside a noscript. */
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * Put the content of the page's largest <noscript> in its place when it is the page's only text. On jsdom (no
 * scripting) a noscript's content is already elements; in a browser with scripts on it is raw text, parsed here
 * in an inert <template> (nothing in it loads or runs; the sanitiser sees it later like the rest of the page).
 * Returns whether the page changed.
 */
export function revealNoscriptPage(body: Element): boolean {
  // The page outside first: on a page that shows its text, the walk stops after its first 500 characters.
  if (visibleChars(body, MAX_OUTSIDE_CHARS) >= MAX_OUTSIDE_CHARS) return false;
  const noscripts = byTag(body, 'noscript');
  if (noscripts.length === 0) return false;
  let best: { noscript: Element; content: DocumentFragment | null; chars: number } | null = null;
  for (const noscript of noscripts) {
    // A cheap bound first: the raw text (markup included, in a browser) of a small noscript cannot hold a page.
    if ((noscript.textContent ?? '').length < MIN_NOSCRIPT_CHARS) continue;
    let content: DocumentFragment | null = null;
    let chars: number;
    if (noscript.firstElementChild) chars = visibleChars(noscript);
    else {
      const template = body.ownerDocument.createElement('template');
      template.innerHTML = noscript.textContent ?? '';
      content = template.content;
      chars = visibleChars(content);
    }
    if (chars >= MIN_NOSCRIPT_CHARS && (!best || chars > best.chars)) best = { noscript, content, chars };
  }
  if (!best) return false;
  const { noscript, content } = best;
  if (content) noscript.replaceWith(body.ownerDocument.importNode(content, true));
  else noscript.replaceWith(...Array.from(noscript.childNodes));
  return true;
}

/**
 * Characters of text below root, outside scripts, styles, templates and noscripts, whitespace runs counted once;
 * the walk stops once it has counted `limit`.
 */
function visibleChars(root: Node, limit = Infinity): number {
  let chars = 0;
  const walk = (node: Node) => {
    for (let child = node.firstChild; child && chars < limit; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const text = child.nodeValue ?? '';
        // Most text nodes are the white space between tags: tested, not copied.
        if (NOT_SPACE.test(text)) chars += text.replace(/\s+/g, ' ').trim().length;
      } else if (child.nodeType === 1 && !NOT_TEXT.has((child as Element).tagName)) walk(child);
    }
  };
  walk(root);
  return chars;
}

const NOT_SPACE = /\S/;
