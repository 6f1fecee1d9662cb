import { describe, expect, it } from 'vitest';
import { removeResponsiveCopies } from './remove-responsive-copies';
import { collectTextBlocks } from './text-blocks';
import { divWith } from './html-fixture';

const PARAGRAPH =
  'Home remodeling in California is a significant investment, with costs varying widely by region, the scope of the project and the quality of the materials chosen; labour alone can be a third of the budget.';
const BODY = `<h2>How much does a remodel cost?</h2><p>${PARAGRAPH}</p><ul><li>Labor costs</li><li>Material quality</li></ul>`;

describe('removeResponsiveCopies', () => {
  it('keeps the first of a body rendered once per screen size, whole, and drops the other copies whole', () => {
    const root = divWith(
      `<main><div class="ssr-variant hidden-a" id="desktop">${BODY}</div><div class="ssr-variant hidden-b" id="tablet"><style>.x{}</style>${BODY}</div><div class="ssr-variant hidden-c" id="phone">${BODY}</div></main>`,
    );
    const removed = removeResponsiveCopies(root, collectTextBlocks(root));
    expect(removed).toHaveLength(2);
    expect(removed[0].kind).toBe('responsive-copy');
    expect(removed[0].text.startsWith('How much does a remodel cost?')).toBe(true);
    expect(Array.from(root.querySelectorAll('.ssr-variant'), (d) => d.id)).toEqual(['desktop']);
    expect(root.querySelectorAll('li')).toHaveLength(2);
  });

  it('leaves a lead that a teaser box repeats, and a paragraph quoted again beside other text', () => {
    const root = divWith(
      `<article><h1>Remodel costs</h1><p>${PARAGRAPH}</p><p>More of the article follows here.</p></article>` +
        `<aside><h3>Read next</h3><p>${PARAGRAPH}</p><a href="/other">Another story</a></aside>`,
    );
    expect(removeResponsiveCopies(root, collectTextBlocks(root))).toEqual([]);
    expect(root.querySelectorAll('p')).toHaveLength(3);
  });

  it('leaves a paragraph the article itself prints twice, or quotes again', () => {
    const root = divWith(`<div class="body"><p>${PARAGRAPH}</p><p>Another paragraph of the article.</p><p>${PARAGRAPH}</p><blockquote class="pull"><p>${PARAGRAPH}</p></blockquote></div>`);
    expect(removeResponsiveCopies(root, collectTextBlocks(root))).toEqual([]);
    expect(root.querySelectorAll('p')).toHaveLength(4);
  });
});
