import { describe, it, expect, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageVerdict, ToTabMessage } from '@/utils/messages';
import { COMMAND_TOGGLE, createReaderRouter, isRestrictedUrl, type RouterBrowser } from './reader-router';
import { READER_FAILED } from '@/utils/messages';

const ARTICLE: PageVerdict = { isArticle: true, cluttered: true, reasons: ['readerable'], ms: 1 };
const NOT_ARTICLE: PageVerdict = { isArticle: false, cluttered: false, reasons: ['not readerable'], ms: 1 };

/**
 * WXT's fake browser with what it lacks: tabs.sendMessage answers as a page with the detector would (a
 * reader that toggles), scripting.executeScript and action.setIcon are recorded.
 */
function harness() {
  const open = new Map<number, boolean>();
  const sendMessage = vi.fn(async (tabId: number, message: ToTabMessage) => {
    if (message.type === 'qari:toggle') open.set(tabId, !open.get(tabId));
    if (message.type === 'qari:open') open.set(tabId, true);
    if (message.type === 'qari:close') open.set(tabId, false);
    return { open: !!open.get(tabId), hasArticle: true };
  });
  const executeScript = vi.fn(async () => []);
  const setIcon = vi.fn(async () => undefined);
  const openOptionsPage = vi.fn(async () => undefined);
  // The fake's tabs.query needs a focused window to answer lastFocusedWindow; tests say which tab is active.
  const query = vi.fn(async (_info: object): Promise<{ id?: number }[]> => []);
  const browser = {
    ...fakeBrowser,
    action: { ...fakeBrowser.action, setIcon },
    tabs: { ...fakeBrowser.tabs, sendMessage, query },
    runtime: { ...fakeBrowser.runtime, openOptionsPage },
    scripting: { executeScript },
  } as unknown as RouterBrowser;
  const router = createReaderRouter(browser);
  const title = (tabId: number) => fakeBrowser.action.getTitle({ tabId });
  const badge = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });
  const icon = () => (setIcon.mock.calls.at(-1) as unknown as [{ path: Record<number, string> }] | undefined)?.[0].path[16];
  return { router, sendMessage, executeScript, setIcon, openOptionsPage, query, title, badge, icon };
}

async function newTab(url: string): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  return tab.id!;
}

