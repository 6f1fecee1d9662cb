/**
 * Test-only: compiled in only by `wxt build --mode e2e` (npm run build:e2e), never in the shipped zips
 * (scripts/production-bundle.test.ts checks). Browser tests in Firefox cannot reach the background page,
 * so the detector's e2e hook forwards a page event here and this answers for the sender's own tab,
 * through the same router the toolbar click and the keyboard command use.
 */
import type { WxtBrowser } from 'wxt/browser';
import { COMMAND_TOGGLE, type createReaderRouter } from './reader-router';

export const E2E_MESSAGE_TYPE = 'qari:e2e';

export type E2eAction =
  /** router.toggleReader(tab), as the toolbar click does. */
  | 'toggle'
  /** router.onCommand('toggle-reader', tab), as the keyboard shortcut does. */
  | 'command'
  /** browser.commands.getAll(): the shortcuts the browser registered. */
  | 'commands'
  /** What the background knows of the tab (verdict, reader state). */
  | 'tab-state'
  /** The toolbar button's title for the tab. */
  | 'action-title'
  /** browser.runtime.openOptionsPage(), as the reader's settings button does. */
  | 'open-options'
  | 'manifest';

export interface E2eMessage {
  type: typeof E2E_MESSAGE_TYPE;
  action: E2eAction;
}

export function isE2eMessage(value: unknown): value is E2eMessage {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === E2E_MESSAGE_TYPE;
}

type ReaderRouter = ReturnType<typeof createReaderRouter>;

export function installE2eHook(browser: WxtBrowser, router: ReaderRouter): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: { tab?: { id?: number } }) => {
    if (!isE2eMessage(message)) return undefined;
    const tabId = sender.tab?.id;
    if (tabId === undefined) return Promise.reject(new Error('Qari e2e: the message came from no tab'));
    return answer(browser, router, message.action, tabId);
  });
}

async function answer(browser: WxtBrowser, router: ReaderRouter, action: E2eAction, tabId: number): Promise<unknown> {
  switch (action) {
    case 'toggle':
      return router.toggleReader(tabId);
    case 'command':
      return router.onCommand(COMMAND_TOGGLE, tabId);
    case 'commands':
      return browser.commands.getAll();
    case 'tab-state':
      return structuredClone(router.tabs.get(tabId) ?? null);
    case 'action-title':
      return browser.action.getTitle({ tabId });
    case 'open-options':
      return browser.runtime.openOptionsPage();
    case 'manifest':
      return browser.runtime.getManifest();
    default:
      throw new Error(`Qari e2e: unknown action ${String(action)}`);
  }
}
