import { describe, expect, it } from 'vitest';
import { blockDirection, inlineImageKind, inlineImageText, prepareArticle, type PrepareOptions } from './prepare-article-html';

const base: PrepareOptions = { title: 'The headline', url: 'https://example.com/news/story?id=1', dir: 'rtl', tableLabel: 'Table' };

function prepared(html: string, options: Partial<PrepareOptions> = {}): DocumentFragment {
  return prepareArticle(html, { ...base, ...options });
}

describe('blockDirection', () => {
  it('calls an Arabic sentence with a Latin name and numbers right to left', () => {
    expect(blockDirection('أعلنت شركة Google يوم 12 مايو 2022 عن نتائجها')).toBe('rtl');
  });
  it('calls an English quotation left to right, and mixed or letterless text nothing', () => {
    expect(blockDirection('"We will not stop," said the minister.')).toBe('ltr');
    expect(blockDirection('2022 - 15%')).toBeNull();
    expect(blockDirection('abc def שלום עולם')).toBeNull();
  });
});

describe('prepareArticle', () => {
  it('drops the repeated headline and turns other h1s into h2s', () => {
    const root = prepared('<h1>The headline</h1><p>Body</p><h1>A section</h1>', { dir: 'ltr' });
    expect(root.querySelectorAll('h1')).toHaveLength(0);
    expect(root.querySelector('h2')?.textContent).toBe('A section');
  });

  it('gives a block in another script its own direction and leaves the rest to inherit', () => {
    const root = prepared('<p>اجتمع وزراء التحالف الدولي في مراكش يوم 11 مايو</p><p>The coalition remains united and determined.</p>');
    const [arabic, english] = Array.from(root.querySelectorAll('p'));
    expect(arabic!.hasAttribute('dir')).toBe(false);
    expect(english!.getAttribute('dir')).toBe('ltr');
  });

  it('turns back to right to left for an Arabic paragraph inside an English quotation', () => {
    const root = prepared('<blockquote><p>The coalition remains united and determined to defeat the terrorist group wherever it operates, in Iraq, Syria and Africa.</p><p>وقال الوزير إن التحالف باق</p></blockquote>');
    expect(root.querySelector('blockquote')?.getAttribute('dir')).toBe('ltr');
    expect(root.querySelectorAll('blockquote p')[1]?.getAttribute('dir')).toBe('rtl');
  });

  it('keeps code left to right and leaves what is inside <pre> alone', () => {
    const root = prepared('<pre><code>const x = 1;</code></pre><p>استخدم <code>npm install</code> ثم شغّل البرنامج الآن</p>');
    expect(root.querySelector('pre')?.getAttribute('dir')).toBe('ltr');
    expect(root.querySelector('pre code')?.hasAttribute('dir')).toBe(false);
    expect(root.querySelector('p code')?.getAttribute('dir')).toBe('ltr');
  });

  it('keeps emoji, formulas and icons drawn as images in their line, and pictures as pictures', () => {
    const root = prepared(
      '<p>Emoji! <img src="/e/1f31f.png" alt="🌟"> and <img src="/e/flag.png" alt="🇪🇬"> <img src="/e/f.png" alt="👩🏽‍💻"></p>' +
        '<p>A square matrix <img src="/math/1.svg" alt="{\\displaystyle A}"> is Hermitian, <img src="https://wikimedia.org/api/rest_v1/media/math/render/svg/7daff47f" alt="A"></p>' +
        '<p>Built with <img src="/badge.png" width="20" height="20" alt="build passing"></p>' +
        '<p><img src="/photo.jpg" alt="The ministers in Marrakesh" width="800" height="450"><img src="/img/latex-gloves.jpg" alt="Gloves"></p>' +
        '<p><img src="/logo.png" alt="Logo" width="120" height="30"><img src="/x.jpg" alt="2024 ©"><img src="/y.jpg" alt="2024"><img src="/k.png" alt="1️⃣"></p>',
    );
    const kinds = Array.from(root.querySelectorAll('img')).map((img) => [...img.classList].join(' '));
    expect(kinds).toEqual([
      'qari-inline-img qari-emoji',
      'qari-inline-img qari-emoji',
      'qari-inline-img qari-emoji',
      'qari-inline-img qari-tex',
      'qari-inline-img qari-tex',
      'qari-inline-img qari-icon',
      '',
      '',
      '',
      '',
      '',
      'qari-inline-img qari-emoji',
    ]);
  });

  it('reads an inline image as text when it cannot be shown: the emoji, or the formula without its wrapper', () => {
    const img = (alt: string) => prepared(`<img src="/i.png" alt="${alt}">`).querySelector('img')!;
    expect(inlineImageKind(img('🌟'))).toBe('emoji');
    expect(inlineImageText(img('🌟'))).toBe('🌟');
    expect(inlineImageText(img('{\\displaystyle a_{ij}={\\overline {a_{ji}}}}'))).toBe('a_{ij}={\\overline {a_{ji}}}');
    expect(inlineImageText(img('\\alpha + \\beta'))).toBe('\\alpha + \\beta');
  });

  it('wraps tables in a focusable, labelled region that scrolls sideways', () => {
    const root = prepared('<table><caption>Latency</caption><tr><td>1</td></tr></table>');
    const region = root.querySelector('.qari-table-scroll')!;
    expect(region.getAttribute('role')).toBe('region');
    expect(region.getAttribute('tabindex')).toBe('0');
    expect(region.getAttribute('aria-label')).toBe('Table: Latency');
    expect(region.firstElementChild?.tagName).toBe('TABLE');
  });

  it('sends links to their original targets, keeps in-page anchors in the reader and drops script links', () => {
    const root = prepared('<a href="/a">a</a><a href="#part-2">b</a><a href="https://example.com/news/story?id=1#notes">c</a><a href="javascript:alert(1)">d</a>');
    const [a, b, c, d] = Array.from(root.querySelectorAll('a'));
    expect(a!.getAttribute('href')).toBe('https://example.com/a');
    expect(a!.getAttribute('target')).toBe('_blank');
    expect(b!.getAttribute('href')).toBe('#part-2');
    expect(b!.hasAttribute('target')).toBe(false);
    expect(c!.getAttribute('href')).toBe('#notes');
    expect(d!.hasAttribute('href')).toBe(false);
  });

  it('keeps one <article> (the reader’s own): page wrappers become divs; images get an alt', () => {
    const root = prepared('<article><main><p>x</p><img src="p.png"></main></article>');
    expect(root.querySelector('article, main')).toBeNull();
    expect(root.querySelector('img')?.getAttribute('alt')).toBe('');
    expect(root.querySelector('img')?.getAttribute('src')).toBe('https://example.com/news/p.png');
  });
});
