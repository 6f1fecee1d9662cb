/**
 * Repeated blocks: text that a page shows two or more times (masthead, staff credits, slogans, share rows,
 * a headline repeated in a sticky header) is page furniture, not article. One pass over the leaf text blocks
 * with a Map from normalised text to its occurrences: linear in the size of the page.
 */
import type { RemovedBlock } from './article';
import { blocksByKey, closestNamed, collectTextBlocks, linkTextLength, PROSE_MAX_LINK_SHARE, type TextBlock } from './text-blocks';
import { normalizeText } from './normalize-text';
import { isPageLandmark } from './remove-page-landmarks';

// Boilerplate lines are short; a repeated block longer than this is prose the page prints twice
// (a print copy, a "lead" echoed in a teaser), and removing both copies would lose article text.
const MAX_REPEATED_CHARS = 200;
// When repeated paragraphs hold more than this share of the page's prose, the page renders its whole body twice
// (desktop and mobile copies): the article repeats, not its furniture, so the pass leaves the page alone.
const MAX_REPEATED_SHARE = 0.4;
// Prose, for that share: blocks of at least this many characters (a sentence); short repeated lines are furniture.
const PROSE_CHARS = 80;
// A refrain is separated from its next occurrence by at least one unique line of at least this many characters.
const MIN_REFRAIN_GAP_CHARS = 20;
// The prose root is the smallest element holding this share of the page's prose: the article body, as a first guess.
const PROSE_ROOT_SHARE = 0.6;
const TABLE_OR_CODE = new Set(['table', 'pre', 'code']);
const LINK = new Set(['a']);

/** Remove every block whose normalised text occurs two or more times under root. Returns what went. */
export function removeRepeatedBlocks(root: Element, blocks: TextBlock[] = collectTextBlocks(root)): RemovedBlock[] {
  const present = blocks.filter((b) => root.contains(b.element));
  const byKey = blocksByKey(present);
  let proseChars = 0;
  for (const block of present) if (block.text.length >= PROSE_CHARS) proseChars += block.text.length;

  // Sentence-long blocks with few links, found once: they place the article body and mark posts as posts.
  const prose = blocks.filter((b) => b.text.length >= PROSE_CHARS && root.contains(b.element) && linkShare(b.element, b.text.length) <= PROSE_MAX_LINK_SHARE);
  const proseRoot = findProseRoot(prose, root);
  const indexOf = new Map<TextBlock, number>();
  blocks.forEach((b, i) => indexOf.set(b, i));

  const groups: TextBlock[][] = [];
  const indexes = new IndexLists(blocks);
  const templates = new TemplateLabels(present);
  const itemsWithProse = articlesWithProse(prose);
  let repeatedProse = 0;
  for (const [key, list] of byKey) {
    if (list.length < 2 || key.length > MAX_REPEATED_CHARS) continue;
    // Table cells repeat by design (a header row printed on every page, "Yes"/"No" columns), and code repeats lines,
    // and so does the header of each code sample (MDN's "js" over every example, which WCXB counts as the page's text).
    const inPlace = list.filter((b) => !closestNamed(b.element, TABLE_OR_CODE) && !isCodeHeader(b));
    if (inPlace.length < 2) continue;
    if (isRefrain(inPlace, byKey)) continue;
    if (inPlace.every(isStep)) continue;
    if (isSectionLabel(inPlace, proseRoot, blocks, indexOf, byKey)) continue;
    if (isItemLabel(inPlace, itemsWithProse)) continue;
    // A card printed twice keeps its first copy; a section heading stays wherever the page lists it again (a local
    // table of contents, a sidebar), and the list entries go. A field name over its own value and an index entry stay.
    const copies = (isCardDouble(inPlace, indexOf) ? inPlace.slice(1) : copiesOutsideContent(inPlace, proseRoot, templates))
      .filter((b) => !headsOwnSection(b, blocks, indexOf, byKey) && !namesItsValue(b, blocks, indexOf, byKey) && !indexes.isEntry(b));
    if (!copies.length) continue;
    groups.push(copies);
    for (const b of copies) if (b.text.length >= PROSE_CHARS) repeatedProse += b.text.length;
  }
  if (repeatedProse > 0 && repeatedProse / proseChars > MAX_REPEATED_SHARE) return [];

  const removed: RemovedBlock[] = [];
  for (const group of groups) {
    for (const b of group) b.element.remove();
    removed.push({ kind: 'repeated', text: group[0].text });
  }
  return removed;
}

