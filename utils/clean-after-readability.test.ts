import { describe, expect, it } from 'vitest';
import {
  cleanAfterReadability, forceCodeLtr, joinSplitLines, removeBylineSkeletons, removeCaptionRepeats, removeEditLinks, removePermalinkMarks, removeSpacerParagraphs, removeStrayMarks, removeTitleRepeats,
  removeTrailingRelated, removeTrailingTeasers,
} from './clean-after-readability';
import { recoverLazyImages } from './recover-lazy-images';
import { baseUrlOf, makeUrlsAbsolute } from './make-urls-absolute';
import { divWith } from './html-fixture';

describe('removeTitleRepeats', () => {
  it('removes headings and paragraphs that repeat the title, across tatweel and punctuation', () => {
    const root = divWith('<h1>داعش ينتقل إلى أفريقيا..التحالف الدولي</h1><p>داعـش ينتقل إلى أفريقيا - التحالف الدولي</p><p>نص الخبر</p>');
    expect(removeTitleRepeats(root, 'داعش ينتقل إلى أفريقيا..التحالف الدولي')).toHaveLength(2);
    expect(root.textContent).toBe('نص الخبر');
  });

  it('matches a heading that drops the site name, and keeps other headings', () => {
    const root = divWith('<h2>Council approves the flood barrier after years of delay</h2><h2>What happens next</h2>');
    removeTitleRepeats(root, 'Council approves the flood barrier after years of delay | Courier');
    expect(root.textContent).toBe('What happens next');
  });
});

describe('removeEditLinks', () => {
  it("takes a wiki's section edit links with their brackets, in any language, and leaves the heading whole", () => {
    const root = divWith(
      '<h2><span>Spectral properties</span><span><span>[</span><a href="/w/index.php?title=Hermitian_matrix&amp;action=edit&amp;section=3">edit</a><span>]</span></span></h2>' +
        '<h2>خواص <span>[<a href="/w/index.php?title=x&amp;veaction=edit&amp;section=4">ویرایش</a> | <a href="/w/index.php?title=x&amp;action=edit&amp;section=4">ویرایش مبدأ</a>]</span></h2>' +
        '<h3>Examples [<a href="https://wiki.example.org/index.php?title=Y&amp;action=edit&amp;section=5">modifier</a>]</h3>' +
        '<p>Anyone can <a href="/w/index.php?title=Help&amp;action=edit">edit</a> this page; see <a href="/wiki/Section?section=2">section 2</a>.</p>',
    );
    const removed = removeEditLinks(root);
    expect(removed.map((r) => r.text)).toEqual(['[edit]', '[ویرایش | ویرایش مبدأ]', 'modifier']);
    expect(Array.from(root.children, (el) => el.textContent)).toEqual(['Spectral properties', 'خواص ', 'Examples', 'Anyone can edit this page; see section 2.']);
  });
});

describe('removePermalinkMarks', () => {
  it("takes a heading's link to itself shown as a mark, and keeps marks and links that are words", () => {
    const root = divWith(
      '<section id="using-models"><h2>Using models<a class="headerlink" href="#using-models" title="Link to this heading">¶</a></h2></section>' +
        '<h3 id="setup"><a href="https://docs.example.org/guide#setup">#</a> Setup</h3>' +
        '<h3 id="s1">Section <a href="#s2">§</a> 2 <a href="/pricing">#</a></h3>' +
        '<h4>C# and F# <a id="c%23" href="#c%2523">🔗</a></h4>' +
        '<p>See <a href="#using-models">¶</a> above.</p><h2><a href="#faq">FAQ</a></h2>',
    );
    expect(removePermalinkMarks(root).map((r) => r.text)).toEqual(['¶', '#', '🔗']);
    expect(Array.from(root.children, (el) => el.textContent)).toEqual(['Using models', ' Setup', 'Section § 2 #', 'C# and F# ', 'See ¶ above.', 'FAQ']);
  });

  it("takes a definition's and a rustdoc item's link to itself, a heading's whose section lost its id, and an id written encoded", () => {
    const root = divWith(
      '<dl><dt id="functools.cache"><code>functools.cache(user_function)</code><a href="#functools.cache" title="Link to this definition">¶</a></dt><dd>Simple cache.</dd></dl>' +
        '<section id="variant.Ok"><a href="#variant.Ok" class="anchor">§</a><h3>Ok(T)</h3></section>' +
        '<h2>Basic Usage<a href="#basic-usage">¶</a></h2>' +
        '<h2 id="do-we-need-wasm%3F">Do we need Wasm? <a href="#do-we-need-wasm%3F">#</a></h2>' +
        '<h2>Basic Usage<a href="#advanced-usage">¶</a></h2>',
    );
    expect(removePermalinkMarks(root).map((r) => r.kind + ' ' + r.text)).toEqual(['permalink ¶', 'permalink §', 'permalink ¶', 'permalink #']);
    expect(root.textContent).toBe('functools.cache(user_function)Simple cache.Ok(T)Basic UsageDo we need Wasm? Basic Usage¶');
  });

  it('keeps a mark that links to the article itself', () => {
    const root = divWith('<p>Top <a href="#article">#</a></p>');
    root.id = 'article';
    expect(removePermalinkMarks(root)).toEqual([]);
  });
});

