import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { detectPage } from '@/utils/detect-page';
import { isToTabMessage, READER_FAILED, type PageVerdict, type ReaderState, type ToBackgroundMessage } from '@/utils/messages';
import { readSiteRules } from '@/utils/site-rules';
import { siteInList } from '@/utils/site-in-list';
import { getReaderApi } from '@/utils/reader-api';
import { handleTabMessage, loadReader, readerIsOpen } from './reader-loader';
import { whenQuiet } from './when-quiet';

function tell(message: ToBackgroundMessage): void {
  try {
    browser.runtime.sendMessage(message).catch(() => undefined);
  } catch {
    // The extension was reloaded or removed: this script is an orphan with no one to tell.
  }
}

function tellReaderState(state: ReaderState): void {
  tell({ type: 'qari:reader-state', state });
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    // The built-in PDF viewer, images and plain text are documents too, but hold no HTML to read. The
    // detector stays silent there: no one answers the background, which then says the reader can't open.
    if (!/html/i.test(document.contentType)) return;

    browser.runtime.onMessage.addListener((message: unknown) => {
      if (!isToTabMessage(message)) return undefined;
      // A reader that cannot load (file:// pages, where reader.js is not web-accessible) is an error the
      // background must hear of, so the icon can say the reader can't open here.
      return handleTabMessage(message).catch((error: unknown) => {
        console.warn('Qari:', error);
        throw new Error(READER_FAILED);
      });
    });

    let run = 0;
    async function check(): Promise<void> {
      const mine = ++run;
      const rules = await readSiteRules();
      if (mine !== run || ctx.isInvalid) return;
      const host = location.hostname;
      const never = siteInList(host, rules.neverOpenSites);
      const verdict: PageVerdict = never
        ? { isArticle: false, cluttered: false, reasons: ['never-open site'], ms: 0 }
        : detectPage(document);
      tell({ type: 'qari:verdict', url: location.href, verdict });
      // Auto-open needs no host permission beyond this content script's own matches: the reader module is
      // a web-accessible resource imported here, in the page's isolated world. So there is no optional
      // permission to ask for when the user adds a site.
      if (!never && verdict.isArticle && siteInList(host, rules.autoOpenSites) && !readerIsOpen()) {
        try {
          const api = await loadReader();
          if (mine !== run || ctx.isInvalid) return;
          tellReaderState(await api.open());
        } catch (error) {
          console.warn('Qari: auto-open failed', error);
        }
      }
    }

    // document_idle is after the page has loaded; idle time on top keeps detection off the page's own work.
    const checkWhenIdle = () => ctx.requestIdleCallback(() => void check(), { timeout: 2000 });
    checkWhenIdle();

    // Single-page sites: a new URL may hold a new article. The open reader shows the old one, so it closes
    // at once; detection runs again once the site has rendered the new page (and re-opens on auto-open sites).
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl, oldUrl }) => {
      // A jump to an anchor (a footnote link, even one clicked inside the reader) stays on the same article;
      // only a hash that looks like a route (#/story/2, #!/story/2) may be a new one.
      if (newUrl.href.split('#')[0] === oldUrl.href.split('#')[0] && !/^#[!/]/.test(newUrl.hash)) return;
      run++;
      if (readerIsOpen()) tellReaderState(getReaderApi()?.close() ?? { open: false });
      void whenQuiet(ctx, 300, 3000).then(() => ctx.isValid && checkWhenIdle());
    });

    // Back or forward from the back/forward cache: the page and its reader are as they were, but the
    // background forgot them when the tab navigated away. Tell it again.
    ctx.addEventListener(window, 'pageshow', (event) => {
      if (!(event as PageTransitionEvent).persisted) return;
      const api = getReaderApi();
      if (api) tellReaderState(api.state());
      checkWhenIdle();
    });

    if (import.meta.env.MODE === 'e2e') void import('./e2e-hook').then((hook) => hook.installE2eHook());
    ctx.onInvalidated(() => getReaderApi()?.close());
  },
});
