/**
 * Class names Readability would read as a verdict on a box, where the page meant something else, taken off before
 * Readability runs (on the clone: the page is never changed).
 *
 * Layout names. Readability weighs a box by its class and id: a name with "hidden" or "scroll" in it counts 25 against
 * (its `negative` pattern, meant for "hidden-ad", "scroll-ticker"), and its conditional clean-up drops any div, list,
 * table or form whose weight is below zero, whatever it holds. Utility-class CSS (Tailwind and its kin) names layout,
 * so "overflow-hidden" clips a card's rounded corners and "scroll-mt-20" keeps a heading clear of a sticky header when
 * a link scrolls to it: boxes of the article. On alternativeto.net (WCXB 2976), each app's description sat in a
 * "col-span-2 overflow-hidden" box, and neither Readability nor Qari showed one of them. Only these layout names go;
 * "hidden" alone and "md:hidden" (display: none, at a screen size) say the box is not shown and stay.
 *
 * A heading's "header". Before it scores anything, Readability removes every element whose class says "header" (its
 * `unlikelyCandidates`, meant for the page's header), headings included; but pages name their headings so: "section-
 * header", rustdoc's "code-header" on every item of an API, Substack's "header-anchor-post" on every heading of a post.
 * The reader showed those sections without their headings. On an h2 to h6 such a name goes; a heading's other names
 * ("footer-title", "menu-heading", "related-header") still count, and the page's own header is a <header> or a box.
 */

import { UNLIKELY_CANDIDATES } from './readerable';
import { elementsBelow, SUBHEADING_TAGS } from './text-blocks';

// overflow-hidden, overflow-x-scroll, md:overflow-y-hidden; scroll-mt-20, scroll-pt-4, scroll-smooth, scroll-auto; and
// so with a prefix of the site's own (tw-overflow-hidden, hx-scroll-mt-8), as utility CSS lets a site add.
const LAYOUT_CLASS = /(?:^|[-:])(?:overflow(?:-[xy])?-(?:hidden|scroll)|scroll-(?:[mp][trblxyse]?-\S+|smooth|auto))$/;
// A heading's name with "header" in it and nothing else Readability reads as unlikely ("related-header" keeps its word).
const HEADER = /header/gi;

/** Takes the names above off the elements below `root`. */
export function dropMisleadingClassNames(root: Element): void {
  // One walk reading each element's class, not two querySelectorAll calls: on jsdom an attribute-substring selector
  // cost this pass 7 times the walk (1.6 s against 0.2 over 159 WCXB article pages, 2.7% of the pipeline's time).
  for (const el of elementsBelow(root)) {
    const names = el.getAttribute('class');
    if (!names) continue;
    if (names.includes('hidden') || names.includes('scroll')) dropNames(el, (name) => LAYOUT_CLASS.test(name));
    if (SUBHEADING_TAGS.has(el.tagName) && names.includes('eader')) dropNames(el, saysOnlyHeader);
  }
}

/** Whether the name says "header" and, without it, nothing Readability's unlikely pattern reads ("related-header"). */
function saysOnlyHeader(name: string): boolean {
  const rest = name.replace(HEADER, ' ');
  return rest !== name && !UNLIKELY_CANDIDATES.test(rest);
}

function dropNames(el: Element, drop: (name: string) => boolean): void {
  const names = el.getAttribute('class')!.split(/\s+/);
  const kept = names.filter((name) => !drop(name));
  if (kept.length !== names.length) el.setAttribute('class', kept.join(' '));
}
