import { describe, expect, it } from 'vitest';
import { collectTextBlocks, spacedText } from './text-blocks';
import { divWith } from './html-fixture';

describe('collectTextBlocks', () => {
  it('finds the leaf blocks in document order, with their text spaced and normalised', () => {
    const root = divWith('<div><p>One <b>bold</b></p><div><span>رئيس التحرير</span><span>أحمــد</span></div></div><ul><li>Three</li></ul><script>x</script>');
    const blocks = collectTextBlocks(root);
    expect(blocks.map((b) => b.text)).toEqual(['One bold', 'رئيس التحرير أحمــد', 'Three']);
    expect(blocks[1].key).toBe('رئيس التحرير احمد');
    expect(collectTextBlocks(root, false).map((b) => b.key)).toEqual(['', '', '']);
  });

  it('stops at the limit, with the first blocks', () => {
    const root = divWith('<p>One</p><div><p>Two</p><p>Three</p></div><p>Four</p>');
    expect(collectTextBlocks(root, false, 2).map((b) => b.text)).toEqual(['One', 'Two']);
    expect(collectTextBlocks(root, false, 3).map((b) => b.text)).toEqual(['One', 'Two', 'Three']);
  });

  it('spaces the text of adjacent inline elements', () => {
    expect(spacedText(divWith('<span>a</span><span>b</span>'))).toBe('a b');
  });
});