describe('removeSpacerParagraphs', () => {
  it('removes paragraphs of invisible characters and keeps words, images and line breaks', () => {
    const root = divWith(
      '<p>First section.</p><p>\u200d</p><h2>Next</h2><p> \u200b\u00a0</p><p>\ufeff</p><p><img src="a.jpg"></p><p><br></p><p>مي\u200cخواهم</p>',
    );
    removeSpacerParagraphs(root);
    expect(Array.from(root.children, (el) => el.outerHTML)).toEqual([
      '<p>First section.</p>', '<h2>Next</h2>', '<p><img src="a.jpg"></p>', '<p><br></p>', '<p>مي\u200cخواهم</p>',
    ]);
  });
});

describe('removeStrayMarks', () => {
  it("removes what is left of a list of names whose names went, a filter chip's ×, a lone | or ·", () => {
    const root = divWith(
      '<ul><li><a href="https://orcid.org/1">\u00a0</a>;\u00a0</li><li><a href="https://orcid.org/2">\u00a0</a>\n      ;\n    </li>' +
        '<li><a href="https://orcid.org/3"> </a></li></ul>' +
        '<p>The study found less stress.</p><div>×</div><p> | </p><p>·</p><ul><li>Tea</li><li>;</li><li>Coffee</li></ul>',
    );
    const removed = removeStrayMarks(root);
    expect(root.innerHTML).toBe('<p>The study found less stress.</p><ul><li>Tea</li><li>Coffee</li></ul>');
    expect(removed.map((r) => r.text)).toEqual([';', ';', '', '×', '|', '·', ';']);
    expect(new Set(removed.map((r) => r.kind))).toEqual(new Set(['stray-marks']));
  });

  it('keeps code, table cells, pictures, section breaks and words', () => {
    const html =
      '<pre><code>if (a) {\n  b();\n}</code></pre><div><code>;</code></div><table><tbody><tr><td>|</td><td>×</td></tr></tbody></table>' +
      '<p><img src="divider.png"> |</p><p>• • •</p><p>* * *</p><p>…</p><p>—</p><p>; and so</p><ul><li>1</li></ul>';
    const root = divWith(html);
    expect(removeStrayMarks(root)).toEqual([]);
    expect(root.innerHTML).toBe(html);
  });
});

describe('removeCaptionRepeats', () => {
  it('keeps the caption and empties an alt that says the same', () => {
    const root = divWith('<figure><img src="a.jpg" alt="Workers survey the riverbank."><figcaption>Workers survey the riverbank.</figcaption></figure>');
    removeCaptionRepeats(root);
    expect(root.querySelector('img')!.getAttribute('alt')).toBe('');
    expect(root.querySelector('figcaption')!.textContent).toBe('Workers survey the riverbank.');
  });

  it('removes a neighbour that repeats the caption, once', () => {
    const root = divWith('<figure><img src="a.jpg"><figcaption>The bridge at dawn</figcaption></figure><p>The bridge at dawn</p><p>Text.</p>');
    expect(removeCaptionRepeats(root)).toEqual([{ kind: 'caption-repeat', text: 'The bridge at dawn' }]);
    expect(root.textContent).toBe('The bridge at dawnText.');
  });
});

