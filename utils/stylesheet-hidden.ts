/**
 * Elements hidden by the page's own stylesheets (`.css-hidden { display: none }`), found without a layout engine:
 * a clone of the page has no computed style, so the page's inline <style> rules are read and their selectors matched.
 */

// Only top-level rules count: a rule inside @media hides for one screen size or for print, not for the reader.
// At most this many selectors are matched, so a page with a huge stylesheet costs a bounded number of queries.
const MAX_SELECTORS = 40;
// Classes that show an element again at some screen size (Bootstrap d-md-block, Tailwind md:block, visible-lg):
// the element is hidden on phones only, and a desktop reader must keep it.
const RESPONSIVE_SHOW = /(?:^|\s)(?:[a-z0-9]+:(?:block|flex|grid|inline|inline-block|table|contents)|d-(?:sm|md|lg|xl|xxl)-(?!none)[a-z-]+|visible-[a-z]+|show-for-[a-z-]+)(?=\s|$)/;
const HIDING = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/** Selectors of top-level rules in the CSS that set display:none or visibility:hidden. */
export function hidingSelectors(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  let prelude = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '{') {
      if (depth === 0) prelude = text.slice(start, i).trim();
      depth++;
      start = i + 1;
    } else if (ch === '}') {
      depth = Math.max(0, depth - 1);
      if (depth === 0) {
        const body = text.slice(start, i);
        if (prelude && !prelude.startsWith('@') && !body.includes('{') && HIDING.test(body.trim())) {
          // Selectors with pseudo-classes (:hover, ::before, :not(...)) depend on state or hide generated content.
          for (const sel of prelude.split(',')) if (sel.trim() && !sel.includes(':')) out.push(sel.trim());
        }
        start = i + 1;
      }
    } else if (ch === ';' && depth === 0) {
      start = i + 1;
    }
  }
  return out;
}

/** Elements under root that the document's inline stylesheets hide. */
export function elementsHiddenByStylesheets(doc: Document, root: Element): Element[] {
  const selectors: string[] = [];
  for (const style of Array.from(doc.querySelectorAll('style'))) {
    const media = style.getAttribute('media');
    if (media && !/^\s*(all|screen)\s*$/i.test(media)) continue;
    selectors.push(...hidingSelectors(style.textContent ?? ''));
    if (selectors.length >= MAX_SELECTORS) break;
  }
  const found: Element[] = [];
  for (const selector of [...new Set(selectors)].slice(0, MAX_SELECTORS)) {
    try {
      for (const el of Array.from(root.querySelectorAll(selector))) {
        if (!RESPONSIVE_SHOW.test(el.getAttribute('class') ?? '')) found.push(el);
      }
    } catch {
      // A selector jsdom or the browser cannot parse hides nothing.
    }
  }
  return found;
}