describe('reader router', () => {
  beforeEach(() => fakeBrowser.reset());

  it('toggleReader opens the reader in the tab, then closes it, and the icon follows', async () => {
    const h = harness();
    const tabId = await newTab('https://www.elbalad.news/5285431');

    expect(await h.router.toggleReader(tabId)).toMatchObject({ open: true });
    expect(h.sendMessage).toHaveBeenLastCalledWith(tabId, { type: 'qari:toggle' });
    expect(await h.title(tabId)).toBe('Close reader view');
    expect(h.icon()).toBe('/icon/active-16.png');

    expect(await h.router.toggleReader(tabId)).toMatchObject({ open: false });
    expect(await h.title(tabId)).toBe('Qari reader view');
    expect(h.icon()).toBe('/icon/idle-16.png');
  });

  it('shows the detector verdict on the icon: article and cluttered, or nothing to read', async () => {
    const h = harness();
    const article = await newTab('https://a.example/story');
    const portal = await newTab('https://a.example/');

    await h.router.onMessage({ type: 'qari:verdict', url: 'https://a.example/story', verdict: ARTICLE }, { tab: { id: article }, frameId: 0 });
    expect(await h.title(article)).toBe('Open in reader view');
    expect(await h.badge(article)).toBe('●');
    expect(h.icon()).toBe('/icon/active-16.png');
    expect(h.router.tabs.get(article)?.url).toBe('https://a.example/story');

    await h.router.onMessage({ type: 'qari:verdict', url: 'https://a.example/', verdict: NOT_ARTICLE }, { tab: { id: portal }, frameId: 0 });
    expect(await h.title(portal)).toBe('Qari reader view');
    expect(await h.badge(portal)).toBe('');
    expect(h.icon()).toBe('/icon/idle-16.png');
  });

  it('a clean article gets the active icon without the clutter dot', async () => {
    const h = harness();
    const tabId = await newTab('https://blog.example/post');
    await h.router.onMessage({ type: 'qari:verdict', url: 'https://blog.example/post', verdict: { ...ARTICLE, cluttered: false } }, { tab: { id: tabId } });
    expect(await h.badge(tabId)).toBe('');
    expect(await h.title(tabId)).toBe('Open in reader view');
  });

  it('ignores verdicts from frames other than the top one', async () => {
    const h = harness();
    const tabId = await newTab('https://a.example/story');
    await h.router.onMessage({ type: 'qari:verdict', url: 'https://ads.example/frame', verdict: ARTICLE }, { tab: { id: tabId }, frameId: 3 });
    expect(h.router.tabs.get(tabId)).toBeUndefined();
  });

  it('follows the reader state the page reports (auto-open, Esc)', async () => {
    const h = harness();
    const tabId = await newTab('https://a.example/story');
    await h.router.onMessage({ type: 'qari:reader-state', state: { open: true, hasArticle: true } }, { tab: { id: tabId } });
    expect(await h.title(tabId)).toBe('Close reader view');
    await h.router.onMessage({ type: 'qari:reader-state', state: { open: false } }, { tab: { id: tabId } });
    expect(await h.title(tabId)).toBe('Qari reader view');
  });

  it('the keyboard command runs the same toggle, for the given tab or the active one', async () => {
    const h = harness();
    const tabId = await newTab('https://a.example/story');
    expect(await h.router.onCommand(COMMAND_TOGGLE, tabId)).toMatchObject({ open: true });
    expect(h.sendMessage).toHaveBeenLastCalledWith(tabId, { type: 'qari:toggle' });

    h.query.mockResolvedValue([{ id: tabId }]);
    expect(await h.router.onCommand(COMMAND_TOGGLE)).toMatchObject({ open: false });
    expect(h.query).toHaveBeenCalledWith({ active: true, lastFocusedWindow: true });
    expect(h.sendMessage).toHaveBeenCalledTimes(2);

    expect(await h.router.onCommand('something-else', tabId)).toBeUndefined();
    expect(h.sendMessage).toHaveBeenCalledTimes(2);
  });

  it('injects the detector once where none answers (a page opened before install), then asks again', async () => {
    const h = harness();
    const tabId = await newTab('https://old.example/story');
    h.sendMessage.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await h.router.toggleReader(tabId)).toMatchObject({ open: true });
    expect(h.executeScript).toHaveBeenCalledWith({ target: { tabId }, files: ['/content-scripts/detector.js'] });
    expect(h.sendMessage).toHaveBeenCalledTimes(2);
  });

  it('says clearly, without throwing, that the reader cannot open where scripts are refused', async () => {
    const h = harness();
    const tabId = await newTab('https://example.com/file.pdf');
    h.sendMessage.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    h.executeScript.mockRejectedValue(new Error('Cannot access contents of the page.'));
    expect(await h.router.toggleReader(tabId)).toEqual({ open: false, error: 'restricted' });
    expect(await h.title(tabId)).toMatch(/can’t open the reader/);
    expect(await h.badge(tabId)).toBe('✕');
    expect(h.icon()).toBe('/icon/idle-16.png');
  });

  it('says the reader can’t open, without injecting anything, when the page’s reader failed to load', async () => {
    const h = harness();
    const tabId = await newTab('file:///home/me/story.html');
    h.sendMessage.mockRejectedValueOnce(new Error(READER_FAILED));
    expect(await h.router.toggleReader(tabId)).toEqual({ open: false, error: 'restricted' });
    expect(h.executeScript).not.toHaveBeenCalled();
    expect(await h.badge(tabId)).toBe('✕');
    // The verdict of the detector the click injected comes later, and does not undo the refusal.
    await h.router.onMessage({ type: 'qari:verdict', url: 'file:///home/me/story.html', verdict: ARTICLE }, { tab: { id: tabId } });
    expect(await h.badge(tabId)).toBe('✕');
  });

  it('refuses browser pages and extension stores at once, without asking the page', async () => {
    const h = harness();
    for (const url of ['chrome://version/', 'https://chromewebstore.google.com/detail/x', 'about:addons', 'view-source:https://a.example/']) {
      const tabId = await newTab(url);
      expect(await h.router.toggleReader(tabId), url).toEqual({ open: false, error: 'restricted' });
      expect(await h.badge(tabId)).toBe('✕');
    }
    expect(h.sendMessage).not.toHaveBeenCalled();
    expect(h.executeScript).not.toHaveBeenCalled();
  });

  it('forgets a tab’s page when a new document loads in it', async () => {
    const h = harness();
    const tabId = await newTab('https://a.example/story');
    await h.router.onMessage({ type: 'qari:verdict', url: 'https://a.example/story', verdict: ARTICLE }, { tab: { id: tabId } });
    await h.router.onTabLoading(tabId);
    expect(h.router.tabs.get(tabId)).toEqual({});
    expect(await h.title(tabId)).toBe('Qari reader view');
    expect(await h.badge(tabId)).toBe('');
  });

  it('survives painting a tab that has closed', async () => {
    const h = harness();
    h.setIcon.mockRejectedValue(new Error('No tab with id: 99.'));
    await expect(h.router.onMessage({ type: 'qari:verdict', url: 'https://a.example/', verdict: ARTICLE }, { tab: { id: 99 } })).resolves.toBeUndefined();
    await h.router.forgetTab(99);
    expect(h.router.tabs.has(99)).toBe(false);
  });

  it('remembers the tabs across a restart of the service worker (the page was an article, the reader open)', async () => {
    const h = harness();
    const tabId = await newTab('https://a.example/story');
    await h.router.onMessage({ type: 'qari:verdict', url: 'https://a.example/story', verdict: ARTICLE }, { tab: { id: tabId }, frameId: 0 });
    await h.router.toggleReader(tabId);

    // The browser stops the idle worker; the next event starts a new one, with a new router.
    const restarted = harness();
    await restarted.router.restored;
    expect(restarted.router.tabs.get(tabId)).toMatchObject({ verdict: ARTICLE, reader: { open: true } });
    // The reader closes from the page (Esc): the icon goes back to "an article", not to "nothing here".
    await restarted.router.onMessage({ type: 'qari:reader-state', state: { open: false } }, { tab: { id: tabId }, frameId: 0 });
    expect(await restarted.title(tabId)).toBe('Open in reader view');
    expect(await restarted.badge(tabId)).toBe('●');
  });

  it('a closed tab is forgotten by the next run of the worker too', async () => {
    const h = harness();
    const tabId = await newTab('https://a.example/story');
    await h.router.onMessage({ type: 'qari:verdict', url: 'https://a.example/story', verdict: ARTICLE }, { tab: { id: tabId }, frameId: 0 });
    await h.router.forgetTab(tabId);
    const restarted = harness();
    await restarted.router.restored;
    expect(restarted.router.tabs.has(tabId)).toBe(false);
  });

  it('starts from nothing when the saved state is not what it wrote', async () => {
    await fakeBrowser.storage.session.set({ qariTabs: 'garbage' });
    const h = harness();
    await h.router.restored;
    expect(h.router.tabs.size).toBe(0);
    await fakeBrowser.storage.session.set({ qariTabs: { x: { verdict: ARTICLE }, 5: null } });
    const again = harness();
    await again.router.restored;
    expect(again.router.tabs.size).toBe(0);
  });

  it('opens the options page when the reader asks', async () => {
    const h = harness();
    await h.router.onMessage({ type: 'qari:open-options' }, { tab: { id: 1 } });
    expect(h.openOptionsPage).toHaveBeenCalled();
  });
});

describe('isRestrictedUrl', () => {
  it.each([
    ['chrome://extensions/', true],
    ['chrome-extension://abc/options.html', true],
    ['moz-extension://abc/options.html', true],
    ['about:blank', true],
    ['about:reader?url=https://a.example/', true],
    ['view-source:https://a.example/', true],
    ['https://chromewebstore.google.com/', true],
    ['https://chrome.google.com/webstore/detail/x', true],
    ['https://addons.mozilla.org/ar/firefox/', true],
    ['https://microsoftedge.microsoft.com/addons/detail/x', true],
    ['https://www.elbalad.news/5285431', false],
    ['https://addons.mozilla.org.example.com/', false],
    ['http://127.0.0.1:8080/seed/', false],
    ['file:///home/me/page.html', false],
    [undefined, false],
  ])('%s → %s', (url, restricted) => {
    expect(isRestrictedUrl(url)).toBe(restricted);
  });
});
