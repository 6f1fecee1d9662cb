import { describe, expect, it } from 'vitest';
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

  it('answers as plain Readability when the first try holds most of the page', () => {
    const d = doc(`<nav><a href="/">Home</a></nav><article>${paras('Story', 6)}</article>`);
    const plain = new Readability(d.cloneNode(true) as Document).parse();
    const article = readArticle(d, pageChars(d));
    expect(article?.textContent).toBe(plain?.textContent);
  });
});
