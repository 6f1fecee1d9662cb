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

const SHOWING = /(?:^|;)\s*(?:display\s*:\s*(?!none)[a-z-]+|visibility\s*:\s*visible)/i;

/**
 * Selectors of top-level rules in the CSS that set display:none or visibility:hidden, less those that a rule inside
 * an at-rule shows again (`.x{display:none} @media (min-width: 740px){.x{display:block}}` is hidden on phones only).
 */
export function hidingSelectors(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const hidden: string[] = [];
  const shownSomewhere = new Set<string>();
  // One pass with a stack of preludes: each rule knows whether it sits inside an at-rule.
  const preludes: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '{') {
      preludes.push(text.slice(start, i).trim());
      start = i + 1;
    } else if (ch === '}') {
      const prelude = preludes.pop() ?? '';
      const body = text.slice(start, i).trim();
      start = i + 1;
      if (!prelude || prelude.startsWith('@') || body.includes('{')) continue;
      const selectors = prelude.split(',').map((sel) => sel.trim()).filter(Boolean);
      if (preludes.length === 0 && HIDING.test(body)) {
        // Selectors with pseudo-classes (:hover, ::before, :not(...)) depend on state or hide generated content.
        for (const sel of selectors) if (!sel.includes(':')) hidden.push(sel);
      } else if (preludes.length > 0 && SHOWING.test(body)) {
        for (const sel of selectors) shownSomewhere.add(sel);
      }
    } else if (ch === ';' && preludes.length === 0) {
      start = i + 1;
    }
  }
  return hidden.filter((sel) => !shownSomewhere.has(sel));
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
