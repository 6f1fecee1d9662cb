/**
 * Routes every way into the reader (toolbar click, keyboard command, tests) to one toggleReader,
 * and keeps each tab's state on the toolbar icon. Plain functions over the `browser` API passed in,
 * so unit tests can drive them with WXT's fake browser.
 */
import type { WxtBrowser } from 'wxt/browser';
import { READER_FAILED, type PageVerdict, type ReaderState, type ToBackgroundMessage, type ToTabMessage } from '@/utils/messages';

export interface TabInfo {
  url?: string;
  verdict?: PageVerdict;
  reader?: ReaderState;
  restricted?: boolean;
}

export type ToggleResult = ReaderState | { open: false; error: 'restricted' };

export const COMMAND_TOGGLE = 'toggle-reader';


/** The subset of the browser API the router uses; WXT's `browser` and the fake browser both fit. */
export type RouterBrowser = Pick<WxtBrowser, 'action' | 'i18n' | 'runtime' | 'tabs'> & {
  scripting?: Pick<WxtBrowser['scripting'], 'executeScript'>;
  storage?: { session?: Pick<WxtBrowser['storage']['session'], 'get' | 'set'> };
};

/**
 * Where the worker keeps what it knows of each tab. An MV3 service worker is stopped after 30 seconds
 * without events and started again by the next one, so a reader left open while the user reads would
 * otherwise come back to a worker that has forgotten the page was an article, and the icon would lose
 * its state when the reader closes. storage.session lives in memory until the browser closes, and only
 * the extension's own pages and workers can read it.
 */
export const TABS_KEY = 'qariTabs';

// Pages where browsers let no extension run scripts: their own pages, other extensions' pages, source
// views, and the extension stores. The icon says so at once instead of trying. Pages not listed here that
// still refuse scripts (the built-in PDF viewer, file:// without "Allow access to file URLs") are found by
// trying: no detector answers and the browser refuses to inject one.
const RESTRICTED_SCHEMES = /^(about|chrome|chrome-extension|chrome-search|chrome-untrusted|devtools|edge|brave|opera|vivaldi|moz-extension|resource|view-source|data|blob|javascript):/i;
const RESTRICTED_SITES = /^https?:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|microsoftedge\.microsoft\.com\/addons|addons\.mozilla\.org|addons\.opera\.com)(\/|$)/i;

export function isRestrictedUrl(url: string | undefined): boolean {
  return !!url && (RESTRICTED_SCHEMES.test(url) || RESTRICTED_SITES.test(url));
}

const ICON_SIZES = [16, 32, 48, 128] as const;

function iconPath(state: 'idle' | 'active'): Record<number, string> {
  return Object.fromEntries(ICON_SIZES.map((size) => [size, `/icon/${state}-${size}.png`]));
}