describe('forceCodeLtr', () => {
  it('sets dir="ltr" on code blocks and inline code', () => {
    const root = divWith('<p dir="rtl">استخدم <code>npm install</code></p><pre><code>let x = 1;</code></pre>');
    forceCodeLtr(root);
    expect(root.querySelector('p code')!.getAttribute('dir')).toBe('ltr');
    expect(root.querySelector('pre')!.getAttribute('dir')).toBe('ltr');
    expect(root.querySelector('pre code')!.hasAttribute('dir')).toBe(false);
  });
});

describe('cleanAfterReadability', () => {
  it('keeps figures with their captions, tables and code', () => {
    const root = divWith('<h1>T</h1><figure><img src="a.jpg"><figcaption>Cap</figcaption></figure><table><tr><td>1</td></tr></table><pre>x</pre>');
    cleanAfterReadability(root, 'T');
    expect(root.querySelector('figure figcaption')).not.toBeNull();
    expect(root.querySelector('table')).not.toBeNull();
    expect(root.querySelector('pre')).not.toBeNull();
    expect(root.querySelector('h1')).toBeNull();
  });
});

describe('recoverLazyImages', () => {
  it('takes data-src, data-srcset and data-original over placeholders', () => {
    const root = divWith(`<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/real.jpg"><img data-original="https://x/o.jpg">
      <img src="/blank.gif" data-srcset="/s.jpg 1x, /s2.jpg 2x"><img src="/keep.jpg" data-src="/other.jpg">`);
    recoverLazyImages(root);
    const imgs = root.querySelectorAll('img');
    expect(imgs[0].getAttribute('src')).toBe('/real.jpg');
    expect(imgs[1].getAttribute('src')).toBe('https://x/o.jpg');
    expect(imgs[2].getAttribute('srcset')).toBe('/s.jpg 1x, /s2.jpg 2x');
    expect(imgs[2].getAttribute('src')).toBe('/s.jpg');
    expect(imgs[3].getAttribute('src')).toBe('/keep.jpg');
  });

  it('replaces a placeholder with the image of the <noscript> after it', () => {
    const root = divWith('<p><img src="data:image/gif;base64,R0lGOD" class="lazy" alt="a"><noscript><img src="/full.jpg" alt="a"></noscript></p>');
    recoverLazyImages(root);
    expect(root.querySelectorAll('img')).toHaveLength(1);
    expect(root.querySelector('img')!.getAttribute('src')).toBe('/full.jpg');
    expect(root.querySelector('noscript')).toBeNull();
  });
});

describe('makeUrlsAbsolute', () => {
  it('resolves links, images and srcset against the page URL and the <head> <base>', () => {
    const doc = new DOMParser().parseFromString('<html><head><base href="/news/"></head><body><div><a href="a.html">a</a><img src="i.jpg" srcset="i.jpg 1x, i2.jpg 2x"><a href="#fn1">1</a></div></body></html>', 'text/html');
    const base = baseUrlOf(doc, 'https://example.com/section/page');
    expect(base).toBe('https://example.com/news/');
    const root = doc.querySelector('div')!;
    makeUrlsAbsolute(root, base);
    expect(root.querySelector('a')!.getAttribute('href')).toBe('https://example.com/news/a.html');
    expect(root.querySelector('img')!.getAttribute('srcset')).toBe('https://example.com/news/i.jpg 1x, https://example.com/news/i2.jpg 2x');
    expect(root.querySelectorAll('a')[1].getAttribute('href')).toBe('#fn1');
  });

  it('ignores a <base> in the body', () => {
    const doc = new DOMParser().parseFromString('<body><base href="http://evil.invalid/"></body>', 'text/html');
    expect(baseUrlOf(doc, 'http://127.0.0.1/page/')).toBe('http://127.0.0.1/page/');
  });
});