// A section's own text: a line at least this long (a step, a sentence) that the page prints once.
const MIN_SECTION_TEXT_CHARS = 20;
// The section's text follows its heading closely: its first few blocks are enough to look at.
const SECTION_LOOKAHEAD = 8;

/**
 * A heading that opens its own section: the first block of its parent, followed there by text of its own (printed
 * once on the page, few links). A tutorial gives the same title to several of its sections (Rhino's headphones
 * tutorial has seven "Reset the view" steps, each over its own instructions) and Sphinx gives two sections one title
 * ("Inspecting queues" under RabbitMQ and under Redis, both listed in the local contents). Furniture headings head
 * furniture: "Share this:" over share buttons, "Company" over footer links, which repeat or are all link.
 */
function headsOwnSection(b: TextBlock, blocks: TextBlock[], indexOf: Map<TextBlock, number>, byKey: Map<string, TextBlock[]>): boolean {
  const el = b.element;
  const section = el.parentElement;
  if (!/^H[1-6]$/.test(el.tagName) || !section) return false;
  // First in its section by text: an empty anchor (<span id>) may come before it, as Sphinx writes.
  const start = indexOf.get(b) ?? -1;
  if (start < 0 || (start > 0 && section.contains(blocks[start - 1].element))) return false;
  for (let i = start + 1; i < blocks.length && i <= start + SECTION_LOOKAHEAD; i++) {
    const next = blocks[i];
    if (!section.contains(next.element)) return false;
    if (HEADING_TAGS.test(next.element.tagName) || next.text.length < MIN_SECTION_TEXT_CHARS) continue;
    if ((byKey.get(next.key)?.length ?? 0) < 2 && linkShare(next.element, next.text.length) <= PROSE_MAX_LINK_SHARE) return true;
  }
  return false;
}

/**
 * The term of a definition whose description is its own: a field name over a value the page prints once (Sphinx's
 * "signature:" over each event's signature in Celery's event reference, thirty of them). The name belongs to its
 * value; a term printed twice over the same value (a contact box in header and footer) goes with its value.
 */
function namesItsValue(b: TextBlock, blocks: TextBlock[], indexOf: Map<TextBlock, number>, byKey: Map<string, TextBlock[]>): boolean {
  const term = b.element;
  const description = term.nextElementSibling;
  if (term.tagName !== 'DT' || description?.tagName !== 'DD') return false;
  const next = blocks[(indexOf.get(b) ?? -2) + 1];
  return !!next && description.contains(next.element) && (byKey.get(next.key)?.length ?? 0) < 2;
}

// An index is a list of names the page prints once each: at least this many items, at least this share of them unique.
// A menu that the body repeats has its entries in the page's header too; Wikipedia's list of programming languages
// has "C", "C*" and "Go!" among hundreds of names that appear nowhere else.
const MIN_INDEX_ITEMS = 6;
const INDEX_UNIQUE_SHARE = 0.5;

/**
 * Entries of an index: items of a list whose items are mostly printed once on the page. Such an entry is the page's
 * own text even when its name matches a heading or another entry ("C" is both a section letter and a language; "Go!"
 * normalises to "Go"). Each list is measured once, and only when one of its items repeats.
 */
class IndexLists {
  private blockOf: Map<Element, TextBlock> | null = null;
  private textCounts: Map<string, number> | null = null;
  private verdicts = new Map<Element, boolean>();

  constructor(private blocks: TextBlock[]) {}

  isEntry(b: TextBlock): boolean {
    const list = listItemOf(b.element)?.parentElement;
    if (!list) return false;
    let verdict = this.verdicts.get(list);
    if (verdict === undefined) {
      verdict = this.isIndex(list);
      this.verdicts.set(list, verdict);
    }
    return verdict;
  }