export function createReaderRouter(browser: RouterBrowser) {
  const tabs = new Map<number, TabInfo>();
  const session = browser.storage?.session;

  // What an earlier run of this worker knew. Every entry point waits for it; what this run learns first wins.
  const restored: Promise<void> = (async () => {
    try {
      const saved = (await session?.get(TABS_KEY))?.[TABS_KEY] as Record<string, TabInfo> | undefined;
      if (!saved || typeof saved !== 'object') return;
      for (const [id, t] of Object.entries(saved)) {
        const tabId = Number(id);
        if (Number.isInteger(tabId) && t && typeof t === 'object' && !tabs.has(tabId)) tabs.set(tabId, t);
      }
    } catch {
      // No session storage (an old browser) or it failed: start from nothing, as before.
    }
  })();

  // Writes go one after another, each with the whole (small) map as it is then.
  let saving: Promise<void> = Promise.resolve();
  function save(): Promise<void> {
    if (!session) return saving;
    saving = saving.then(() => session.set({ [TABS_KEY]: Object.fromEntries(tabs) })).catch(() => undefined);
    return saving;
  }

  function info(tabId: number): TabInfo {
    let t = tabs.get(tabId);
    if (!t) tabs.set(tabId, (t = {}));
    return t;
  }

  function text(key: string, fallback: string): string {
    try {
      // A missing translation (or a test's fake i18n) falls back to English.
      return (browser.i18n.getMessage as (name: string) => string)(key) || fallback;
    } catch {
      return fallback;
    }
  }

  /** What the icon shows for a tab: title (tooltip), badge, and the idle or active icon. */
  function look(t: TabInfo): { title: string; badge: string; badgeColor: string; icon: 'idle' | 'active' } {
    if (t.restricted) {
      return { title: text('action_title_restricted', 'Qari can’t open the reader on this page'), badge: '✕', badgeColor: '#8a8a8a', icon: 'idle' };
    }
    if (t.reader?.open) {
      return { title: text('action_title_close', 'Close reader view'), badge: '', badgeColor: '#0b7a5a', icon: 'active' };
    }
    if (t.verdict?.isArticle) {
      // A dot marks a cluttered article: the pages where the reader helps most.
      return { title: text('action_title_open', 'Open in reader view'), badge: t.verdict.cluttered ? '●' : '', badgeColor: '#0b7a5a', icon: 'active' };
    }
    return { title: text('action_title_default', 'Qari reader view'), badge: '', badgeColor: '#0b7a5a', icon: 'idle' };
  }

  async function paint(tabId: number): Promise<void> {
    void save();
    const l = look(info(tabId));
    try {
      await browser.action.setTitle({ tabId, title: l.title });
      await browser.action.setBadgeText({ tabId, text: l.badge });
      if (l.badge) await browser.action.setBadgeBackgroundColor({ tabId, color: l.badgeColor });
      await browser.action.setIcon({ tabId, path: iconPath(l.icon) });
    } catch {
      // The tab closed in the meantime: nothing to paint.
    }
  }

  async function send(tabId: number, message: ToTabMessage): Promise<ReaderState> {
    const answer = (await browser.tabs.sendMessage(tabId, message)) as ReaderState | undefined;
    if (!answer || typeof answer.open !== 'boolean') throw new Error('no reader state in the answer');
    return answer;
  }

  async function tabUrl(tabId: number): Promise<string | undefined> {
    try {
      // Known only with activeTab (a click or the shortcut) or host access to the page.
      return (await browser.tabs.get(tabId)).url;
    } catch {
      return undefined;
    }
  }

  async function refuse(tabId: number): Promise<ToggleResult> {
    const t = info(tabId);
    t.restricted = true;
    t.reader = { open: false };
    await paint(tabId);
    return { open: false, error: 'restricted' };
  }

  async function deliver(tabId: number, message: ToTabMessage): Promise<ToggleResult> {
    await restored;
    const t = info(tabId);
    if (isRestrictedUrl((await tabUrl(tabId)) ?? t.url)) return refuse(tabId);
    try {
      t.reader = await send(tabId, message);
    } catch (error) {
      // The detector answered that its reader could not load or open (a file:// page, where reader.js is
      // not web-accessible): nothing to inject, say so.
      if (String(error).includes(READER_FAILED)) return refuse(tabId);
      // No detector in the tab: the page predates the extension, or the browser forbids scripts there.
      // With activeTab (a click or the shortcut) the detector can be injected once, then asked again.
      try {
        if (!browser.scripting) throw new Error('no scripting API');
        await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/detector.js'] });
        t.reader = await send(tabId, message);
      } catch {
        return refuse(tabId);
      }
    }
    t.restricted = false;
    await paint(tabId);
    return t.reader;
  }

  async function activeTabId(): Promise<number | undefined> {
    try {
      return (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
    } catch {
      return undefined;
    }
  }

  const toggleReader = (tabId: number) => deliver(tabId, { type: 'qari:toggle' });

  return {
    tabs,
    look,
    toggleReader,
    openReader: (tabId: number) => deliver(tabId, { type: 'qari:open' }),
    closeReader: (tabId: number) => deliver(tabId, { type: 'qari:close' }),

    /** The keyboard command's handler; browsers give the tab in Chrome, not always in Firefox. */
    async onCommand(command: string, tabId?: number): Promise<ToggleResult | undefined> {
      if (command !== COMMAND_TOGGLE) return undefined;
      const id = tabId ?? (await activeTabId());
      return id === undefined ? undefined : toggleReader(id);
    },

    async onMessage(message: ToBackgroundMessage, sender: { tab?: { id?: number }; url?: string; frameId?: number }): Promise<void> {
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId) return;
      if (message.type === 'qari:open-options') {
        await browser.runtime.openOptionsPage();
        return;
      }
      await restored;
      const t = info(tabId);
      if (message.type === 'qari:verdict') {
        // The page's own URL: after a single-page navigation it is newer than the sender's.
        t.url = typeof message.url === 'string' ? message.url : sender.url;
        // A refusal stands until the tab loads another page: on a file:// page the detector injected by a
        // click reports its verdict after the reader has already failed there.
        t.verdict = message.verdict;
      } else if (message.type === 'qari:reader-state') {
        t.reader = message.state;
      }
      await paint(tabId);
    },

    /** A new document is loading in the tab: what was known of the old one no longer holds. */
    async onTabLoading(tabId: number): Promise<void> {
      // Painted even when this worker knows nothing of the tab: it may have restarted since the icon was set.
      await restored;
      tabs.set(tabId, {});
      await paint(tabId);
    },

    async forgetTab(tabId: number): Promise<void> {
      await restored;
      tabs.delete(tabId);
      await save();
    },

    /** Resolves once what an earlier run of the worker knew is back in `tabs` (for tests). */
    restored,
  };
}

export type ReaderRouter = ReturnType<typeof createReaderRouter>;
