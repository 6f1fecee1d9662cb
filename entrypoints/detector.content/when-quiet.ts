import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Resolves once the page has made no DOM change for `quietMs`, or after `maxMs` whatever happens.
 * A single-page site changes its URL first and renders the new article after (often after a fetch):
 * detecting at once would judge the old page.
 */
export function whenQuiet(ctx: ContentScriptContext, quietMs: number, maxMs: number): Promise<void> {
  return new Promise((resolve) => {
    let quietTimer: ReturnType<typeof setTimeout> | undefined;
    const finish = () => {
      observer.disconnect();
      clearTimeout(quietTimer);
      clearTimeout(maxTimer);
      resolve();
    };
    const observer = new MutationObserver(() => {
      clearTimeout(quietTimer);
      quietTimer = setTimeout(finish, quietMs);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    quietTimer = setTimeout(finish, quietMs);
    const maxTimer = setTimeout(finish, maxMs);
    ctx.onInvalidated(finish);
  });
}
