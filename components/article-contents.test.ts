import { describe, expect, it } from 'vitest';
import { contentsOf, currentEntry } from './article-contents';

function fragment(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

describe('article contents', () => {
  it('lists h2 sections and their h3 parts in order, skipping empty headings', () => {
    const entries = contentsOf(fragment('<h2>One</h2><p>a</p><h3>One, part</h3><h2> </h2><h2>Two</h2><h4>Pros</h4><h2>Three</h2>'));
    expect(entries.map((e) => [e.text, e.level])).toEqual([['One', 2], ['One, part', 3], ['Two', 2], ['Three', 2]]);
  });

  it('takes h3s as the sections of an article that has no h2, and gives nothing for fewer than four', () => {
    expect(contentsOf(fragment('<h3>A</h3><h3>B</h3><h3>C</h3><h3>D</h3>')).map((e) => e.level)).toEqual([2, 2, 2, 2]);
    expect(contentsOf(fragment('<h2>A</h2><h3>A.1</h3><h2>B</h2>'))).toEqual([]);
    expect(contentsOf(fragment('<p>No headings.</p>'))).toEqual([]);
  });

  it('marks the last section whose heading is at or above the top of the reader, none before the first', () => {
    const entries = contentsOf(fragment('<h2>A</h2><h2>B</h2><h2>C</h2><h2>D</h2>'));
    const tops = [-400, 30, 600, 900];
    entries.forEach((entry, i) => (entry.heading.getBoundingClientRect = () => ({ top: tops[i] }) as DOMRect));
    const scroller = document.createElement('div');
    scroller.getBoundingClientRect = () => ({ top: 50 }) as DOMRect;
    expect(currentEntry(entries, scroller)).toBe(1);
    tops.splice(0, 4, 200, 400, 600, 900);
    expect(currentEntry(entries, scroller)).toBe(-1);
    expect(currentEntry(entries, null)).toBe(-1);
  });
});
