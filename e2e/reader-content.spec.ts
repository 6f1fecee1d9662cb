/**
 * What the article holds (issue 5, item 5): images fit the column with their captions, tables scroll
 * sideways instead of overflowing, code stays left to right and monospace, links open their targets.
 */
import { test, expect } from './fixture';
import { expectFormulasInLine, FORMULA_PATH, FORMULA_ROUTES, formulaLayoutInPage, formulasSettled } from './formula-page';

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
  await context.route('http://notes.qari.test/**', (route) => {
    const found = FORMULA_ROUTES[new URL(route.request().url()).pathname];
    return route.fulfill(found ? { body: found.body, contentType: found.type } : { status: 404, body: '' });
  });
  await qari.open(`http://notes.qari.test${FORMULA_PATH}`);
  await qari.toggle();
  const layout = async () => (await page.evaluate(formulaLayoutInPage))!;
  await expect.poll(async () => formulasSettled(await page.evaluate(formulaLayoutInPage))).toBe(true);
  expectFormulasInLine(await layout());
  // The dark theme, applied live: the formula is drawn light; the emoji keeps its colours.
  await qari.worker.evaluate(() => chrome.storage.sync.set({ settings: { theme: 'dark' }, settings$: { v: 2 } }));
  await expect(page.locator('qari-reader .qari-root')).toHaveAttribute('data-theme', 'dark');
  const dark = await layout();
  expect(dark.tex.filter).toBe('invert(1)');
  expect(dark.emoji.filter).toBe('none');
});
