/**
 * Class names that say how a box is laid out, not what it holds, taken off before Readability reads class names.
 *
 * Readability weighs a box by its class and id: a name with "hidden" or "scroll" in it counts 25 against (its
 * `negative` pattern, meant for "hidden-ad", "scroll-ticker"), and its conditional clean-up drops any div, list, table
 * or form whose weight is below zero, whatever it holds. Utility-class CSS (Tailwind and its kin) names layout, so "overflow-hidden" clips a card's rounded corners
 * and "scroll-mt-20" keeps a heading clear of a sticky header when a link scrolls to it: boxes of the article. On
 * alternativeto.net (WCXB 2976), each app's description sat in a "col-span-2 overflow-hidden" box, and neither
 * Readability nor Qari showed one of them. Only these layout names go; "hidden" alone and "md:hidden" (display: none,
 * at a screen size) say the box is not shown and stay.
 */

// overflow-hidden, overflow-x-scroll, md:overflow-y-hidden; scroll-mt-20, scroll-pt-4, scroll-smooth, scroll-auto; and
// so with a prefix of the site's own (tw-overflow-hidden, hx-scroll-mt-8), as utility CSS lets a site add.
const LAYOUT_CLASS = /(?:^|[-:])(?:overflow(?:-[xy])?-(?:hidden|scroll)|scroll-(?:[mp][trblxyse]?-\S+|smooth|auto))$/;

/** Takes the layout class names above off every element below `root` (on a clone: the page is never changed). */
export function dropLayoutClasses(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('[class*="hidden"], [class*="scroll"]'))) {
    const names = el.getAttribute('class')!.split(/\s+/);
    const kept = names.filter((name) => !LAYOUT_CLASS.test(name));
    if (kept.length !== names.length) el.setAttribute('class', kept.join(' '));
  }
}
