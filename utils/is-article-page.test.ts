import { describe, expect, it } from 'vitest';
import { candidateShape, isTeaserList } from './is-article-page';

function el(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

const prose = (n: number) => Array.from({ length: n }, (_, i) => `<p>Paragraph ${i} is prose: the council voted on Tuesday to build a permanent barrier along the river, officials said, and <a href="/x">one link</a>.</p>`).join('');
const teasers = (n: number) => Array.from({ length: n }, (_, i) => `<li><a href="/n/${i}">Headline number ${i} about the news</a> <span>2 hours ago</span></li>`).join('');

describe('candidateShape and isTeaserList', () => {
  it('measures prose, links and teasers', () => {
    const shape = candidateShape(el(prose(3) + `<ul>${teasers(4)}</ul>`));
    expect(shape.items).toBe(7);
    expect(shape.linkedItems).toBe(4);
    expect(shape.proseChars).toBeGreaterThan(300);
    expect(shape.linkDensity).toBeGreaterThan(0);
  });

  it('calls an article an article, even with a related list at its end', () => {
    expect(isTeaserList(candidateShape(el(prose(8) + `<ul>${teasers(8)}</ul>`)))).toBe(false);
  });

  it('calls a list of headlines a list', () => {
    expect(isTeaserList(candidateShape(el(`<ul>${teasers(20)}</ul>`)))).toBe(true);
    expect(isTeaserList(candidateShape(el(prose(1) + `<ul>${teasers(12)}</ul>`)))).toBe(true);
  });

  it('needs less evidence when the page is not readerable', () => {
    const shape = candidateShape(el(prose(2) + `<ul>${teasers(4)}</ul>`));
    expect(isTeaserList(shape, true)).toBe(false);
    expect(isTeaserList(shape, false)).toBe(true);
  });

  it('calls an empty candidate no article', () => {
    expect(isTeaserList(candidateShape(el('')))).toBe(true);
  });
});
