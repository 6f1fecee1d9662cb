import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, saveSettings } from '../../utils/settings';
import { createReaderController } from './controller';

const PAGE = `
  <header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
  <main><article>
    <h1>اجتماع التحالف الدولي في مراكش</h1>
    ${'<p>اجتمع وزراء التحالف الدولي لمحاربة داعش أمس، الأربعاء، في مدينة مراكش المغربية، للتأكيد على مواصلة القتال ضد التنظيم الإرهابي، والذي لا يزال يمثل تهديدا، طبقا لما أكده البيان الختامي.</p>'.repeat(12)}
  </article></main>
  <input id="search" type="search">`;

function shadowOf(): ShadowRoot | null {
  return document.querySelector('qari-reader')?.shadowRoot ?? null;
}

/** A long article: past the 5,000 elements after which the reader first says it is preparing it. */
const LONG_PAGE = `<main><article><h1>اجتماع التحالف الدولي في مراكش</h1>${'<p><b>مراكش</b> اجتمع وزراء التحالف الدولي لمحاربة داعش أمس في مدينة <span>مراكش</span> المغربية للتأكيد على مواصلة القتال ضد التنظيم.</p>'.repeat(1_800)}</article></main>`;

/** Calls `then` with the reader's shadow root as soon as the reader's element is put on the page (before any timer). */
function whenMounted(then: (shadow: ShadowRoot) => void): MutationObserver {
  const watch = new MutationObserver(() => {
    const shadow = shadowOf();
    if (!shadow) return;
    watch.disconnect();
    then(shadow);
  });
  watch.observe(document.documentElement, { childList: true });
  return watch;
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
}

beforeEach(() => {
  fakeBrowser.reset();
  document.documentElement.setAttribute('lang', 'ar');
  document.title = 'اجتماع التحالف الدولي في مراكش';
  document.body.innerHTML = PAGE;
});

afterEach(() => {
  document.querySelector('qari-reader')?.remove();
});