  private isIndex(list: Element): boolean {
    if (!this.blockOf || !this.textCounts) {
      this.blockOf = new Map();
      this.textCounts = new Map();
      for (const b of this.blocks) {
        this.blockOf.set(b.element, b);
        this.textCounts.set(b.text, (this.textCounts.get(b.text) ?? 0) + 1);
      }
    }
    let items = 0;
    let unique = 0;
    for (let li = list.firstElementChild; li; li = li.nextElementSibling) {
      if (li.tagName !== 'LI') continue;
      items++;
      const block = this.blockOf.get(li) ?? (li.firstElementChild ? this.blockOf.get(li.firstElementChild) : undefined);
      // Names as written: "C++" and "C--" are two names, though both normalise to "c".
      if (block && (this.textCounts.get(block.text) ?? 0) < 2) unique++;
    }
    return items >= MIN_INDEX_ITEMS && unique >= INDEX_UNIQUE_SHARE * items;
  }
}

// A card is small: its copies of one text lie within this many leaf blocks of each other (Eventbrite's event card
// prints its title, date and price once for phones and once for desktops: four blocks apart).
const MAX_CARD_SPAN = 10;
// A grid has at least this many cards side by side; two same-classed boxes may be a page's header and footer.
const MIN_GRID_CARDS = 3;

/**
 * A card that prints its own text twice: every copy sits inside one small box (the card) that stands in a row of boxes
 * of the same tag and class (the grid), whose other cards hold other texts. Eventbrite prints each event's title
 * once in a phone layout and once in a desktop layout of the same card, and Ahrefs' guide each chapter's summary;
 * removing both copies left those grids without their titles. The reader shows the card's text once. A masthead
 * printed twice fails: its copies sit far apart (header and footer) under the page, not inside one card of a row.
 */
function isCardDouble(list: TextBlock[], indexOf: Map<TextBlock, number>): boolean {
  const first = indexOf.get(list[0]) ?? -1;
  const last = indexOf.get(list[list.length - 1]) ?? -1;
  if (first < 0 || last - first > MAX_CARD_SPAN) return false;
  let card: Element | null = list[0].element.parentElement;
  while (card && !list.every((b) => card!.contains(b.element))) card = card.parentElement;
  // Two layouts of one card differ (a phone box and a desktop box); two items of one list share a tag and class, and
  // their common label ("Add to cart") is the list's furniture.
  const firstLayout = childHolding(card, list[0].element);
  const lastLayout = childHolding(card, list[list.length - 1].element);
  if (!firstLayout || !lastLayout || (firstLayout.tagName === lastLayout.tagName && firstLayout.getAttribute('class') === lastLayout.getAttribute('class'))) return false;
  // Wrappers with one child are the card still: climb to the box that has siblings.
  while (card?.parentElement && card.parentElement.childElementCount === 1) card = card.parentElement;
  const grid = card?.parentElement;
  if (!card || !grid || grid.childElementCount < MIN_GRID_CARDS || card.tagName === 'BODY') return false;
  const tag = card.tagName;
  const cls = card.getAttribute('class') ?? '';
  let same = 0;
  for (let sib = grid.firstElementChild; sib && same < MIN_GRID_CARDS; sib = sib.nextElementSibling) {
    if (sib.tagName === tag && (sib.getAttribute('class') ?? '') === cls) same++;
  }
  return same >= MIN_GRID_CARDS;
}

/** The list item a block is or sits directly in (a block is the <li> itself, or a <p> or <div> inside it). */
function listItemOf(el: Element): Element | null {
  return el.tagName === 'LI' ? el : el.parentElement?.tagName === 'LI' ? el.parentElement : null;
}

/** The child of parent that holds el (or is el). */
function childHolding(parent: Element | null, el: Element): Element | null {
  let node: Element | null = el;
  while (node && node.parentElement !== parent) node = node.parentElement;
  return node;
}

/**
 * The smallest element that holds most of the page's prose (sentence-long blocks with few links): where the article
 * body is, before Readability has looked. One walk up from each prose block, adding its length to every ancestor.
 */
function findProseRoot(prose: TextBlock[], root: Element): Element | null {
  const chars = new Map<Element, number>();
  let total = 0;
  for (const b of prose) {
    total += b.text.length;
    for (let el: Element | null = b.element; el && el !== root; el = el.parentElement) chars.set(el, (chars.get(el) ?? 0) + b.text.length);
  }
  let best: Element | null = null;
  let bestChars = Infinity;
  for (const [el, n] of chars) {
    if (n >= PROSE_ROOT_SHARE * total && n < bestChars) {
      best = el;
      bestChars = n;
    }
  }
  return best;
}

