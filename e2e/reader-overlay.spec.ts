/**
 * The overlay itself (issue 5, items 1, 6 and 7): one <qari-reader> with an open shadow root above the
 * page, styles the page can't reach or block, keys the page never sees, and a page given back untouched.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixture';
import { findInPage, openPageDialogInPage, pageDialogInPage, scrollReaderInPage, sectionInPage } from './launch';

/** Everything of the page a reader must not change: the body's markup, <html>'s attributes, sheets, scroll and focus. */
async function pageState(page: Page) {
  return page.evaluate(() => ({
    body: document.body.outerHTML,
    html: document.documentElement.getAttributeNames().map((n) => `${n}=${document.documentElement.getAttribute(n)}`),
    htmlChildren: Array.from(document.documentElement.children).map((el) => el.localName),
    adopted: document.adoptedStyleSheets.length,
    styleSheets: document.styleSheets.length,
    scrollY: Math.round(window.scrollY),
    focused: document.activeElement?.outerHTML.slice(0, 120) ?? null,
  }));
}

/** Listeners on window and document, counted by Chromium's debugger (every world, content scripts included). */
async function listenerCount(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  let total = 0;
  for (const expression of ['window', 'document', 'document.documentElement', 'document.body']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
    total += listeners.length;
  }
  await cdp.detach();
  return total;
}

function shadow(page: Page) {
  return page.locator('qari-reader');
}

test('one <qari-reader> with an open shadow root covers the viewport above the page and locks its scrolling', async ({ page, qari }) => {
  await qari.openSeed('elbalad-isis-africa');
  await page.evaluate(() => window.scrollTo(0, 600));
  await qari.toggle();

  const info = await qari.reader();
  expect(info).toMatchObject({ hosts: 1, shadowOpen: true, articles: 1, dir: 'rtl', lang: 'ar' });
  const cover = await page.evaluate(() => {
    const host = document.querySelector('qari-reader')!;
    const rect = host.getBoundingClientRect();
    const corners = [[2, 2], [innerWidth - 20, 2], [innerWidth / 2, innerHeight / 2], [2, innerHeight - 2]];
    return {
      parent: host.parentElement === document.documentElement && document.documentElement.lastElementChild === host,
      rect: [rect.left, rect.top, Math.round(rect.width), Math.round(rect.height)],
      viewport: [innerWidth, innerHeight],
      onTop: corners.every(([x, y]) => document.elementFromPoint(x!, y!) === host),
    };
  });
  expect(cover.parent).toBe(true);
  expect(cover.rect.slice(0, 2)).toEqual([0, 0]);
  expect(cover.rect[2]).toBeGreaterThanOrEqual(cover.viewport[0]!);
  expect(cover.rect[3]).toBe(cover.viewport[1]);
  expect(cover.onTop).toBe(true);

  // Wheel over the toolbar, where the reader itself has nothing to scroll: the page underneath must not move.
  await page.mouse.move(400, 20);
  await page.mouse.wheel(0, 800);
  await page.mouse.move(640, 500);
  await page.mouse.wheel(0, 800);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => Math.round(window.scrollY))).toBe(600);
  await qari.toggle();
});

