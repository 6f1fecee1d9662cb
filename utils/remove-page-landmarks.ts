/**
 * The page's own landmarks that are never its article: navigation (<nav>), complementary boxes (<aside>), and the
 * page-wide header and footer (a <header> or <footer> outside any article, section, aside, nav or main: HTML's banner
 * and contentinfo). Readability drops elements with these roles when a role attribute names them, and <aside> and
 * <footer> from its result, but it still scores and walks them, and a documentation sidebar or a site menu is often
 * a third of the page's nodes. Taken out before Readability, after the passes that compare blocks across the page
 * (a masthead printed in the header and again in the footer is found by its two copies).
 */
import type { RemovedBlock } from './article';
import { elementsBelow, spacedText } from './text-blocks';

// <header> and <footer> belong to the nearest of these: inside one they are that article's (its title, byline,
// date, notes), not the page's.
const SECTIONING = new Set(['ARTICLE', 'SECTION', 'ASIDE', 'NAV', 'MAIN']);
const SECTIONING_ROLES = new Set(['main', 'article']);
// Never taken, whatever the tag: a landmark that holds the page's heading or its main or article element wraps the
// article itself (a blog that puts <main> inside <header>, a hero <header> with the <h1> over the story).
const ARTICLE_TAGS = new Set(['H1', 'MAIN', 'ARTICLE']);
// A landmark holding this share of the page's text is taken as content, not furniture: a page whose story sits in a
// mis-used <aside> or <nav> (a list page written as one big <nav>) keeps it.
const MAX_PAGE_SHARE = 0.3;

// A walk, not querySelector('h1, main, article, [role=main]'): on jsdom that query cost 8 ms for the seed's five landmarks.
function holdsArticle(landmark: Element): boolean {
  for (const el of elementsBelow(landmark)) {
    if (ARTICLE_TAGS.has(el.tagName)) return true;
    if (el.hasAttributes()) {
      const role = el.getAttribute('role');
      if (role && SECTIONING_ROLES.has(role)) return true;
    }
  }
  return false;
}

// The same landmarks written as ARIA roles (themes older than HTML5's elements): navigation and complementary as <nav>
// and <aside>, banner and contentinfo as the page's <header> and <footer>. Read on the tags that carry them (on WCXB:
// 496 <div>, 15 <section>, 8 <ul>, a handful of others), not on every element of the walk.
const NAV_ROLES = new Set(['navigation', 'complementary']);
const PAGE_ROLES = new Set(['banner', 'contentinfo']);
const ROLE_TAGS = new Set(['DIV', 'SECTION', 'UL']);

/** Whether el is one of the page's own landmarks (navigation, aside, the page-wide header or footer). */
export function isPageLandmark(el: Element, tag: string): boolean {
  if (tag === 'NAV' || tag === 'ASIDE') return true;
  const role = ROLE_TAGS.has(tag) && el.hasAttributes() ? el.getAttribute('role') : null;
  if (role && NAV_ROLES.has(role)) return true;
  if (tag !== 'HEADER' && tag !== 'FOOTER' && !(role && PAGE_ROLES.has(role))) return false;
  for (let p = el.parentElement; p; p = p.parentElement) {
    if (SECTIONING.has(p.tagName)) return false;
    const role = p.getAttribute('role');
    if (role && SECTIONING_ROLES.has(role)) return false;
  }
  return true;
}

/** Remove the page's navigation, asides, banner and page footer from root. Returns what went. */
export function removePageLandmarks(root: Element): RemovedBlock[] {
  const removed: RemovedBlock[] = [];
  // The page's length before this pass, read at the first landmark met (nothing is removed before it): a page without
  // one is spared root.textContent, a walk of the whole page.
  let pageChars = 0;
  let skipInside: Element | null = null;
  for (const el of elementsBelow(root)) {
    if (skipInside && skipInside.contains(el)) continue;
    skipInside = null;
    if (!isPageLandmark(el, el.tagName) || holdsArticle(el)) continue;
    pageChars ||= (root.textContent ?? '').length || 1;
    if ((el.textContent ?? '').length / pageChars > MAX_PAGE_SHARE) continue;
    const shown = spacedText(el);
    if (shown) removed.push({ kind: 'landmark', text: shown.length > 300 ? `${shown.slice(0, 300)}…` : shown });
    el.remove();
    skipInside = el;
  }
  return removed;
}
