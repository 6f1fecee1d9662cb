// Code passed to worker.evaluate runs in the extension's service worker, where `chrome` is the extension API.
import type { Browser } from '@wxt-dev/browser';

declare global {
  const chrome: typeof Browser;
  interface Window {
    /** Chromium's and Firefox's non-standard find in page (not in TypeScript's DOM types): finds as the find bar does. */
    find(text: string, caseSensitive?: boolean, backwards?: boolean, wrapAround?: boolean): boolean;
  }
}