/**
 * The copies of a repeated block to remove. A heading or a sentence of the article body that the page prints again
 * elsewhere (a documentation page's table of contents lists every section heading; a guide's chapter summaries
 * repeated in a sidebar) keeps its copy in the prose root and loses only the copies outside it. Furniture never
 * qualifies: mastheads, slogans, share rows and menus are short lines that are neither headings nor sentences, or
 * have no copy inside the prose root at all.
 */
function copiesOutsideContent(list: TextBlock[], proseRoot: Element | null, templates: TemplateLabels): TextBlock[] {
  if (!proseRoot) return list;
  const outside = list.filter((b) => !proseRoot.contains(b.element));
  if (outside.length === list.length) return list;
  // The body's own contents list stays: an entry inside the body that links to its heading in the same page.
  const entries = list.filter((b) => !outside.includes(b) && isContentsEntryOf(b, list));
  if (outside.length === 0) {
    // Every copy inside the body: a sentence printed twice there is the page's responsive double (a mobile and a
    // desktop copy of a summary, one hidden by a media query): the reader shows it once, the first time.
    if (list[0].text.length >= PROSE_CHARS && isHeadingOrSentence(list[0])) return list.slice(1);
    // Text that legitimately repeats inside the article body stays: a product's name and its pros on its card and
    // again in the comparison table (WCXB 4859, recall .81 with them gone), a brand's tags ("organic cotton") under
    // each of forty brands (4113, .70). The rule tells them apart from furniture by where the copies sit: furniture
    // printed twice has a copy in the page's chrome (menus, header, footer, sidebar), outside the body, and goes
    // below. The page's own landmarks are chrome even when the prose root falls inside one (Famous Footwear's
    // <footer> holds its SEO copy and a rewards sheet, whose "Offers" and "Credit Card" links then won Readability
    // over the page, WCXB collection 4190). Inside the body only a template's constant label goes, the chip every
    // card prints (see TemplateLabels).
    if (!list.some((b) => inPageChrome(b.element)) && !templates.isConstantLabel(list)) return [];
    return entries.length ? list.filter((b) => !entries.includes(b)) : list;
  }
  // The body's own heading stays even when the body lists it again: a section's mini table of contents
  // (<ul><li><a href="#bloom-filter">) repeats each subsection's title, and Redis's data-types page lost all its
  // subsection headings with the list. Copies outside the body (a sidebar's contents) go.
  const kept = list.filter((b) => !outside.includes(b) && (isHeadingOrSentence(b) || entries.includes(b)));
  return kept.length ? list.filter((b) => !kept.includes(b)) : list;
}

// A template's label fills its slot on most cards: at least this share of the blocks of its tag and class say it.
// web.dev's course cards each carry a "Course" chip (eleven of them, in their own <div class>); 4113's brand tags sit
// in unclassed <h3>s among hundreds of other tags and names.
const CONSTANT_LABEL_SHARE = 0.5;

/**
 * The blocks of each tag and class, and how many of them say each text: a card template prints its label ("Course",
 * "Add to cart", "Sponsored") in the same element on every card, where a name or a tag is one text among many.
 * Counted once, when a repeated block inside the body first asks.
 */
class TemplateLabels {
  private bySlot: Map<string, number> | null = null;
  private byText: Map<string, number> | null = null;

  constructor(private blocks: TextBlock[]) {}

  isConstantLabel(list: TextBlock[]): boolean {
    // A label is a word: a lone letter or mark is a separator, or a paragraph its editor left holding only a joiner
    // (4859's twenty-nine <p>&zwj;</p> between its sections, which WCXB keeps as text).
    if (!LABEL_WORD.test(list[0].key)) return false;
    const slot = slotOf(list[0].element);
    if (list.some((b) => slotOf(b.element) !== slot)) return false;
    if (!this.bySlot || !this.byText) {
      this.bySlot = new Map();
      this.byText = new Map();
      for (const b of this.blocks) {
        const s = slotOf(b.element);
        this.bySlot.set(s, (this.bySlot.get(s) ?? 0) + 1);
        this.byText.set(`${s}\n${b.key}`, (this.byText.get(`${s}\n${b.key}`) ?? 0) + 1);
      }
    }
    const all = this.bySlot.get(slot) ?? 0;
    return all > 0 && (this.byText.get(`${slot}\n${list[0].key}`) ?? 0) >= CONSTANT_LABEL_SHARE * all;
  }
}

