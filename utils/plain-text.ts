/**
 * Plain text of HTML as a reader sees it: a line break between block elements, spaces collapsed inside them,
 * preformatted text keeping its line breaks. Used for textContent and by the extract command for both engines alike.
 */
import { BLOCK_TAGS, SKIP_TAGS } from './text-blocks';

// Table cells on one row stay on one line; rows are lines.
const LINE_TAGS = new Set([...BLOCK_TAGS, 'IMG', 'PICTURE', 'VIDEO', 'AUDIO'].filter((t) => t !== 'TD' && t !== 'TH'));

/** Block-aware plain text of a node's content. */
export function plainText(root: Node): string {
  const parts: string[] = [];
  walk(root, parts, false);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \t\f\r]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

function walk(node: Node, out: string[], pre: boolean): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      const text = child.nodeValue ?? '';
      out.push(pre ? text : text.replace(/\s+/g, ' '));
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag)) continue;
    if (tag === 'BR') {
      out.push('\n');
      continue;
    }
    const block = LINE_TAGS.has(tag);
    if (block) out.push('\n');
    if (tag === 'TD' || tag === 'TH') out.push(' ');
    walk(el, out, pre || tag === 'PRE');
    if (block) out.push('\n');
  }
}
