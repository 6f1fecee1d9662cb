/**
 * Content a page hides only until a script or a click shows it: the reader runs no script and has no tabs, so it
 * shows that content itself, before the clean-up takes out what the page hides for good.
 */
import { childElements } from './text-blocks';

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

/** Show a hidden tab panel: drop what hides it, so neither the clean-up nor Readability takes it for hidden. */
export function revealTabPanel(el: Element): void {
  el.removeAttribute('hidden');
  el.removeAttribute('aria-hidden');
  const style = el.getAttribute('style');
  if (style) el.setAttribute('style', style.replace(/(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?/gi, ';'));
}