describe('the reader controller', () => {
  it('opens one <qari-reader> on <html> with an open shadow root and the article, and closing leaves the page as it was', async () => {
    const input = document.getElementById('search') as HTMLInputElement;
    input.focus();
    const bodyBefore = document.body.outerHTML;
    const htmlAttributes = document.documentElement.getAttributeNames().map((n) => `${n}=${document.documentElement.getAttribute(n)}`);
    const reader = createReaderController(document);

    const state = await reader.toggle();
    expect(state).toMatchObject({ open: true, hasArticle: true, dir: 'rtl' });
    expect(document.querySelectorAll('qari-reader')).toHaveLength(1);
    expect(document.documentElement.lastElementChild?.localName).toBe('qari-reader');
    const article = shadowOf()!.querySelectorAll('article');
    expect(article).toHaveLength(1);
    expect(article[0]!.getAttribute('dir')).toBe('rtl');
    expect(article[0]!.querySelector('h1')?.textContent).toContain('اجتماع التحالف الدولي');
    expect(document.body.outerHTML).toBe(bodyBefore);

    expect(await reader.toggle()).toEqual({ open: false });
    expect(document.querySelector('qari-reader')).toBeNull();
    expect(document.body.outerHTML).toBe(bodyBefore);
    expect(document.documentElement.getAttributeNames().map((n) => `${n}=${document.documentElement.getAttribute(n)}`)).toEqual(htmlAttributes);
    expect(document.activeElement).toBe(input);
    expect(document.querySelectorAll('style')).toHaveLength(0);
  });

  it('closes on Esc from inside the reader, and Esc never reaches the page', async () => {
    const reader = createReaderController(document);
    let pageSawKeys = 0;
    const count = () => pageSawKeys++;
    document.addEventListener('keydown', count);
    await reader.open();
    const close = shadowOf()!.querySelector('button')!;
    close.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true, composed: true }));
    close.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(reader.state()).toEqual({ open: false });
    expect(pageSawKeys).toBe(0);
    document.removeEventListener('keydown', count);
  });

  it('opens with a message and no <article> when the page has none', async () => {
    document.body.innerHTML = '<nav><a href="/a">A</a> <a href="/b">B</a></nav>';
    const reader = createReaderController(document);
    expect(await reader.open()).toEqual({ open: true, hasArticle: false });
    expect(shadowOf()!.querySelector('article')).toBeNull();
    expect(shadowOf()!.textContent).toContain('No article found on this page');
    reader.close();
  });

  it('holds a front page\'s list of headlines back, and shows it when asked, through a change of settings too', async () => {
    const headlines = Array.from({ length: 24 }, (_, i) => `<li><a href="/n/${i}">عنوان الخبر رقم ${i} عن أحداث اليوم في المدينة والقرى المجاورة</a></li>`).join('');
    document.body.innerHTML = `<main><h1>الأخبار</h1><ul>${headlines}</ul></main>`;
    const bodyBefore = document.body.outerHTML;
    const reader = createReaderController(document);
    expect(await reader.open()).toEqual({ open: true, hasArticle: false });
    expect(shadowOf()!.querySelector('article')).toBeNull();
    const show = Array.from(shadowOf()!.querySelectorAll('button')).find((b) => b.textContent === 'Show the page anyway')!;
    show.click();
    expect(reader.state()).toMatchObject({ open: true, hasArticle: true, dir: 'rtl' });
    expect(shadowOf()!.querySelector('article')?.textContent).toContain('عنوان الخبر رقم 23');
    expect(shadowOf()!.activeElement?.classList.contains('qari-scroller')).toBe(true);
    // Pictures off extracts again: the list stays shown.
    await saveSettings({ showImages: false });
    await settle();
    expect(shadowOf()!.querySelector('article')?.textContent).toContain('عنوان الخبر رقم 23');
    reader.close();
    expect(document.body.outerHTML).toBe(bodyBefore);
    // Opened again, the reader asks again.
    await reader.open();
    expect(shadowOf()!.querySelector('article')).toBeNull();
    reader.close();
  });

  it('saves a change to the settings store and follows changes made elsewhere', async () => {
    const reader = createReaderController(document);
    await reader.open();
    const root = () => shadowOf()!.querySelector<HTMLElement>('.qari-root')!;
    const larger = Array.from(shadowOf()!.querySelectorAll('button')).find((b) => b.getAttribute('aria-label') === 'Larger text')!;
    larger.click();
    expect(root().style.getPropertyValue('--qari-font-size')).toBe('22px');
    await settle();
    expect((await loadSettings()).fontSize).toBe(22);

    await saveSettings({ theme: 'dark' });
    await settle();
    expect(root().getAttribute('data-theme')).toBe('dark');
    reader.close();
  });

  it('on a long page first shows that it is preparing the article, then the article', async () => {
    document.body.innerHTML = LONG_PAGE;
    expect(document.body.getElementsByTagName('*').length).toBeGreaterThan(5_000);
    let first = '';
    whenMounted((shadow) => (first = shadow.textContent ?? ''));
    const reader = createReaderController(document);
    const opening = reader.open();
    expect(await opening).toMatchObject({ open: true, hasArticle: true, dir: 'rtl' });
    expect(first).toContain('Preparing the article…');
    expect(shadowOf()!.querySelectorAll('article')).toHaveLength(1);
    expect(shadowOf()!.textContent).not.toContain('Preparing the article');
    reader.close();
  });

  it('a short page never shows the preparing message', async () => {
    const reader = createReaderController(document);
    let first: string | null = null;
    whenMounted((shadow) => (first = shadow.textContent ?? ''));
    await reader.open();
    expect(first).toContain('اجتماع التحالف الدولي');
    expect(first).not.toContain('Preparing the article');
    expect(shadowOf()!.querySelectorAll('article')).toHaveLength(1);
    reader.close();
  });

  it('closed while it prepares, the reader calls the opening off and leaves the page as it was', async () => {
    document.body.innerHTML = LONG_PAGE;
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    const bodyBefore = document.body.outerHTML;
    whenMounted((shadow) => shadow.querySelector<HTMLButtonElement>('button[aria-label="Close reader"]')!.click());
    const reader = createReaderController(document);
    const opening = reader.open();
    expect(await opening).toEqual({ open: false });
    expect(reader.state()).toEqual({ open: false });
    expect(document.querySelector('qari-reader')).toBeNull();
    expect(document.body.outerHTML).toBe(bodyBefore);
    expect(document.activeElement).toBe(input);
    expect(await reader.toggle()).toMatchObject({ open: true, hasArticle: true });
    reader.close();
  });
});
