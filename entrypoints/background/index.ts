import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { isToBackgroundMessage } from '@/utils/messages';
import { createReaderRouter } from './reader-router';

export default defineBackground(() => {
  const router = createReaderRouter(browser);

  // The testing contract: the very function the toolbar click and the keyboard command call.
  (globalThis as Record<string, unknown>).toggleReader = router.toggleReader;
  // The keyboard command's handler, for tests: browsers let no test press a browser-level shortcut.
  (globalThis as Record<string, unknown>).qariCommand = router.onCommand;
  // Read-only view of what the worker knows of a tab (verdict, reader state), for tests and debugging.
  (globalThis as Record<string, unknown>).qariTabState = (tabId: number) => structuredClone(router.tabs.get(tabId) ?? null);

  browser.action.onClicked.addListener((tab) => {
    if (tab.id !== undefined) void router.toggleReader(tab.id);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    void router.onCommand(command, tab?.id);
  });
  browser.runtime.onMessage.addListener((message, sender) => {
    if (!isToBackgroundMessage(message)) return undefined;
    return router.onMessage(message, sender);
  });
  if (import.meta.env.MODE === 'e2e') void import('./e2e-hook').then((hook) => hook.installE2eHook(browser, router));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void router.onTabLoading(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void router.forgetTab(tabId));
});