describe('joinSplitLines', () => {
  it('joins a line the page laid out in pieces into one paragraph, text and links unchanged', () => {
    const root = divWith(
      '<p>Intro paragraph of the article, long enough to be prose.</p>' +
      '<div id="meta"><p>By</p><p><a href="/team">The Meetingnotes Team</a></p><p>|</p><p>6</p><p>mins</p><p>|</p><p>February 28, 2026</p></div>');
    expect(joinSplitLines(root)).toBe(1);
    const meta = root.querySelector('#meta')!;
    expect(meta.children).toHaveLength(1);
    expect(meta.firstElementChild!.localName).toBe('p');
    expect(meta.textContent).toBe('By The Meetingnotes Team | 6 mins | February 28, 2026');
    expect(meta.querySelector('a')?.getAttribute('href')).toBe('/team');
  });

  it('leaves short paragraphs alone when nothing says they were one line: a poem, a list of names, pieces with a picture', () => {
    const root = divWith(
      '<div id="poem"><p>Roses are red</p><p>Violets are blue</p><p>Sugar is sweet</p><p>And so are you</p></div>' +
      '<div id="three"><p>By</p><p>Someone</p><p>|</p></div>' +
      '<div id="long"><p>By</p><p>|</p><p>This piece is far too long to be a part of a byline line</p><p>x</p></div>' +
      '<div id="img"><p>By</p><p>|</p><p><img src="a.png" alt=""></p><p>x</p></div>');
    expect(joinSplitLines(root)).toBe(0);
    expect(root.querySelector('#poem')!.children).toHaveLength(4);
  });
});

describe('removeBylineSkeletons', () => {
  it('removes what is left of a byline whose names were buttons, and keeps a byline with a name', () => {
    const root = divWith(
      '<div><div><p><span>By </span></p><div><p><span>, </span></p></div><div><p><span>, and </span></p></div></div></div>' +
      '<div><p><span>Edited by </span></p></div>' +
      '<p>By Thomas Broderick</p>' +
      '<p>The best online programs prepare you for management-level positions.</p>');
    const removed = removeBylineSkeletons(root);
    expect(removed.map((r) => r.text)).toEqual(['By', ',', ', and', 'Edited by']);
    expect(removed.every((r) => r.kind === 'byline-skeleton')).toBe(true);
    expect(Array.from(root.querySelectorAll('p'), (p) => p.textContent)).toEqual([
      'By Thomas Broderick',
      'The best online programs prepare you for management-level positions.',
    ]);
  });

  it('leaves a lone "And" alone when no emptied "by" is beside it, and leaves pages with no skeleton untouched', () => {
    const root = divWith('<div><p>Roses are red</p><p>And</p><p>violets are blue</p></div><section><div><div><p>بقلم</p></div></div></section>');
    expect(removeBylineSkeletons(root).map((r) => r.text)).toEqual(['بقلم']);
    expect(root.querySelector('div')!.children).toHaveLength(3);
    const plain = divWith('<p>And</p><p>with</p>');
    expect(removeBylineSkeletons(plain)).toEqual([]);
    expect(plain.children).toHaveLength(2);
  });
});

describe('removeTrailingTeasers', () => {
  const story = Array.from({ length: 10 }, (_, i) => `<p>Paragraph ${i} of the story, long enough to be the prose a reader came to this page to read.</p>`).join('');
  const card = (title: string, href: string) =>
    `<div><figure><a href="${href}"><img src="${href}.jpg"></a></figure><h3><a href="${href}">${title}</a></h3>` +
    `<p>The first lines of that other story, cut where the card ends...</p><p>Dec 28, 2025</p></div>`;

  it('removes the cards of other stories that end the article, with the dates between them', () => {
    const root = divWith(`<div>${story}</div><div>${card('Another year behind us, a recap', '/a')}${card('How to set up a home office', '/b')}</div>` +
      `<p>Oct 17, 2025</p><div>${card('How to stand properly at your desk', '/c')}</div>`);
    expect(removeTrailingTeasers(root).every((r) => r.kind === 'teaser')).toBe(true);
    expect(root.textContent).not.toMatch(/recap|home office|stand properly|first lines|2025/);
    expect(root.querySelectorAll('p')).toHaveLength(10);
  });

  it('keeps linked headings followed by the article\'s own text, too few cards, entries that are most of the page or lead to other sites, a hub of such cards', () => {
    const cards = card('Another year behind us, a recap', '/a') + card('How to set up a home office', '/b') + card('How to stand properly at your desk', '/c');
    const concluded = divWith(`${story}${cards}<h2>Conclusion</h2><p>Whichever you pick, measure your desk first and keep your back straight.</p>`);
    const two = divWith(`${story}${card('Another year behind us, a recap', '/a')}${card('How to set up a home office', '/b')}`);
    const listicle = divWith(`<p>Our picks for the year.</p>${cards}`);
    const elsewhere = divWith(`${story}${card('Buffalo Bayou Hike and Bike Trail', 'https://trails.example/buffalo')}` +
      `${card('Memorial Park Hike and Bike Trailhead', 'https://parks.example/memorial')}${card('The Columbia Tap Trail', 'https://trails.example/tap')}`);
    const hub = divWith(`<h2><a href="/best-monitors">The Best 4K Monitors for photo work</a></h2>${story}${cards}`);
    for (const root of [concluded, two, listicle, elsewhere, hub]) {
      const before = root.innerHTML;
      expect(removeTrailingTeasers(root)).toEqual([]);
      expect(root.innerHTML).toBe(before);
    }
  });
});

