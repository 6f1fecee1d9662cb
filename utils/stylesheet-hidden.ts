/**
 * Elements hidden by the page's own stylesheets (`.css-hidden { display: none }`), found without a layout engine:
 * a clone of the page has no computed style, so the page's inline <style> rules are read and their selectors matched.
 */
import { byTag } from './text-blocks';

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
  // One pass with a stack of preludes: each rule knows whether it sits inside an at-rule. It jumps from one brace or
  // semicolon to the next instead of reading every character (a page's inline CSS can run to tens of kilobytes).
  const preludes: string[] = [];
  let start = 0;
  const marks = /[{};]/g;
  for (let m = marks.exec(text); m; m = marks.exec(text)) {
    const i = m.index;
    const ch = m[0];
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

interface SimpleSelector {
  tag: string | null;
  id: string | null;
  classes: string[];
}

// Only simple selectors (tag, id, classes: "p.css-hidden", "#promo", ".a.b"): they are matched in the one element walk the
// clean-up already makes, with no query per selector (40 querySelectorAll calls cost more than Readability on big pages).
// Selectors with combinators ("header .menu") are left alone; Readability's own checks see inline styles only.
const SIMPLE_SELECTOR = /^([a-z][a-z0-9-]*)?((?:[.#][\w-]+)+)$/i;

function parseSimple(selector: string): SimpleSelector | null {
  const m = SIMPLE_SELECTOR.exec(selector);
  if (!m) return null;
  const parts = m[2].match(/[.#][\w-]+/g) ?? [];
  const ids = parts.filter((p) => p[0] === '#').map((p) => p.slice(1));
  if (ids.length > 1) return null;
  return { tag: m[1]?.toUpperCase() ?? null, id: ids[0] ?? null, classes: parts.filter((p) => p[0] === '.').map((p) => p.slice(1)) };
}

/**
 * A test for "hidden by the page's inline stylesheets", or null when they hide nothing by a simple selector.
 * Reads the <style> elements once; the test itself is a few Set lookups per element.
 */
export function stylesheetHiddenTest(doc: Document): ((el: Element, id: string, cls: string) => boolean) | null {
  const byClass = new Map<string, SimpleSelector[]>();
  const byId = new Map<string, SimpleSelector[]>();
  let count = 0;
  for (const style of byTag(doc, 'style')) {
    const media = style.getAttribute('media');
    if (media && !/^\s*(all|screen)\s*$/i.test(media)) continue;
    const css = style.textContent ?? '';
    // Most style elements hide nothing: skip the parse unless a hiding declaration is there at all.
    if (!/display\s*:\s*none|visibility\s*:\s*hidden/i.test(css)) continue;
    for (const selector of hidingSelectors(css)) {
      const simple = parseSimple(selector);
      if (!simple || count >= MAX_SELECTORS) continue;
      count++;
      if (simple.id) byId.set(simple.id, [...(byId.get(simple.id) ?? []), simple]);
      else if (simple.classes.length) byClass.set(simple.classes[0], [...(byClass.get(simple.classes[0]) ?? []), simple]);
    }
  }
  if (count === 0) return null;
  const matches = (el: Element, sel: SimpleSelector) =>
    (!sel.tag || el.tagName === sel.tag) && (!sel.id || el.id === sel.id) && sel.classes.every((c) => el.classList.contains(c));
  // The caller passes the element's id and class attribute ('' when absent), read once for all its checks: cheaper
  // than the element's classList on jsdom, and most elements miss.
  return (el: Element, id: string, cls: string) => {
    if (id && byId.get(id)?.some((sel) => matches(el, sel))) return !RESPONSIVE_SHOW.test(cls);
    if (!byClass.size || !cls) return false;
    for (const name of cls.split(/\s+/)) {
      if (name && byClass.get(name)?.some((sel) => matches(el, sel))) return !RESPONSIVE_SHOW.test(cls);
    }
    return false;
  };
}
