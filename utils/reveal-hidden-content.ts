/**
 * Content a page hides only until a script or a click shows it: the reader runs no script and has no tabs, so it
 * shows that content itself, before the clean-up takes out what the page hides for good.
 */
import { childElements, linkTextLength, squash } from './text-blocks';

/**
 * React's streaming server renderer sends each finished Suspense boundary as `<div hidden id="S:n">` at the end of the
 * body, with a `<template id="B:n">` (a boundary) or `<template id="P:n">` (a placeholder) where it belongs; an inline
 * script moves it there. A saved page's clone runs no script, so its code samples and sections stayed hidden (the
 * install commands of a GitBook guide, whole product and article bodies on Next.js sites). Moved in here the same
 * way: the segment's children take the template's place, and a boundary's fallback (up to React's `<!--/$-->`
 * marker, when the page kept its comments) goes.
 */
export function revealStreamedSegments(body: Element): number {
  let moved = 0;
  // React writes the segments as children of <body>; a page whose scripts ran has none left.
  for (const segment of childElements(body)) {
    if (segment.tagName !== 'DIV' || !segment.hasAttribute('hidden')) continue;
    const id = segment.id;
    if (!id.startsWith('S:')) continue;
    const n = id.slice(2);
    const doc = body.ownerDocument;
    const boundary = doc.getElementById(`B:${n}`);
    const target = boundary ?? doc.getElementById(`P:${n}`);
    if (!target || target.tagName !== 'TEMPLATE' || segment.contains(target)) continue;
    const parent = target.parentNode!;
    let after: ChildNode | null = target.nextSibling;
    if (boundary) after = dropFallback(boundary);
    while (segment.firstChild) parent.insertBefore(segment.firstChild, after);
    target.remove();
    segment.remove();
    moved++;
  }
  return moved;
}

/**
 * Remove a boundary's fallback (the siblings after its template up to the matching `<!--/$-->`, nested boundaries
 * counted) and return the node the content goes before. Without the end marker (a page saved without comments) the
 * fallback stays where it is: a loading skeleton with little or no text, and no way to tell where it ends.
 */
function dropFallback(template: Element): ChildNode | null {
  let depth = 0;
  for (let node = template.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType !== 8) continue;
    const data = (node as Comment).data;
    if (data === '/$') {
      if (depth === 0) {
        while (template.nextSibling && template.nextSibling !== node) template.nextSibling.remove();
        return node;
      }
      depth--;
    } else if (data === '$' || data === '$?' || data === '$!') depth++;
  }
  return template.nextSibling;
}

/**
 * A tab panel the page hides (`role="tabpanel"` with hidden, aria-hidden or display:none) is one of several
 * alternatives shown one at a time: the install steps for macOS and Linux beside Windows', the same sample in Go and
 * PHP beside Node.js. Documentation readers need every one, and the reader has no tabs to switch; WCXB's
 * documentation pages (a Twilio quickstart, Azure's Core Tools guide, Tauri's install commands) count all panels as
 * content.
 */
export function isTabPanel(el: Element): boolean {
  return el.getAttribute('role') === 'tabpanel';
}

// A control's name: "accordion_item-toggle", "faq-collapse", "expander".
const TOGGLE_NAME = /accordion|collaps|toggle|expand/i;
// A panel whose text is mostly links is a menu folded behind its button, not an answer.
const PANEL_LINK_SHARE = 0.5;

/**
 * An accordion's panel: the answer an FAQ hides under its question until the question is clicked ("What do I need to
 * bring to a tax site?" over its list, display:none from the page's stylesheet, WCXB 0288, whose ground truth holds
 * every answer). The reader has nothing to click, and a reader wants the answers. The question is the panel's
 * previous sibling, with text, and a control: a button, an element with aria-expanded or holding one, or one named
 * for a toggle; or the panel is named so itself. Its text is mostly not links: a menu folded behind a button stays
 * hidden.
 */
export function isCollapsedPanel(el: Element): boolean {
  // Cheap tests first: every hidden element is asked, icons with aria-hidden among them.
  const question = el.previousElementSibling;
  if (!question) return false;
  const named = (e: Element) => TOGGLE_NAME.test(`${e.getAttribute('class') ?? ''} ${e.id}`);
  const control = question.tagName === 'BUTTON' || question.hasAttribute('aria-expanded') || named(question) || named(el) || holdsExpander(question);
  if (!control) return false;
  const asked = squash(question.textContent);
  if (!asked || asked.length > MAX_QUESTION_CHARS) return false;
  const text = squash(el.textContent);
  // The whole of a text whose start shows above it ("Welcome to my store. I am a regular guy…", eBay's seller notes,
  // WCXB 0614, 2888) would say that start twice.
  if (text.startsWith(asked.slice(0, PREVIEW_CHARS).replace(/(?:…|\.\.\.)$/, ''))) return false;
  return text.length > 0 && linkTextLength(el) < PANEL_LINK_SHARE * text.length;
}
// A question, a title or a button's label; the page's whole wrapper before a dialog is none of them (WCXB 0600).
const MAX_QUESTION_CHARS = 200;
// A question is small: the control inside it is found among its first few elements, by a walk that stops there (the
// selector engine would read all of a big sibling, on jsdom at a cost).
const MAX_QUESTION_ELEMENTS = 30;

/** Whether an element among the first MAX_QUESTION_ELEMENTS below `question` says whether it is expanded. */
function holdsExpander(question: Element): boolean {
  let seen = 0;
  let node = question.firstElementChild;
  while (node && seen++ < MAX_QUESTION_ELEMENTS) {
    if (node.hasAttribute('aria-expanded')) return true;
    if (node.firstElementChild) {
      node = node.firstElementChild;
      continue;
    }
    while (node && node !== question && !node.nextElementSibling) node = node.parentElement;
    node = node && node !== question ? node.nextElementSibling : null;
  }
  return false;
}
const PREVIEW_CHARS = 40;

/** Show a hidden tab or accordion panel: drop what hides it, so neither the clean-up nor Readability takes it for hidden. */
export function revealPanel(el: Element): void {
  el.removeAttribute('hidden');
  el.removeAttribute('aria-hidden');
  const style = el.getAttribute('style');
  if (style) el.setAttribute('style', style.replace(/(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?/gi, ';'));
}
