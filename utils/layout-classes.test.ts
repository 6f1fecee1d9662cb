import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { dropLayoutClasses } from './layout-classes';
import { extractArticle } from './extract-article';

describe('dropLayoutClasses', () => {
  it('takes off layout class names with "hidden" or "scroll" in them and keeps those that hide a box', () => {
    const { document } = new JSDOM(
      '<div id="a" class="card overflow-hidden md:overflow-x-scroll rounded"></div><h2 id="b" class="scroll-mt-20 tw-scroll-smooth hx-overflow-y-hidden"></h2>' +
        '<div id="c" class="hidden md:hidden sm:block invisible hidden-ad scroll-ticker"></div>',
    ).window;
    dropLayoutClasses(document.body);
    expect(document.getElementById('a')!.className).toBe('card rounded');
    expect(document.getElementById('b')!.className).toBe('');
    expect(document.getElementById('c')!.className).toBe('hidden md:hidden sm:block invisible hidden-ad scroll-ticker');
  });
});

describe('extractArticle on a page of utility classes', () => {
  it("keeps what sits in an overflow-hidden box, which Readability's class weights drop", () => {
    const tool = (name: string) =>
      `<div class="flex gap-4"><h2 class="text-xl">${name}</h2><div class="col-span-2 overflow-hidden"><div class="md_Desc"><p>${name} is a note-taking app for non-linear thinking, blending knowledge graph creation with wiki-style linking. It supports Markdown, end-to-end encryption and plugins, and it works offline without tracking.</p></div></div></div>`;
    const html = `<html lang="en"><head><title>The best Notion alternatives</title></head><body><main><h1>The best Notion alternatives</h1>
      <p>Notion is a leading note-taking tool in the office and productivity category. There are more than a hundred alternatives to it, for every platform, and these are the ones our users like best.</p>
      <p>We looked at each of them for a month, writing notes, planning projects and sharing pages with a team of four, and we asked what each does better than Notion, and what it does worse.</p>
      <p>Some of them are free, some are open source, and some keep every note on your own computer, which matters if you write about your work or your health and would rather nobody else read it.</p>
      <p>None of them does everything Notion does, but each of them does one thing better, and for many readers that one thing is the reason to move, so we say what it is for each of them.</p>
      ${['Obsidian', 'Anytype', 'AppFlowy', 'Logseq', 'Joplin'].map(tool).join('')}</main></body></html>`;
    const article = extractArticle(new JSDOM(html, { url: 'https://example.com/software/notion/' }).window.document)!;
    // Without the pass, Readability's first try is the introduction alone: long enough for it, and most of the page.
    expect(article.textContent).toContain('Joplin is a note-taking app');
    expect(article.textContent.match(/is a note-taking app/g)).toHaveLength(5);
  });
});
