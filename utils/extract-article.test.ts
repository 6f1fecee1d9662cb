import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle, isStrayBox } from './extract-article';

const PARAS = (lang: 'en' | 'ar') =>
  Array.from({ length: 8 }, (_, i) =>
    lang === 'en'
      ? `<p>Paragraph ${i}: the council voted on Tuesday night to build a permanent flood barrier along the river, a project officials say will protect thousands of homes.</p>`
      : `<p>الفقرة ${i}: اجتمع وزراء التحالف الدولي لمحاربة داعش أمس في مدينة مراكش المغربية للتأكيد على مواصلة القتال ضد التنظيم الإرهابي الذي لا يزال يمثل تهديدا.</p>`,
  ).join('');

function page(html: string, url = 'https://example.com/news/story.html') {
  return new JSDOM(html, { url }).window.document;
}

describe('extractArticle', () => {
  it('never changes the document it is given', () => {
    const doc = page(`<html><head><title>Story</title></head><body><div class="masthead">Editor-in-Chief: Jane Doe</div><article><h1>Story</h1>${PARAS('en')}</article><div class="share">Share</div></body></html>`);
    const before = doc.documentElement.outerHTML;
    const article = extractArticle(doc);
    expect(article).not.toBeNull();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('returns every field, with what its own passes removed', () => {
    const doc = page(`<html lang="ar"><head><title>خبر</title><meta property="og:site_name" content="صدى البلد"></head><body>
      <div><span>رئيس التحرير</span> <span>أحمد صبري</span></div><article><h1>خبر</h1>${PARAS('ar')}<p>اقرأ أيضا: <a href="/x">خبر آخر</a></p></article></body></html>`);
    const a = extractArticle(doc)!;
    expect(a.lang).toBe('ar');
    expect(a.dir).toBe('rtl');
    expect(a.siteName).toBe('صدى البلد');
    expect(a.url).toBe('https://example.com/news/story.html');
    expect(a.readingMinutes).toBeGreaterThanOrEqual(1);
    expect(a.textContent).toContain('الفقرة 7');
    expect(a.textContent).not.toContain('أحمد صبري');
    expect(a.textContent).not.toContain('خبر آخر');
    expect(a.removed.map((r) => r.kind)).toEqual(expect.arrayContaining(['staff-credits', 'related']));
    expect(a.contentHtml).toContain('dir="rtl"');
  });

  it('gives Arabic text on a page labelled en-US Arabic language and rtl', () => {
    const a = extractArticle(page(`<html lang="en-US"><body><article>${PARAS('ar')}</article></body></html>`))!;
    expect(a.lang).toBe('ar');
    expect(a.dir).toBe('rtl');
  });

  it('works on a clone without a window (as the reader passes it) and sanitises it the same way', () => {
    const html = `<html lang="he"><body><article><h1>כותרת</h1>${PARAS('en')}<p onclick="alert(1)">x <a href="javascript:alert(2)">y</a></p></article></body></html>`;
    const doc = page(html);
    const fromClone = extractArticle(doc.cloneNode(true) as Document, { url: doc.URL })!;
    const fromDoc = extractArticle(doc)!;
    expect(fromClone.contentHtml).toBe(fromDoc.contentHtml);
    expect(fromClone.contentHtml).not.toMatch(/onclick|javascript:/);
  });

  it('returns null for a list of headlines', () => {
    const teasers = Array.from({ length: 24 }, (_, i) => `<li><a href="/n/${i}">Headline number ${i} about the news of the day in the valley</a></li>`).join('');
    expect(extractArticle(page(`<html><body><h1>News</h1><ul>${teasers}</ul></body></html>`))).toBeNull();
  });

  it('gives a list of headlines, marked as a list, only when asked to show it anyway; an article is never marked', () => {
    const teasers = Array.from({ length: 24 }, (_, i) => `<li><a href="/n/${i}">Headline number ${i} about the news of the day in the valley</a></li>`).join('');
    const list = extractArticle(page(`<html><body><h1>News</h1><ul>${teasers}</ul></body></html>`), { evenIfList: true })!;
    expect(list.list).toBe(true);
    expect(list.textContent).toContain('Headline number 23 about the news of the day');
    expect(list.contentHtml).toContain('href="https://example.com/n/23"');
    const article = extractArticle(page(`<html><body><article><h1>Story</h1>${PARAS('en')}</article></body></html>`), { evenIfList: true })!;
    expect(article.list).toBeUndefined();
    expect(extractArticle(page('<html><body></body></html>'), { evenIfList: true })).toBeNull();
  });

  it('returns null for an empty page', () => {
    expect(extractArticle(page('<html><body></body></html>'))).toBeNull();
  });

  it('honours the settings: images off, repeated-block removal off', () => {
    const html = `<html><body><div>Share this</div><article><figure><img src="a.jpg"><figcaption>Cap</figcaption></figure>${PARAS('en')}</article><div>Share this</div></body></html>`;
    const noImages = extractArticle(page(html), { settings: { showImages: false } })!;
    expect(noImages.contentHtml).not.toContain('<img');
    const keep = extractArticle(page(html), { settings: { removeRepeatedBlocks: false } })!;
    expect(keep.removed.some((r) => r.kind === 'repeated')).toBe(false);
  });

  it('makes URLs absolute against the given url', () => {
    const a = extractArticle(page(`<html><body><article>${PARAS('en')}<p><a href="other.html">other</a> <img src="/img/a.jpg"></p></article></body></html>`), {
      url: 'https://news.example/2024/story',
    })!;
    expect(a.contentHtml).toContain('href="https://news.example/2024/other.html"');
    expect(a.contentHtml).toContain('src="https://news.example/img/a.jpg"');
  });
});

describe('isStrayBox', () => {
  const content = (html: string) => {
    const div = page('<html><body></body></html>').createElement('div');
    div.innerHTML = html;
    return div;
  };
  const line = 'Keep informed on new releases and subscriber exclusives';

  it('calls a line that is a small part of what the page holds a stray box (WCXB: newsletter forms, cookie notices, footers)', () => {
    expect(isStrayBox(content(`<p>${line}</p>`), line, 20 * line.length)).toBe(true);
    expect(isStrayBox(content(`<p>${line}</p>`), line, 3 * line.length)).toBe(true);
  });

  it('keeps a line that is all the page holds (Mozilla\'s small test pages)', () => {
    expect(isStrayBox(content(`<p>${line}</p>`), line, line.length)).toBe(false);
    expect(isStrayBox(content(`<p>${line}</p>`), line, 2 * line.length)).toBe(false);
  });

  it('keeps a paragraph that counts, and a picture with a short caption', () => {
    const paragraph = `${line}. `.repeat(3);
    expect(isStrayBox(content(`<p>${paragraph}</p>`), paragraph, 20 * paragraph.length)).toBe(false);
    expect(isStrayBox(content(`<figure><img src="/p.jpg" alt=""><figcaption>${line}</figcaption></figure>`), line, 20 * line.length)).toBe(false);
  });
});
