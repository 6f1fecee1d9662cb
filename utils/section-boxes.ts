/**
 * An article written in sections, each in a box of its own: <div class="sect1"><h2/><div class="sectionbody"><p/>…</div></div>
 * three or more times over (Asciidoctor's output; page builders' "section" boxes). Readability scores each box apart
 * and takes the best one; the article's other sections are not its siblings' kind of text, so they stay out: a
 * rustc_codegen_gcc progress report (WCXB 0389) showed only its last section, "Thanks for your support". The boxes
 * are taken apart before Readability runs (each replaced by what it holds), so the sections' paragraphs share one
 * parent and Readability weighs them as one text. What the reader shows is the same HTML without the wrappers.
 */
import { DOCUMENT_POSITION_FOLLOWING, byTag, linkTextLength, PROSE_MAX_LINK_SHARE } from './text-blocks';

// Three sections at least: two boxes of a kind are as often a pair of panels.
const MIN_SECTIONS = 3;
// The sections hold most of their container's text (the rest is its title, a note, a closing line).
const MIN_SHARE = 0.6;
// Together they are an article's worth of prose.
const MIN_CHARS = 1000;
const HEADINGS = new Set(['H2', 'H3', 'H4']);

/** Whether a box opens with a section heading. */
function opensWithHeading(box: Element): boolean {
  const first = box.firstElementChild;
  return first !== null && HEADINGS.has(first.tagName);
}

/**
 * The elements that may hold section boxes, in document order: the parents of boxes that open with a section heading.
 * Found from the headings (getElementsByTagName, cheap on jsdom), not by a walk of every element, which cost this
 * pass 2.8% of the pipeline's time on Mozilla's corpus (now 1.3%).
 */
function sectionContainers(body: Element): Element[] {
  const containers = new Set<Element>();
  for (const tag of ['h2', 'h3', 'h4']) {
    for (const heading of byTag(body, tag)) {
      const box = heading.parentElement;
      // Containers below the body only, as the pass has always looked.
      const container = box && box !== body && box.firstElementChild === heading ? box.parentElement : null;
      if (container && container !== body) containers.add(container);
    }
  }
  return [...containers].sort((a, b) => (a.compareDocumentPosition(b) & DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

/** Take apart the boxes of an article written in sections; returns how many boxes it took apart. */
export function unwrapSectionBoxes(body: Element): number {
  let unwrapped = 0;
  for (const container of sectionContainers(body)) {
    if (container.childElementCount < MIN_SECTIONS || !container.isConnected) continue;
    const groups = new Map<string, Element[]>();
    for (let child = container.firstElementChild; child; child = child.nextElementSibling) {
      if (!opensWithHeading(child)) continue;
      const cls = child.getAttribute('class') ?? '';
      if (!cls && child.tagName !== 'SECTION') continue;
      const key = `${child.tagName} ${cls}`;
      const group = groups.get(key);
      if (group) group.push(child);
      else groups.set(key, [child]);
    }
    for (const boxes of groups.values()) {
      if (boxes.length < MIN_SECTIONS) continue;
      const chars = boxes.reduce((n, box) => n + (box.textContent ?? '').trim().length, 0);
      if (chars < MIN_CHARS || chars < MIN_SHARE * (container.textContent ?? '').trim().length) continue;
      // Prose's share of links, not a grid of teaser cards, whose headings are links.
      if (boxes.reduce((n, box) => n + linkTextLength(box), 0) > PROSE_MAX_LINK_SHARE * chars) continue;
      for (const box of boxes) box.replaceWith(...Array.from(box.childNodes));
      unwrapped += boxes.length;
    }
  }
  return unwrapped;
}