describe('removeTrailingRelated', () => {
  const story = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of the story, long enough to be the prose a reader came to this page to read, and then some more of it.</p>`).join('');
  const card = (title: string) =>
    `<div><p><img src="${title}.jpg" alt=""></p><div><h3>${title}</h3><p>The first lines of that other story, cut where the card ends...</p></div></div>`;
  const cards = card('Getting into a program with a low GPA') + card('The ten best online colleges') + card('Affordable master\'s degrees');

  it('removes a section of cards under a "related" heading that ends the article, whatever wraps it', () => {
    const root = divWith(`<div>${story}</div><section><h2>Related articles that may interest you</h2><div>${cards}</div></section>`);
    const removed = removeTrailingRelated(root);
    expect(removed.map((r) => r.kind)).toEqual(Array(7).fill('related'));
    expect(root.textContent).not.toMatch(/Related|GPA|online colleges|first lines/);
    expect(root.querySelectorAll('img')).toHaveLength(0);
    expect(root.querySelectorAll('p')).toHaveLength(6);
    const news = divWith(`${story}<div><p>ALSO IN THE NEWS</p></div><article><p>THE SALVATION ARMY continued its tradition...</p></article>` +
      `<article><p>NICOLE HERBERT has been called out of retirement...</p></article><article><p>THE 2025 festival was launched...</p></article>`);
    expect(removeTrailingRelated(news)).toHaveLength(4);
    expect(news.textContent).not.toMatch(/NEWS|SALVATION|HERBERT|festival/);
  });

  it('keeps a related heading followed by prose, a table, too few items, a topic\'s sources, most of the page or a long list', () => {
    const prose = divWith(`${story}<h2>Related work</h2><p>${'Earlier studies measured the same effect on smaller samples, and found it smaller. '.repeat(6)}</p><p>a</p><p>b</p><p>c</p>`);
    const table = divWith(`${story}<h3>Related resources</h3><p><a href="/a">Charts</a></p><table><tr><td><p>1</p></td><td><p>Alaska</p></td><td><p>$14.55</p></td></tr></table>`);
    const few = divWith(`${story}<h2>Related</h2><p><a href="/a">One other story</a></p><p><a href="/b">And another</a></p>`);
    const topic = divWith(`${story}<h3>More from Cornell on climate change and gardening:</h3><p>Gardening Sustainably.</p><p>Youth Grow!</p><p>Climate Change Garden</p>`);
    const most = divWith(`<p>Our picks.</p><h2>Related posts</h2>${cards}`);
    const longStory = Array.from({ length: 5 }, () => story).join('');
    const manyLinks = Array.from({ length: 50 }, (_, i) => `<li><a href="/p${i}">Another of the many stories this site has published, number ${i}</a></li>`).join('');
    const longList = divWith(`${longStory}<h2>Related</h2><ul>${manyLinks}</ul>`);
    for (const root of [prose, table, few, topic, most, longList]) {
      const before = root.innerHTML;
      expect(removeTrailingRelated(root)).toEqual([]);
      expect(root.innerHTML).toBe(before);
    }
  });
});