test('Esc, the close button and toggling again each give the page back exactly as it was, focus and scroll included', async ({ page, qari }) => {
  await qari.openSeed('elbalad-isis-africa');
  await page.evaluate(() => {
    window.scrollTo(0, 900);
    const link = Array.from(document.querySelectorAll<HTMLAnchorElement>('body a[href]')).find((a) => {
      const r = a.getBoundingClientRect();
      return r.top > 0 && r.bottom < innerHeight;
    });
    (link ?? document.querySelector<HTMLAnchorElement>('a[href]'))!.focus({ preventScroll: true });
  });
  const before = await pageState(page);
  const listenersBefore = await listenerCount(page);
  expect(before.focused).toMatch(/^<a /);

  const closers: [string, () => Promise<unknown>][] = [
    ['Esc', () => page.keyboard.press('Escape')],
    ['the close button', () => shadow(page).getByRole('button', { name: 'Close reader' }).first().click()],
    ['toggling again', () => qari.toggle()],
  ];
  for (const [how, close] of closers) {
    await qari.toggle();
    await expect(shadow(page).locator('article')).toHaveCount(1);
    const during = await pageState(page);
    expect(during.body, `the body while open (${how})`).toBe(before.body);
    expect(during.htmlChildren).toEqual([...before.htmlChildren, 'qari-reader']);
    await close();
    await expect(page.locator('qari-reader')).toHaveCount(0);
    expect(await pageState(page), `the page after closing with ${how}`).toEqual(before);
    expect(await listenerCount(page), `listeners after closing with ${how}`).toBe(listenersBefore);
  }
});

test('page styles cannot reach the reader: a hostile stylesheet leaves it readable and right to left', async ({ page, qari }) => {
  await qari.openSeed('hostile-css');
  await qari.toggle();
  await expect(shadow(page).locator('article')).toHaveCount(1);
  const styles = await page.evaluate(() => {
    const host = document.querySelector('qari-reader')!;
    const root = host.shadowRoot!;
    const css = (el: Element | null) => (el ? getComputedStyle(el) : null);
    const article = root.querySelector('article')!;
    const paragraph = root.querySelector('article .qari-content p')!;
    const img = root.querySelector('article img');
    return {
      host: [css(host)!.display, css(host)!.position, css(host)!.visibility, css(host)!.opacity],
      onTop: document.elementFromPoint(innerWidth / 2, 10) === host,
      article: [css(article)!.direction, css(article)!.display],
      paragraph: [css(paragraph)!.color, css(paragraph)!.fontSize, css(paragraph)!.fontFamily, css(paragraph)!.unicodeBidi, css(paragraph)!.direction],
      lineHeight: parseFloat(css(paragraph)!.lineHeight) / parseFloat(css(paragraph)!.fontSize),
      img: img ? [css(img)!.filter, css(img)!.transform] : null,
    };
  });
  expect(styles.host).toEqual(['block', 'fixed', 'visible', '1']);
  expect(styles.onTop).toBe(true);
  expect(styles.article).toEqual(['rtl', 'block']);
  expect(styles.paragraph[0]).not.toBe('rgb(255, 0, 0)');
  expect(styles.paragraph[1]).toBe('22px');
  expect(styles.paragraph[2]).toMatch(/Noto Sans Arabic/);
  expect(styles.paragraph[3]).not.toBe('bidi-override');
  expect(styles.paragraph[4]).toBe('rtl');
  expect(styles.lineHeight).toBeGreaterThanOrEqual(1.8);
  if (styles.img) expect(styles.img).toEqual(['none', 'none']);
  await qari.toggle();
});

test("a page whose CSP forbids inline styles (style-src 'none') still gets a fully styled reader", async ({ page, qari }) => {
  await qari.openSeed('csp-strict');
  await page.evaluate(() => {
    (window as unknown as { __violations: string[] }).__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __violations: string[] }).__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await qari.toggle();
  await expect(shadow(page).locator('article')).toHaveCount(1);
  const styles = await page.evaluate(() => {
    const host = document.querySelector('qari-reader')!;
    const root = host.shadowRoot!;
    const css = (el: Element) => getComputedStyle(el);
    const article = root.querySelector('article')!;
    const close = root.querySelector('button')!;
    return {
      sheets: root.adoptedStyleSheets.length,
      host: [css(host).position, css(host).zIndex],
      background: css(root.querySelector('.qari-root')!).backgroundColor,
      article: [css(article).fontFamily, css(article).fontSize, css(article).maxWidth],
      close: [css(close).borderRadius, css(close).cursor],
      violations: (window as unknown as { __violations: string[] }).__violations,
    };
  });
  expect(styles.sheets).toBeGreaterThanOrEqual(2);
  expect(styles.host).toEqual(['fixed', '2147483647']);
  expect(styles.background).not.toBe('rgba(0, 0, 0, 0)');
  expect(styles.article[0]).toMatch(/Charter/);
  expect(styles.article[1]).toBe('20px');
  expect(styles.article[2]).not.toBe('none');
  expect(styles.close).toEqual(['8px', 'pointer']);
  expect(styles.violations.filter((v) => v.startsWith('style-src'))).toEqual([]);
  await qari.toggle();
});

