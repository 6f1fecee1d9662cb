/**
 * Routes every way into the reader (toolbar click, keyboard command, tests) to one toggleReader,
 * and keeps each tab's state on the toolbar icon. Plain functions over the `browser` API passed in,
 * so unit tests can drive them with WXT's fake browser.
 */
import type { Browser } from 'wxt/browser';
import type { PageVerdict, ReaderState, ToBackgroundMessage, ToTabMessage } from '@/utils/messages';

export interface TabInfo {
  url?: string;
  verdict?: PageVerdict;
  reader?: ReaderState;
  restricted?: boolean;
}

export type ToggleResult = ReaderState | { open: false; error: 'restricted' };

export const COMMAND_TOGGLE = 'toggle-reader';

export function createReaderRouter(browser: Browser) {
  const tabs = new Map<number, TabInfo>();

  function info(tabId: number): TabInfo {
    let t = tabs.get(tabId);
    if (!t) tabs.set(tabId, (t = {}));
    return t;
  }

  async function paint(tabId: number): Promise<void> {
    const t = info(tabId);
    let title = browser.i18n.getMessage('action_title_default') || 'Qari reader view';
    let badge = '';
    if (t.restricted) {
      title = browser.i18n.getMessage('action_title_restricted') || 'Qari can’t open the reader on this page';
      badge = '✕';
    } else if (t.reader?.open) {
      title = browser.i18n.getMessage('action_title_close') || 'Close reader view';
      badge = '';
    } else if (t.verdict?.isArticle) {
      title = browser.i18n.getMessage('action_title_open') || 'Open in reader view';
      badge = t.verdict.cluttered ? '●' : '';
    }
    try {
      await browser.action.setTitle({ tabId, title });
      await browser.action.setBadgeText({ tabId, text: badge });
      if (badge) await browser.action.setBadgeBackgroundColor({ tabId, color: t.restricted ? '#8a8a8a' : '#0b7a5a' });
      const state = t.reader?.open || t.verdict?.isArticle ? 'active' : 'idle';
      await browser.action.setIcon({
        tabId,
        path: { 16: `/icon/${state}-16.png`, 32: `/icon/${state}-32.png`, 48: `/icon/${state}-48.png`, 128: `/icon/${state}-128.png` },
      });
    } catch {
      // The tab may have closed in the meantime; nothing to paint.
    }
  }

  async function send(tabId: number, message: ToTabMessage): Promise<ReaderState> {
    return (await browser.tabs.sendMessage(tabId, message)) as ReaderState;
  }

  async function deliver(tabId: number, message: ToTabMessage): Promise<ToggleResult> {
    const t = info(tabId);
    try {
      t.reader = await send(tabId, message);
      t.restricted = false;
    } catch {
      // No detector in the tab: the page predates the extension, or the browser forbids scripts there.
      // With activeTab (a click or the shortcut) the detector can be injected once, then asked again.
      try {
        await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/detector.js'] });
        t.reader = await send(tabId, message);
        t.restricted = false;
      } catch {
        t.restricted = true;
        t.reader = { open: false };
        await paint(tabId);
        return { open: false, error: 'restricted' };
      }
    }
    await paint(tabId);
    return t.reader;
  }

  return {
    tabs,
    toggleReader: (tabId: number) => deliver(tabId, { type: 'qari:toggle' }),
    openReader: (tabId: number) => deliver(tabId, { type: 'qari:open' }),
    closeReader: (tabId: number) => deliver(tabId, { type: 'qari:close' }),
    async onCommand(command: string, tabId: number | undefined): Promise<ToggleResult | undefined> {
      if (command !== COMMAND_TOGGLE) return undefined;
      const id = tabId ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
      return id === undefined ? undefined : deliver(id, { type: 'qari:toggle' });
    },
    async onMessage(message: ToBackgroundMessage, sender: { tab?: { id?: number }; url?: string; frameId?: number }): Promise<void> {
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId) return;
      const t = info(tabId);
      if (message.type === 'qari:verdict') {
        t.url = sender.url;
        t.verdict = message.verdict;
        t.restricted = false;
      } else if (message.type === 'qari:reader-state') {
        t.reader = message.state;
      } else if (message.type === 'qari:open-options') {
        await browser.runtime.openOptionsPage();
        return;
      }
      await paint(tabId);
    },
    forgetTab(tabId: number) {
      tabs.delete(tabId);
    },
  };
}
