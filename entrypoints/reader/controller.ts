/**
 * The reader controller behind ReaderApi: extracts the article, mounts the overlay, keeps it in step
 * with the settings store, and on close gives the page back exactly as it was found.
 */
import { h, render } from 'preact';
import { browser } from 'wxt/browser';
import { ReaderView } from '../../components/ReaderView';
import type { ExtractedArticle } from '../../utils/article';
import { extractArticle } from '../../utils/extract-article';
import type { ReaderState, ToBackgroundMessage } from '../../utils/messages';
import type { ReaderApi } from '../../utils/reader-api';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, watchSettings, type Settings } from '../../utils/settings';
import { mountOverlayHost, type OverlayHost } from './overlay-host';
import { snapshotPage, type PageSnapshot } from './page-snapshot';

interface Session {
  overlay: OverlayHost;
  snapshot: PageSnapshot;
  article: ExtractedArticle | null;
  /** No article because the page is past the size limits: the reader says so rather than "no article". */
  tooLarge: boolean;
  settings: Settings;
  /** Saves not yet answered: the store's echo of an older value must not undo a newer click. */
  pendingSaves: number;
  queuedFromStore: Settings | null;
  stopWatching(): void;
  stopFocusGuard(): void;
}

function defaults(): Settings {
  return structuredClone({ ...DEFAULT_SETTINGS, fontFamily: { ...DEFAULT_SETTINGS.fontFamily } }) as Settings;
}

// Extraction is synchronous: on a page past any of these limits it would freeze the tab for seconds (or,
// 5,000 levels deep, for more than a minute), so the reader says it can't instead. Measured in Chromium:
// Mozilla's 128 Readability test pages reach at most depth 37, 590,000 characters (wikipedia-2) and 220
// images (pixnet); plain Readability alone takes 1.6 s on 20,000 paragraphs (3.2 million characters),
// 2.8 s on 5,000 images, and never ends on 5,000-deep nesting. Chromium's own parser stops nesting at 512.
const TOO_DEEP = 512;
const TOO_MUCH_TEXT = 1_000_000;
const TOO_MANY_IMAGES = 1_000;
const TOO_MANY_ELEMENTS = 30_000;
const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template']);