test("the page's keyboard handlers do not see keys typed in the reader, and see them again once it is closed", async ({ page, qari }) => {
  await qari.openSeed('english-news-article');
  await page.evaluate(() => {
    const w = window as unknown as { __keys: string[] };
    w.__keys = [];
    for (const target of [window, document, document.documentElement]) {
      for (const type of ['keydown', 'keyup', 'keypress']) target.addEventListener(type, (e) => w.__keys.push(`${type}:${(e as KeyboardEvent).key}`));
    }
  });
  await qari.toggle();
  await expect(shadow(page).locator('article')).toHaveCount(1);
  for (const key of ['j', 'k', 'ArrowDown', 'Space', 'Tab', 'Shift+Tab', '/', 'Escape']) await page.keyboard.press(key);
  await expect(page.locator('qari-reader')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __keys: string[] }).__keys)).toEqual([]);
  await page.keyboard.press('j');
  expect(await page.evaluate(() => (window as unknown as { __keys: string[] }).__keys)).toContain('keydown:j');
});

test('Tab and Shift+Tab keep focus inside the reader while it is open', async ({ page, qari }) => {
  await qari.openSeed('tech-blog-table-code');
  await qari.toggle();
  await expect(shadow(page).locator('article')).toHaveCount(1);
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press(key);
      const inside = await page.evaluate(() => {
        const host = document.querySelector('qari-reader');
        return document.activeElement === host && !!host?.shadowRoot?.activeElement;
      });
      expect(inside, `${key} #${i + 1}`).toBe(true);
    }
  }
  // A page script that grabs focus while the reader is open gets it taken back.
  await page.evaluate(() => document.querySelector<HTMLElement>('body a[href]')?.focus());
  expect(await page.evaluate(() => document.activeElement?.localName)).toBe('qari-reader');
  await qari.toggle();
});

test('no article: the reader still opens, says so in words, holds no <article> and closes from its button', async ({ page, qari }) => {
  await qari.openSeed('portal-front-page');
  const before = await pageState(page);
  await qari.toggle();
  const info = await qari.reader();
  expect(info).toMatchObject({ hosts: 1, shadowOpen: true, articles: 0 });
  await expect(shadow(page).getByRole('heading', { name: 'No article found on this page' })).toBeVisible();
  await shadow(page).locator('.qari-empty').getByRole('button', { name: 'Close reader' }).click();
  await expect(page.locator('qari-reader')).toHaveCount(0);
  expect(await pageState(page)).toEqual(before);
});

test('no article, a front page: shown anyway on request, its headlines in order, right to left; closing gives the page back', async ({ page, qari }) => {
  await qari.openSeed('portal-front-page');
  const before = await pageState(page);
  await qari.toggle();
  await shadow(page).getByRole('button', { name: 'Show the page anyway' }).click();
  const info = await qari.reader();
  expect(info).toMatchObject({ hosts: 1, articles: 1, dir: 'rtl', lang: 'ar' });
  const text = (await shadow(page).locator('article').textContent()) ?? '';
  const first = text.indexOf('الحكومة تعلن خطة لتوسيع شبكة النقل الذكي');
  const second = text.indexOf('التعليم: بدء تسليم الكتب المدرسية');
  expect(first).toBeGreaterThanOrEqual(0);
  expect(second).toBeGreaterThan(first);
  await expect(shadow(page).getByRole('button', { name: 'Show the page anyway' })).toHaveCount(0);
  await qari.toggle();
  await expect(page.locator('qari-reader')).toHaveCount(0);
  expect(await pageState(page)).toEqual(before);
});

