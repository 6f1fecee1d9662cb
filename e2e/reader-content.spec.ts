/**
 * What the article holds (issue 5, item 5): images fit the column with their captions, tables scroll
 * sideways instead of overflowing, code stays left to right and monospace, links open their targets.
 */
import { test, expect } from './fixture';

test('a wide table scrolls sideways inside the column, code stays left to right and monospace', async ({ page, qari }) => {
  await qari.openSeed('tech-blog-table-code');
  await qari.toggle();
  await expect(page.locator('qari-reader').locator('article')).toHaveCount(1);
  const layout = await page.evaluate(() => {
    const root = document.querySelector('qari-reader')!.shadowRoot!;
    const article = root.querySelector('article')!;
    const scroller = root.querySelector('.qari-scroller')!;
    const region = root.querySelector<HTMLElement>('.qari-table-scroll')!;
    const pre = root.querySelector('pre')!;
    const css = getComputedStyle(pre);
    return {
      articleWidth: article.getBoundingClientRect().width,
      regionWidth: region.getBoundingClientRect().width,
      tableWidth: region.querySelector('table')!.getBoundingClientRect().width,
      regionScrolls: region.scrollWidth > region.clientWidth && getComputedStyle(region).overflowX === 'auto',
      regionFocusable: region.tabIndex === 0 && !!region.getAttribute('aria-label'),
      pageOverflows: scroller.scrollWidth > scroller.clientWidth,
      pre: [pre.getAttribute('dir'), css.direction, css.fontFamily, css.overflowX],
      preInside: pre.getBoundingClientRect().width <= article.getBoundingClientRect().width + 1,
      inlineCode: Array.from(root.querySelectorAll('p code')).every((c) => getComputedStyle(c).direction === 'ltr' && /mono/i.test(getComputedStyle(c).fontFamily)),
    };
  });
  expect(layout.tableWidth).toBeGreaterThan(layout.regionWidth);
  expect(layout.regionWidth).toBeLessThanOrEqual(layout.articleWidth + 1);
  expect(layout.regionScrolls).toBe(true);
  expect(layout.regionFocusable).toBe(true);
  expect(layout.pageOverflows).toBe(false);
  expect(layout.pre[0]).toBe('ltr');
  expect(layout.pre[1]).toBe('ltr');
  expect(layout.pre[2]).toMatch(/mono/i);
  expect(layout.pre[3]).toBe('auto');
  expect(layout.preInside).toBe(true);
  expect(layout.inlineCode).toBe(true);
});

for (const slug of ['english-news-article', 'elbalad-isis-africa', 'bare-article']) {
  test(`images fit the column with their captions beside them on ${slug}`, async ({ page, qari }) => {
    await qari.openSeed(slug);
    await qari.toggle();
    await expect(page.locator('qari-reader').locator('article')).toHaveCount(1);
    const images = await page.evaluate(async () => {
      const root = document.querySelector('qari-reader')!.shadowRoot!;
      const article = root.querySelector('article')!.getBoundingClientRect();
      const imgs = Array.from(root.querySelectorAll('article img'));
      await Promise.all(imgs.map((img) => (img as HTMLImageElement).decode().catch(() => undefined)));
      return imgs.map((img) => {
        const r = img.getBoundingClientRect();
        const caption = img.closest('figure')?.querySelector('figcaption');
        const c = caption?.getBoundingClientRect();
        return {
          loaded: (img as HTMLImageElement).naturalWidth > 0,
          inside: r.left >= article.left - 1 && r.right <= article.right + 1,
          captionBelow: c ? c.top >= r.bottom - 1 && c.left >= article.left - 1 && c.right <= article.right + 1 : null,
        };
      });
    });
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) {
      expect(image.loaded).toBe(true);
      expect(image.inside).toBe(true);
      if (image.captionBelow !== null) expect(image.captionBelow).toBe(true);
    }
  });
}

test('an image that fails to load leaves no empty box: it goes with its figure, the others stay', async ({ context, page, qari }) => {
  await context.route('**/fighting-isis.png', (route) => route.fulfill({ status: 404, body: '' }));
  await qari.openSeed('elbalad-isis-africa');
  await qari.toggle();
  const content = page.locator('qari-reader').locator('article .qari-content');
  const broken = content.locator('img[src$="fighting-isis.png"]');
  await expect(broken).toHaveCount(1);
  await expect(broken).toBeHidden();
  await expect(content.locator('.qari-broken')).toHaveCount(1);
  const kept = content.locator('img[src$="isis-forces.png"]');
  await expect(kept).toBeVisible();
  expect(await kept.evaluate((img) => (img as HTMLImageElement).decode().then(() => (img as HTMLImageElement).naturalWidth))).toBeGreaterThan(0);
});

