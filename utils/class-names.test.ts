import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { dropMisleadingClassNames } from './class-names';
import { extractArticle } from './extract-article';

describe('dropMisleadingClassNames', () => {
  it('takes off layout class names with "hidden" or "scroll" in them and keeps those that hide a box', () => {
    const { document } = new JSDOM(
      '<div id="a" class="card overflow-hidden md:overflow-x-scroll rounded"></div><h2 id="b" class="scroll-mt-20 tw-scroll-smooth hx-overflow-y-hidden"></h2>' +
        '<div id="c" class="hidden md:hidden sm:block invisible hidden-ad scroll-ticker"></div>',
    ).window;
    dropMisleadingClassNames(document.body);
    expect(document.getElementById('a')!.className).toBe('card rounded');
    expect(document.getElementById('b')!.className).toBe('');
    expect(document.getElementById('c')!.className).toBe('hidden md:hidden sm:block invisible hidden-ad scroll-ticker');
  });

  it('takes "header" off a heading\'s names unless the name says more, and leaves other elements\' alone', () => {
    const { document } = new JSDOM(
      '<h3 id="a" class="code-header big">Ok(T)</h3><h2 id="b" class="header-anchor-post">Why</h2><h4 id="c" class="related-header">Related</h4>' +
        '<h2 id="d" class="menuHeader footer-title">Menu</h2><div id="e" class="site-header"></div><h1 id="f" class="page-header"></h1>',
    ).window;
    dropMisleadingClassNames(document.body);
    expect(['a', 'b', 'c', 'd', 'e', 'f'].map((id) => document.getElementById(id)!.className)).toEqual(['big', '', 'related-header', 'menuHeader footer-title', 'site-header', 'page-header']);
  });
});

describe('extractArticle, with class names the page meant otherwise', () => {
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

  it('keeps headings named "section-header"', () => {
    const section = (title: string) =>
      `<h2 class="section-header">${title}</h2><p>${title} comes first: the council voted on Tuesday night to build a permanent flood barrier along the river, a project officials say will protect thousands of homes.</p>`;
    const html = `<html lang="en"><head><title>The flood barrier</title></head><body><article><h1>The flood barrier</h1>${['Why now', 'What it costs', 'Who pays', 'When it opens'].map(section).join('')}</article></body></html>`;
    const article = extractArticle(new JSDOM(html, { url: 'https://example.com/news/barrier' }).window.document)!;
    expect(article.contentHtml.match(/<h2>/g)).toHaveLength(4);
  });
});