const LABEL_WORD = /[\p{L}\p{N}]{2}/u;

/** Whether el sits in one of the page's landmarks: its navigation, an aside, the page-wide header or footer. */
function inPageChrome(el: Element): boolean {
  for (let p: Element | null = el; p; p = p.parentElement) if (isPageLandmark(p, p.tagName)) return true;
  return false;
}

function slotOf(el: Element): string {
  return `${el.tagName} ${el.getAttribute('class') ?? ''}`;
}

// A contents entry is all link; a little slack for the spaces that spacedText puts between inline elements.
const CONTENTS_LINK_SHARE = 0.9;

/**
 * An entry of the body's own table of contents: a list item that is one in-page link to a heading of the same text
 * (Redis's <li><a href="#bloom-filter">Bloom filter</a> over its subsections, Sphinx's local contents, React's "On
 * this page" list inside the article). WCXB counts those lists as the page's text; a "Back to top" link or a menu
 * entry leads to no heading that says what it says.
 */
function isContentsEntryOf(b: TextBlock, list: TextBlock[]): boolean {
  const el = b.element;
  if (!listItemOf(el)) return false;
  const links = el.getElementsByTagName('a');
  const link = closestNamed(el, LINK) ?? (links.length === 1 ? links[0] : null);
  const href = link?.getAttribute('href') ?? '';
  if (!href.startsWith('#') || href.length < 2 || linkShare(el, b.text.length) < CONTENTS_LINK_SHARE) return false;
  let target: Element | null = null;
  try {
    target = el.ownerDocument.getElementById(decodeURIComponent(href.slice(1)));
  } catch {
    return false;
  }
  return !!target && list.some((h) => h !== b && HEADING_TAGS.test(h.element.tagName) && (target.contains(h.element) || h.element.contains(target)));
}

// A step reads as an instruction: a few words ending as a sentence ("Press the Delete key.", "On the Edit menu, click Join.").
const STEP_RE = /[.!?:…]$/;
const MIN_STEP_WORDS = 3;

/**
 * A step of a procedure: a sentence that is an item of an ordered list (<ol><li>, or <ol><li><p>). A tutorial repeats
 * steps from one procedure to the next (Rhino's headphones tutorial says "Press the Delete key." and "On the Solid
 * menu, click Pipe." in several of its sections); menus, share rows and mastheads are never numbered sentences.
 */
function isStep(b: TextBlock): boolean {
  const el = b.element;
  const item = el.tagName === 'LI' ? el : el.parentElement?.tagName === 'LI' ? el.parentElement : null;
  if (item?.parentElement?.tagName !== 'OL' || !STEP_RE.test(b.text)) return false;
  return b.text.split(' ').length >= MIN_STEP_WORDS && linkShare(el, b.text.length) <= PROSE_MAX_LINK_SHARE;
}

/**
 * The label over a code sample: one word (its language, its file name) in the block right before a <pre>. A longer
 * line there is a control ("Code: Select all" over every forum post's code), which goes as before.
 */
function isCodeHeader(b: TextBlock): boolean {
  return !b.text.includes(' ') && b.element.nextElementSibling?.tagName === 'PRE';
}

function isHeadingOrSentence(b: TextBlock): boolean {
  // A heading may be all link: documentation links each section title to itself (<h2 id="x"><a href="#x">).
  // A definition list's term heads its definition: API references name each member so (<dt><a><code>close</code>),
  // and list the same names in their sidebar (MDN's WebSocket page lost its constructor and its four events).
  if (HEADING_TAGS.test(b.element.tagName)) return true;
  return b.text.length >= PROSE_CHARS && linkShare(b.element, b.text.length) <= PROSE_MAX_LINK_SHARE;
}
const HEADING_TAGS = /^(?:H[1-6]|DT)$/;