test('links open their original targets in a new tab, and "view original" goes back to the page', async ({ context, page, qari }) => {
  await context.route('https://node-postgres.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>node-postgres</title>' }));
  await qari.openSeed('tech-blog-table-code');
  await qari.toggle();
  const reader = page.locator('qari-reader');
  const link = reader.locator('article .qari-content a', { hasText: 'node-postgres' });
  await expect(link).toHaveAttribute('href', 'https://node-postgres.com/');
  await expect(link).toHaveAttribute('target', '_blank');
  const [popup] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await popup.waitForLoadState();
  expect(popup.url()).toBe('https://node-postgres.com/');
  await popup.close();

  const url = page.url();
  await page.bringToFront();
  await reader.getByRole('link', { name: 'View original page' }).click();
  await expect(page.locator('qari-reader')).toHaveCount(0);
  expect(page.url()).toBe(url);
});

test("a thread's posts each open with an author line set apart from the text", async ({ page, qari }) => {
  await qari.openSeed('arabic-qa-thread');
  await qari.toggle();
  await expect(page.locator('qari-reader').locator('article')).toHaveCount(1);
  const found = await page.evaluate(() => {
    const root = document.querySelector('qari-reader')!.shadowRoot!;
    const size = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
    // The rule between two posts keeps its distance from a post that ends in bare text (no paragraph margin).
    const rules = Array.from(root.querySelectorAll('.qari-content hr'), (hr) => parseFloat(getComputedStyle(hr).marginTop));
    return { rules, posts: Array.from(root.querySelectorAll('.qari-content section')).map((section) => {
      const line = section.firstElementChild!;
      const text = section.querySelector('address ~ * p, address ~ p') ?? section.querySelector('p')!;
      const css = getComputedStyle(line);
      return {
        tag: line.localName,
        author: line.querySelector('strong')?.textContent ?? null,
        smaller: size(line) < size(text),
        italic: css.fontStyle === 'italic',
        muted: css.color !== getComputedStyle(text).color,
      };
    }) };
  });
  const { rules, posts } = found;
  expect(rules.length).toBe(3);
  for (const margin of rules) expect(margin).toBeGreaterThan(10);
  expect(posts.length).toBe(4);
  for (const post of posts) expect(post).toMatchObject({ tag: 'address', smaller: true, italic: false, muted: true });
  expect(posts.map((p) => p.author)).toContain('يوسف العلي');
});