test('an Urdu article in the Nastaliq face gets the room its letters need: body and headline lines far apart', async ({ page, qari }) => {
  await qari.worker.evaluate(() => chrome.storage.sync.set({ settings: { fontFamily: { arabic: 'serif', hebrew: 'sans', latin: 'serif' } }, settings$: { v: 2 } }));
  await qari.openSeed('urdu-article');
  await qari.toggle();
  await expect(shadow(page).locator('article')).toHaveAttribute('lang', 'ur');
  const ratio = (selector: string) =>
    page.evaluate((sel) => {
      const el = document.querySelector('qari-reader')!.shadowRoot!.querySelector(sel)!;
      const css = getComputedStyle(el);
      return { family: css.fontFamily, lineHeight: parseFloat(css.lineHeight) / parseFloat(css.fontSize) };
    }, selector);
  const body = await ratio('article .qari-content p');
  expect(body.family).toMatch(/Nastaliq/);
  expect(body.lineHeight).toBeGreaterThanOrEqual(2.3);
  expect((await ratio('article .qari-title')).lineHeight).toBeGreaterThanOrEqual(2);
  expect((await ratio('article .qari-content h2')).lineHeight).toBeGreaterThanOrEqual(2);
});

test('a bar on the toolbar’s lower edge fills from the right as an Arabic article is read, and is gone at the top', async ({ page, qari }) => {
  await qari.openSeed('elbalad-isis-africa');
  await qari.toggle();
  const half = await page.evaluate(scrollReaderInPage, 0.5);
  expect(half.bar.bottom).toBeCloseTo(half.toolbar.bottom, 0);
  expect(half.bar.right).toBeCloseTo(half.toolbar.right, 0);
  expect(half.bar.width / half.toolbar.width).toBeGreaterThan(0.45);
  expect(half.bar.width / half.toolbar.width).toBeLessThan(0.55);
  const end = await page.evaluate(scrollReaderInPage, 1);
  expect(end.bar.width).toBeCloseTo(end.toolbar.width, 0);
  const top = await page.evaluate(scrollReaderInPage, 0);
  expect(top.bar.width).toBe(0);
});

test('closed and opened again, the reader is back at the paragraph it was at, with larger text too; at the top again after reading to the top', async ({ page, qari }) => {
  await qari.openSeed('elbalad-isis-africa');
  await qari.toggle();
  const left = await page.evaluate(scrollReaderInPage, 0.6);
  expect(left.scrollTop).toBeGreaterThan(300);
  await qari.toggle();
  expect((await qari.reader()).hosts).toBe(0);
  await qari.toggle();
  const back = await page.evaluate(scrollReaderInPage, null);
  expect(back.topBlock).toBe(left.topBlock);
  expect(Math.abs(back.scrollTop - left.scrollTop)).toBeLessThan(5);

  // Larger text while the reader is closed: the same paragraph comes back, further down the scroller.
  await qari.toggle();
  await qari.worker.evaluate(() => chrome.storage.sync.set({ settings: { fontSize: 32 }, settings$: { v: 2 } }));
  await qari.toggle();
  await expect(page.locator('qari-reader .qari-root')).toHaveCSS('--qari-font-size', '32px');
  const larger = await page.evaluate(scrollReaderInPage, null);
  expect(larger.topBlock).toBe(left.topBlock);
  expect(larger.scrollTop).toBeGreaterThan(left.scrollTop);

  // Back at the top when it closes: the next open starts at the headline.
  await page.evaluate(scrollReaderInPage, 0);
  await qari.toggle();
  await qari.toggle();
  expect((await page.evaluate(scrollReaderInPage, null)).scrollTop).toBe(0);
});

