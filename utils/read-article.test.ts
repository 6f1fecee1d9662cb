import { describe, expect, it, vi } from 'vitest';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { readArticle } from './read-article';

const sentence = (topic: string, i: number) =>
  `${topic} ${i}: the workshop moved to the old mill last spring, and the members say the light there is better for fine joinery and finishing work.`;
const paras = (topic: string, n: number) => Array.from({ length: n }, (_, i) => `<p>${sentence(topic, i)}</p>`).join('');

function doc(body: string) {
  return new JSDOM(`<html><head><title>Thread</title></head><body>${body}</body></html>`, { url: 'https://example.com/t/1' }).window.document;
}

function pageChars(d: Document): number {
  return (d.body.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

describe('readArticle', () => {
  it("reads Readability 0.6.0's fields it relies on (a new version must be checked before it is pinned)", () => {
    const reader = new Readability(doc(paras('Post', 3))) as unknown as Record<string, unknown>;
    expect(Array.isArray(reader._attempts)).toBe(true);
    expect(reader._flags).toBe(0x1 | 0x2 | 0x4);
    expect(typeof reader._postProcessContent).toBe('function');
  });

  it('keeps a retry that builds on the first try: a thread whose replies sit in "comment" boxes', () => {
    const replies = Array.from({ length: 8 }, (_, i) => `<div class="comment"><p>${sentence(`Reply ${i}`, 0)} ${sentence(`Reply ${i}`, 1)}</p></div>`).join('');
    const d = doc(`<div class="thread"><div class="post">${paras('Opening post', 4)}</div>${replies}</div>`);
    const plain = new Readability(d.cloneNode(true) as Document).parse();
    expect(plain?.textContent).not.toContain('Reply 3');
    const article = readArticle(d, pageChars(d));
    expect(article?.content?.textContent).toContain('Opening post 0');
    expect(article?.content?.textContent).toContain('Reply 7');
  });

  it('keeps the first try when the retry replaces it: comments longer than the story', () => {
    const comments = Array.from({ length: 12 }, (_, i) => `<li class="comment"><p>${sentence(`Comment ${i}`, 0)} ${sentence(`Comment ${i}`, 1)}</p></li>`).join('');
    const d = doc(`<div class="story">${paras('Story', 5)}</div><div class="comments-area"><h3>12 comments</h3><ol class="commentlist">${comments}</ol><div class="respond">Leave a reply</div></div>`);
    const plain = new Readability(d.cloneNode(true) as Document).parse();
    expect(plain?.textContent).toContain('Story 4');
    const article = readArticle(d, pageChars(d));
    expect(article?.content?.textContent).toContain('Story 0');
    expect(article?.content?.textContent).toContain('Story 4');
    expect(article?.content?.textContent).not.toContain('Comment 3');
  });

  /** Counts Readability's puttings back of the page: its sets of the body's innerHTML. */
  function countRestores(d: Document) {
    let owner: object | null = d.body;
    while (owner && !Object.getOwnPropertyDescriptor(owner, 'innerHTML')) owner = Object.getPrototypeOf(owner);
    return vi.spyOn(owner as Element, 'innerHTML', 'set');
  }

  it('puts the page back before a retry, not after the last try: the same article, one parse fewer', () => {
    // A story of four paragraphs beside a long list of links: both tries take the story, short of a third of the page.
    const links = Array.from({ length: 120 }, (_, i) => `<li><a href="/a/${i}">Archive entry number ${i}</a></li>`).join('');
    const html = `<div class="story">${paras('Story', 4)}</div><ul class="archive">${links}</ul>`;
    const d = doc(html);
    const restores = countRestores(d);
    const article = readArticle(d, pageChars(d));
    expect(restores).toHaveBeenCalledTimes(1);
    restores.mockRestore();
    expect(article?.content?.textContent).toContain('Story 3');
    expect(Object.getOwnPropertyDescriptor(d.body, 'innerHTML')).toBeUndefined();

    // A page too short for any try: Readability's own four tries, the page put back before the last three only, and
    // the answer plain Readability gives.
    const tiny = doc(`<div class="story"><p>${sentence('Note', 0)}</p></div>`);
    const plain = new Readability(tiny.cloneNode(true) as Document).parse();
    const tinyRestores = countRestores(tiny);
    const short = readArticle(tiny, pageChars(tiny));
    expect(tinyRestores).toHaveBeenCalledTimes(3);
    tinyRestores.mockRestore();
    expect(short?.textContent).toBe(plain?.textContent);
  });

  it('answers as plain Readability when the first try holds most of the page', () => {
    const d = doc(`<nav><a href="/">Home</a></nav><article>${paras('Story', 6)}</article>`);
    const plain = new Readability(d.cloneNode(true) as Document).parse();
    const article = readArticle(d, pageChars(d));
    expect(article?.textContent).toBe(plain?.textContent);
  });
});