test('emoji and formulas drawn as images stay in their line at the size of the text, formulas turn light in the dark theme, a missing one leaves its TeX', async ({ context, page, qari }) => {
  const sentence = 'The committee met again on Tuesday to review the plan, and its members said the work would go on through the winter. ';
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Notes on Hermitian matrices</title></head><body>
<nav><a href="/">Home</a> <a href="/maths">Maths</a></nav><article><h1>Notes on Hermitian matrices</h1>
<p id="emoji">Launch day <img src="/e/1f31f.png" alt="🌟"> we shipped the notes.</p>
<p id="tex">A square matrix <img src="/math/render/svg/one" alt="{\\displaystyle A}"> is Hermitian when <img src="/math/render/svg/gone" alt="{\\displaystyle a_{ij}={\\overline {a_{ji}}}}"> holds for all i and j.</p>
<p id="katex">Energy is <span class="katex"><span class="katex-mathml"><math xmlns="http://www.w3.org/1998/Math/MathML"><semantics><mrow><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn>2</mn></msup></mrow><annotation encoding="application/x-tex">E=mc^2</annotation></semantics></math></span><span class="katex-html" aria-hidden="true"><span class="mord mathnormal">E</span><span class="mrel">=</span><span class="mord mathnormal">m</span><span class="mord"><span class="mord mathnormal">c</span><span class="msupsub">2</span></span></span></span> in one line.</p>
<p id="icon">The notes are shared <a href="/feed"><img src="/icons/gone.png" width="16" height="16" alt="Feed logo"></a> every week.</p>
<p>${sentence.repeat(4)}</p><p><img id="photo" src="/photo.svg" alt="The committee room" width="640" height="360"></p><p>${sentence.repeat(5)}</p>
</article><footer>© Notes</footer></body></html>`;
  const svg = (w: number, h: number, fill = 'black') => `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="${w}" height="${h}" fill="${fill}"/></svg>`;
  await context.route('http://notes.qari.test/**', (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/hermitian') return route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' });
    if (path === '/math/render/svg/gone' || path.startsWith('/icons/')) return route.fulfill({ status: 404, body: '' });
    if (path.startsWith('/math/')) return route.fulfill({ body: svg(20, 18), contentType: 'image/svg+xml' });
    if (path.startsWith('/e/')) return route.fulfill({ body: svg(64, 64, 'gold'), contentType: 'image/svg+xml' });
    if (path === '/photo.svg') return route.fulfill({ body: svg(640, 360, 'teal'), contentType: 'image/svg+xml' });
    return route.abort();
  });
  await qari.open('http://notes.qari.test/hermitian');
  await qari.toggle();
  const content = page.locator('qari-reader').locator('article .qari-content');
  await expect(content.locator('#tex')).toContainText('a_{ij}={\\overline {a_{ji}}}');
  // A missing icon goes as a picture does: its alt names the picture, it is not a word of the sentence.
  await expect(content.locator('#icon .qari-broken')).toHaveCount(1);
  await expect(content.locator('#icon')).not.toContainText('Feed logo');
  const layout = () =>
    content.evaluate((root) => {
      const lineOf = (p: Element) => {
        const range = document.createRange();
        range.selectNodeContents(p.firstChild!);
        return range.getBoundingClientRect();
      };
      const place = (img: HTMLImageElement, p: Element) => {
        const box = img.getBoundingClientRect();
        const line = lineOf(p);
        return { display: getComputedStyle(img).display, inLine: box.top < line.bottom && box.bottom > line.top && box.left > line.left, height: box.height / parseFloat(getComputedStyle(p).fontSize), filter: getComputedStyle(img).filter };
      };
      const emoji = root.querySelector<HTMLImageElement>('#emoji img')!;
      const tex = root.querySelector<HTMLImageElement>('#tex img')!;
      return { emoji: place(emoji, emoji.parentElement!), tex: place(tex, tex.parentElement!), photo: getComputedStyle(root.querySelector('#photo, img[alt="The committee room"]')!).display, images: root.querySelectorAll('#tex img').length };
    });
  await expect.poll(async () => (await layout()).images).toBe(1);
  const light = await layout();
  expect(light.emoji).toMatchObject({ display: 'inline', inLine: true, filter: 'none' });
  expect(light.emoji.height).toBeGreaterThan(1);
  expect(light.emoji.height).toBeLessThan(1.4);
  expect(light.tex).toMatchObject({ display: 'inline', inLine: true, filter: 'none' });
  // Drawn 18 px high for 16 px text: shown in that proportion to the reader's text.
  await expect.poll(async () => (await layout()).tex.height).toBeCloseTo(18 / 16, 2);
  expect(light.photo).toBe('block');
  // The dark theme, applied live: the formula is drawn light; the emoji keeps its colours.
  await qari.worker.evaluate(() => chrome.storage.sync.set({ settings: { theme: 'dark' }, settings$: { v: 2 } }));
  await expect(page.locator('qari-reader .qari-root')).toHaveAttribute('data-theme', 'dark');
  // A formula KaTeX wrote twice, drawn in spans for the eye and in MathML for screen readers: the reader shows the
  // MathML, drawn by the browser in the text's line, once, without its TeX source.
  const katex = await content.locator('#katex').evaluate((p) => {
    const math = p.querySelector('math');
    const box = math?.getBoundingClientRect();
    const text = p.firstChild!.parentElement!.getBoundingClientRect();
    return { maths: p.querySelectorAll('math').length, width: box?.width ?? 0, height: box ? box.height / parseFloat(getComputedStyle(p).fontSize) : 0, text: (p as HTMLElement).innerText, inside: !!box && box.top >= text.top && box.bottom <= text.bottom };
  });
  expect(katex.maths).toBe(1);
  expect(katex.width).toBeGreaterThan(20);
  expect(katex.height).toBeLessThan(2);
  expect(katex.inside).toBe(true);
  expect(katex.text).not.toContain('^');
  expect(katex.text.normalize('NFKC').replace(/\s/g, '')).toMatch(/^EnergyisE=mc2inoneline\.$/);
  const dark = await layout();
  expect(dark.tex.filter).toBe('invert(1)');
  expect(dark.emoji.filter).toBe('none');
});
