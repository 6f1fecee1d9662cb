import { describe, expect, it } from 'vitest';
import { removePageLandmarks } from './remove-page-landmarks';
import { divWith } from './html-fixture';

const STORY = 'The council voted on Tuesday to build a barrier along the river, after two winters of floods that reached the market square. '.repeat(6);

describe('removePageLandmarks', () => {
  it("takes the page's navigation, asides, banner and footer, and lists them", () => {
    const root = divWith(
      `<header class="site"><a href="/">The Daily</a><nav><a href="/world">World</a><a href="/sport">Sport</a></nav></header>` +
        `<main><article><p>${STORY}</p></article><aside><h3>Most read</h3><a href="/x">Another story</a></aside></main>` +
        `<footer><p>© The Daily 2026</p></footer>`,
    );
    const removed = removePageLandmarks(root);
    expect(removed.map((r) => r.kind)).toEqual(['landmark', 'landmark', 'landmark']);
    expect(removed.map((r) => r.text)).toEqual(['The Daily World Sport', 'Most read Another story', '© The Daily 2026']);
    expect(root.querySelector('header, nav, aside, footer')).toBeNull();
    expect(root.querySelector('article p')?.textContent).toBe(STORY);
  });

  it('takes the same landmarks written as ARIA roles, and keeps a role="banner" inside an article', () => {
    const root = divWith(
      `<div role="banner"><a href="/">The Daily</a></div><div role="navigation"><a href="/world">World</a></div>` +
        `<div id="content"><article><div role="banner">A river barrier at last</div><p>${STORY}</p></article>` +
        `<div id="sidebar" role="complementary"><h3>Most read</h3></div></div><div role="contentinfo">© The Daily 2026</div>`,
    );
    const removed = removePageLandmarks(root);
    expect(removed.map((r) => r.text)).toEqual(['The Daily', 'World', 'Most read', '© The Daily 2026']);
    expect(root.querySelector('article [role="banner"]')?.textContent).toBe('A river barrier at last');
  });

  it("keeps an article's own header and footer, and a section's", () => {
    const root = divWith(
      `<article><header><p class="dek">A river barrier at last</p></header><p>${STORY}</p><footer><p>Reporting by Ana Ruiz</p></footer></article>` +
        `<section><header><h2>Background</h2></header><p>${STORY}</p></section>` +
        `<div role="main"><footer>Filed under rivers</footer><p>${STORY}</p></div>`,
    );
    expect(removePageLandmarks(root)).toEqual([]);
    expect(root.querySelectorAll('header')).toHaveLength(2);
    expect(root.querySelectorAll('footer')).toHaveLength(2);
  });

  it('keeps a landmark that holds the heading or the main content, and one that holds much of the text', () => {
    const root = divWith(
      `<header class="hero"><h1>A river barrier at last</h1><nav><a href="/">Home</a></nav></header>` +
        `<aside class="story"><p>${STORY}</p></aside><div><p>A short note.</p></div>`,
    );
    const removed = removePageLandmarks(root);
    // The menu inside the kept hero header still goes.
    expect(removed.map((r) => r.text)).toEqual(['Home']);
    expect(root.querySelector('h1')?.textContent).toBe('A river barrier at last');
    expect(root.querySelector('aside.story')).not.toBeNull();
  });
});
