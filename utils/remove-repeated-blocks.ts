/**
 * Repeated blocks: text that a page shows two or more times (masthead, staff credits, slogans, share rows,
 * a headline repeated in a sticky header) is page furniture, not article. One pass over the leaf text blocks
 * with a Map from normalised text to its occurrences: linear in the size of the page.
 */
import type { RemovedBlock } from './article';
import { collectTextBlocks, type TextBlock } from './text-blocks';
import { normalizeText } from './normalize-text';

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

/** Remove every block whose normalised text occurs two or more times under root. Returns what went. */
export function removeRepeatedBlocks(root: Element, blocks: TextBlock[] = collectTextBlocks(root)): RemovedBlock[] {
  const byKey = new Map<string, TextBlock[]>();
  let proseChars = 0;
  for (const block of blocks) {
    if (!root.contains(block.element)) continue;
    if (block.text.length >= PROSE_CHARS) proseChars += block.text.length;
    if (!block.key) continue;
    const list = byKey.get(block.key);
    if (list) list.push(block);
    else byKey.set(block.key, [block]);
  }

  const groups: TextBlock[][] = [];
  let repeatedProse = 0;
  for (const [key, list] of byKey) {
    if (list.length < 2 || key.length > MAX_REPEATED_CHARS) continue;
    // Table cells repeat by design (a header row printed on every page, "Yes"/"No" columns), and code repeats lines.
    const inPlace = list.filter((b) => !b.element.closest('table, pre, code'));
    if (inPlace.length < 2) continue;
    if (isRefrain(inPlace, byKey)) continue;
    groups.push(inPlace);
    for (const b of inPlace) if (b.text.length >= PROSE_CHARS) repeatedProse += b.text.length;
  }
  if (repeatedProse > 0 && repeatedProse / proseChars > MAX_REPEATED_SHARE) return [];

  const removed: RemovedBlock[] = [];
  for (const group of groups) {
    for (const b of group) b.element.remove();
    removed.push({ kind: 'repeated', text: group[0].text });
  }
  return removed;
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