/** One walk over the page, stopping as soon as a limit is passed. */
function tooLargeToRead(doc: Document): boolean {
  const root = doc.body ?? doc.documentElement;
  if (!root) return false;
  if (root.getElementsByTagName('*').length > TOO_MANY_ELEMENTS) return true;
  if (root.getElementsByTagName('img').length > TOO_MANY_IMAGES) return true;
  let node: Node | null = root;
  let depth = 0;
  let chars = 0;
  while (node) {
    if (node.nodeType === Node.TEXT_NODE) {
      chars += (node as Text).data.length;
      if (chars > TOO_MUCH_TEXT) return true;
    }
    const first: Node | null = node.nodeType === Node.ELEMENT_NODE && !NOT_TEXT.has((node as Element).localName) ? node.firstChild : null;
    if (first) {
      if (++depth > TOO_DEEP) return true;
      node = first;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      depth--;
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  return false;
}

function extract(doc: Document, settings: Settings): { article: ExtractedArticle | null; tooLarge: boolean } {
  if (tooLargeToRead(doc)) return { article: null, tooLarge: true };
  return { article: extractWithin(doc, settings), tooLarge: false };
}

function extractWithin(doc: Document, settings: Settings): ExtractedArticle | null {
  try {
    return extractArticle(doc, {
      url: doc.location?.href ?? doc.URL,
      settings: { removeRepeatedBlocks: settings.removeRepeatedBlocks, showImages: settings.showImages },
      computedDir: doc.body ? getComputedStyle(doc.body).direction : undefined,
    });
  } catch (error) {
    console.warn('Qari: could not extract the article', error);
    return null;
  }
}

function tellBackground(state: ReaderState): void {
  const message: ToBackgroundMessage = { type: 'qari:reader-state', state };
  try {
    browser.runtime.sendMessage(message).catch(() => undefined);
  } catch {
    // No extension context (the extension was reloaded): nothing to tell.
  }
}

/** Page scripts that move focus while the reader is open (autofocus timers, chat widgets) get it moved back. */
function guardFocus(doc: Document, overlay: OverlayHost): () => void {
  const onFocusIn = (event: FocusEvent) => {
    if (event.target === overlay.host) return;
    const back = overlay.shadow.querySelector<HTMLElement>('.qari-scroller, .qari-root');
    back?.focus({ preventScroll: true });
  };
  doc.addEventListener('focusin', onFocusIn, true);
  return () => doc.removeEventListener('focusin', onFocusIn, true);
}

export function createReaderController(doc: Document = document): ReaderApi {
  let session: Session | null = null;
  let opening: Promise<ReaderState> | null = null;

  function state(): ReaderState {
    if (!session) return { open: false };
    const { article, tooLarge } = session;
    if (article) return { open: true, hasArticle: true, dir: article.dir, lang: article.lang };
    return tooLarge ? { open: true, hasArticle: false, tooLarge: true } : { open: true, hasArticle: false };
  }

  function paint(current: Session): void {
    render(
      h(ReaderView, {
        article: current.article,
        noArticleReason: current.tooLarge ? 'too-large' : undefined,
        settings: current.settings,
        hostname: doc.location?.hostname || undefined,
        onChange: (patch: Partial<Settings>) => change(current, patch),
        onClose: () => {
          close();
          tellBackground(state());
        },
      }),
      current.overlay.shadow,
    );
  }

  function applySettings(current: Session, next: Settings): void {
    const before = current.settings;
    current.settings = next;
    if (before.showImages !== next.showImages || before.removeRepeatedBlocks !== next.removeRepeatedBlocks) {
      Object.assign(current, extract(doc, next));
    }
    paint(current);
  }

  function change(current: Session, patch: Partial<Settings>): void {
    if (session !== current) return;
    applySettings(current, { ...current.settings, ...patch });
    current.pendingSaves++;
    saveSettings(patch)
      .then((result) => {
        if (!result.ok) console.warn('Qari: settings not saved', result.errors);
      })
      .finally(() => {
        current.pendingSaves--;
        if (current.pendingSaves === 0 && current.queuedFromStore && session === current) {
          const latest = current.queuedFromStore;
          current.queuedFromStore = null;
          applySettings(current, latest);
        }
      });
  }

  async function open(): Promise<ReaderState> {
    if (session) return state();
    if (opening) return opening;
    opening = (async () => {
      const settings = await loadSettings().catch(() => defaults());
      if (session) return state();
      const snapshot = snapshotPage(doc);
      const { article, tooLarge } = extract(doc, settings);
      const overlay = mountOverlayHost(doc);
      const current: Session = {
        overlay,
        snapshot,
        article,
        tooLarge,
        settings,
        pendingSaves: 0,
        queuedFromStore: null,
        stopWatching: () => undefined,
        stopFocusGuard: () => undefined,
      };
      session = current;
      current.stopWatching = watchSettings((next) => {
        if (session !== current) return;
        if (current.pendingSaves > 0) current.queuedFromStore = next;
        else applySettings(current, next);
      });
      paint(current);
      current.stopFocusGuard = guardFocus(doc, overlay);
      return state();
    })();
    try {
      return await opening;
    } finally {
      opening = null;
    }
  }

  function close(): ReaderState {
    const current = session;
    if (!current) return { open: false };
    session = null;
    current.stopFocusGuard();
    current.stopWatching();
    render(null, current.overlay.shadow);
    current.overlay.remove();
    current.snapshot.restore();
    return { open: false };
  }

  return {
    open,
    close,
    state,
    async toggle() {
      if (opening) return opening;
      return session ? close() : open();
    },
  };
}