test('while the reader is open, find in page finds the article in the reader and nothing of the page hidden behind it', async ({ page, qari }) => {
  await qari.openSeed('elbalad-isis-africa');
  // window.find searches as the browser's find bar does: what is rendered, open shadow roots included.
  const find = (phrase: string) => page.evaluate(findInPage, phrase);
  const MASTHEAD = 'رئيس التحرير'; // on the page twice; the reader leaves it out
  const ARTICLE = 'مراكش المغربية';
  expect([await find(MASTHEAD), await find(ARTICLE)]).toEqual([true, true]);
  await qari.toggle();
  expect((await qari.reader()).articles).toBe(1);
  expect([await find(MASTHEAD), await find(ARTICLE)]).toEqual([false, true]);
  // Closed: the page is found again, as it was.
  await qari.toggle();
  expect([await find(MASTHEAD), await find(ARTICLE)]).toEqual([true, true]);
});

test('a guide in sections: the Contents list names them in order, right to left, and goes to the one chosen with the focus on its heading', async ({ page, qari }) => {
  await qari.openSeed('arabic-guide-sections');
  await qari.toggle();
  const toggle = page.locator('qari-reader .qari-contents-toggle');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  const list = page.locator('qari-reader nav.qari-contents');
  await expect(list.locator('ol')).toHaveAttribute('dir', 'rtl');
  await expect(list.locator('button')).toHaveText([
    'ما هي رسائل التصيد؟',
    'علامات تكشف الرسالة المزيفة',
    'روابط مختصرة وأسماء نطاقات غريبة',
    'ماذا تفعل إذا ضغطت على الرابط؟',
    'كيف تبلغ عن الرسالة؟',
  ]);
  // At the top, before the first section: no entry is the one being read.
  await expect(list.locator('button[aria-current]')).toHaveCount(0);
  await list.locator('button', { hasText: 'علامات تكشف' }).click();
  await expect(list).toHaveCount(0);
  // The heading comes to rest just under the toolbar and has the focus.
  await expect.poll(() => page.evaluate(sectionInPage, 'علامات تكشف')).toEqual({ near: true, focused: true, listGone: true });
  // Opened again, the list marks that section as the one being read.
  await toggle.click();
  await expect(list.locator('button[aria-current="location"]')).toHaveText('علامات تكشف الرسالة المزيفة');
  await page.keyboard.press('Escape');
  await expect(list).toHaveCount(0);
  expect((await qari.reader()).hosts).toBe(1);
});

test('a news story with three subheadings offers no Contents list', async ({ page, qari }) => {
  await qari.openSeed('elbalad-isis-africa');
  await qari.toggle();
  await expect(page.locator('qari-reader .qari-larger')).toHaveCount(1);
  await expect(page.locator('qari-reader .qari-contents-toggle')).toHaveCount(0);
});

test('a modal dialog the page opens, while the reader is open or before, neither covers the reader nor freezes it, and is still open when it closes', async ({ page, qari }) => {
  await qari.openSeed('elbalad-isis-africa');
  await qari.toggle();
  // A newsletter popup on a timer: the page shows its own modal dialog.
  await page.evaluate(openPageDialogInPage);
  // The reader is on top and answers clicks: larger text.
  await page.locator('qari-reader .qari-larger').click({ timeout: 5000 });
  await expect(page.locator('qari-reader .qari-root')).toHaveCSS('--qari-font-size', '22px');
  expect((await page.evaluate(pageDialogInPage)).onTop).toBe('qari-reader');
  // Closed, the page is as the page left it: its dialog open and modal.
  await qari.toggle();
  expect((await qari.reader()).hosts).toBe(0);
  expect((await page.evaluate(pageDialogInPage)).modal).toBe(true);

  // Opened again while the page's dialog is still up: the reader comes above it from the start.
  await qari.toggle();
  await page.locator('qari-reader .qari-smaller').click({ timeout: 5000 });
  await expect(page.locator('qari-reader .qari-root')).toHaveCSS('--qari-font-size', '20px');
  await qari.toggle();
  expect((await page.evaluate(pageDialogInPage)).modal).toBe(true);
});