function linkShare(el: Element, length: number): number {
  const linked = closestNamed(el, LINK) ? length : linkTextLength(el);
  return linked / Math.max(1, length);
}

/**
 * A label the article itself repeats ("Pros", "Cons", "Buying options:", "Snacks:" over each section of a guide): every
 * occurrence sits inside the prose root, and unique prose lies between each occurrence and the next. A masthead
 * printed twice fails both ways: its copies sit in the header and footer, or back to back with nothing between.
 */
function isSectionLabel(list: TextBlock[], proseRoot: Element | null, blocks: TextBlock[], indexOf: Map<TextBlock, number>, byKey: Map<string, TextBlock[]>): boolean {
  if (!proseRoot || list.some((b) => !proseRoot.contains(b.element))) return false;
  const positions = list.map((b) => indexOf.get(b) ?? -1).sort((a, b) => a - b);
  for (let k = 1; k < positions.length; k++) {
    let prose = false;
    for (let i = positions[k - 1] + 1; i < positions[k] && !prose; i++) {
      const b = blocks[i];
      if (b.text.length >= PROSE_CHARS && (byKey.get(b.key)?.length ?? 0) < 2) prose = true;
    }
    if (!prose) return false;
  }
  return true;
}

/**
 * How a refrain (a chorus in a poem, "Q:"-style labels in an interview) differs from repeated furniture: its
 * occurrences are siblings under one parent with unique text of their own between each pair. Copies of a
 * masthead sit in different parts of the page (header and footer, desktop and mobile menus) or back to back
 * with only other repeated lines between them.
 */
function isRefrain(list: TextBlock[], byKey: Map<string, TextBlock[]>): boolean {
  const parent = list[0].element.parentElement;
  if (!parent || list.some((b) => b.element.parentElement !== parent)) return false;
  const occurrences = new Set(list.map((b) => b.element));
  let seen = 0;
  let gapHasUniqueText = false;
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
    if (occurrences.has(child)) {
      if (seen > 0 && !gapHasUniqueText) return false;
      seen++;
      gapHasUniqueText = false;
      continue;
    }
    if (seen === 0 || gapHasUniqueText) continue;
    const text = child.textContent ?? '';
    if (text.trim().length < MIN_REFRAIN_GAP_CHARS) continue;
    // Unique if no leaf block with exactly this text repeats; a wrapper element counts by its own text.
    const twins = byKey.get(normalizeText(text));
    if (!twins || twins.length < 2) gapHasUniqueText = true;
  }
  return true;
}


/**
 * Labels of the items of one list: every copy sits in its own <article> (a forum post, a comment, a review), and those
 * articles are siblings. A post's author, its date and its number repeat because the same person posts twice in a
 * thread; they belong to each post. Furniture printed twice sits in the page's header and footer, not in articles.
 */
function isItemLabel(list: TextBlock[], itemsWithProse: Set<Element>): boolean {
  let parent: Element | null | undefined;
  const items = new Set<Element>();
  let withProse = 0;
  for (const b of list) {
    const item = outermostArticle(b.element);
    if (!item) return false;
    // One post may print a label twice: its author's join date beside its own date, both "Apr 12, 2024" (WCXB 0524,
    // where removing them made Readability keep one post of five).
    if (items.has(item)) continue;
    if (parent === undefined) parent = item.parentElement;
    else if (item.parentElement !== parent) return false;
    items.add(item);
    if (itemsWithProse.has(item)) withProse++;
  }
  // A thread has sentences in at least one of those posts; product and teaser cards (a name, a price, an "Add to
  // cart" label) have none, and their repeated labels are furniture.
  return items.size >= 2 && withProse > 0;
}

/** The outermost <article> elements that hold one of the prose blocks. */
function articlesWithProse(prose: TextBlock[]): Set<Element> {
  const out = new Set<Element>();
  for (const b of prose) {
    const item = outermostArticle(b.element);
    if (item) out.add(item);
  }
  return out;
}

function outermostArticle(el: Element): Element | null {
  let found: Element | null = null;
  for (let p: Element | null = el; p; p = p.parentElement) if (p.tagName === 'ARTICLE') found = p;
  return found;
}
