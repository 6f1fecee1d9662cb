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
import { readingPlace, returnToPlace, type ReadingPlace } from '../../components/reading-place';
import { mountOverlayHost, type OverlayHost } from './overlay-host';
import { snapshotPage, type PageSnapshot } from './page-snapshot';

interface Session {
  overlay: OverlayHost;
  snapshot: PageSnapshot;
  article: ExtractedArticle | null;
  /** A list of headlines rather than an article (a front page): held back until the reader asks to show it anyway. */
  list: ExtractedArticle | null;
  /** The reader asked to show the page's list: it stays shown when a setting makes the reader extract again. */
  showList: boolean;
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

// Past this many elements the extraction takes long enough to notice (wikipedia-2, 9,858 elements: 0.4 s in
// Chromium; Mozilla's next largest page, 4,265 elements, under 0.1 s), so the reader first paints that it is
// preparing the article. Below it the article comes as fast as a frame would.
const SLOW_ELEMENTS = 5_000;

/** 'too-large' past any limit above; 'slow' past SLOW_ELEMENTS; else 'quick'. One walk, stopping at a limit. */
function measurePage(doc: Document): 'quick' | 'slow' | 'too-large' {
  const root = doc.body ?? doc.documentElement;
  if (!root) return 'quick';
  const elements = root.getElementsByTagName('*').length;
  if (elements > TOO_MANY_ELEMENTS) return 'too-large';
  if (root.getElementsByTagName('img').length > TOO_MANY_IMAGES) return 'too-large';
  let node: Node | null = root;
  let depth = 0;
  let chars = 0;
  while (node) {
    if (node.nodeType === Node.TEXT_NODE) {
      chars += (node as Text).data.length;
      if (chars > TOO_MUCH_TEXT) return 'too-large';
    }
    const first: Node | null = node.nodeType === Node.ELEMENT_NODE && !NOT_TEXT.has((node as Element).localName) ? node.firstChild : null;
    if (first) {
      if (++depth > TOO_DEEP) return 'too-large';
      node = first;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      depth--;
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  return elements > SLOW_ELEMENTS ? 'slow' : 'quick';
}

type Extracted = Pick<Session, 'article' | 'list' | 'tooLarge'>;

/** The article, or the list held back unless `showList`: one extraction either way. */
function extract(doc: Document, settings: Settings, showList: boolean, size = measurePage(doc)): Extracted {
  if (size === 'too-large') return { article: null, list: null, tooLarge: true };
  const found = extractWithin(doc, settings);
  if (found?.list && !showList) return { article: null, list: found, tooLarge: false };
  return { article: found, list: null, tooLarge: false };
}

/**
 * Resolves once a frame has been painted. A hidden tab paints none (the reader opened for a site on the user's
 * list, in a background tab): there is nothing to show there, so it resolves at once.
 */
function nextPaint(doc: Document): Promise<void> {
  const win = doc.defaultView;
  if (!win || doc.visibilityState !== 'visible' || typeof win.requestAnimationFrame !== 'function') return Promise.resolve();
  return new Promise((resolve) => win.requestAnimationFrame(() => win.setTimeout(resolve, 0)));
}

function extractWithin(doc: Document, settings: Settings): ExtractedArticle | null {
  try {
    return extractArticle(doc, {
      url: doc.location?.href ?? doc.URL,
      settings: { removeRepeatedBlocks: settings.removeRepeatedBlocks, showImages: settings.showImages },
      computedDir: doc.body ? getComputedStyle(doc.body).direction : undefined,
      evenIfList: true,
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

function scrollerOf(current: Session): HTMLElement | null {
  return current.overlay.shadow.querySelector<HTMLElement>('.qari-scroller');
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
  // Where the reader was when it last closed on this page: opened again on the same article, it goes back there.
  let place: ReadingPlace | null = null;

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
        noArticleReason: current.tooLarge ? 'too-large' : current.list ? 'list' : undefined,
        onShowAnyway: current.list ? () => showList(current) : undefined,
        settings: current.settings,
        hostname: doc.location?.hostname || undefined,
        onChange: (patch: Partial<Settings>) => change(current, patch),
        onClose: () => {
          close();
          tellBackground(state());
        },
      }),
      current.overlay.container,
    );
  }

  function applySettings(current: Session, next: Settings): void {
    const before = current.settings;
    current.settings = next;
    if (before.showImages !== next.showImages || before.removeRepeatedBlocks !== next.removeRepeatedBlocks) {
      Object.assign(current, extract(doc, next, current.showList));
    }
    paint(current);
  }

  function showList(current: Session): void {
    if (session !== current || !current.list) return;
    current.showList = true;
    current.article = current.list;
    current.list = null;
    paint(current);
    // The button that asked is gone: the reader's scroller takes the focus, as when the reader opens.
    scrollerOf(current)?.focus({ preventScroll: true });
    tellBackground(state());
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
      const size = measurePage(doc);
      let overlay: OverlayHost | null = null;
      if (size === 'slow') {
        // The overlay first says it is preparing the article, painted before the page's long extraction starts. Its
        // close button and Esc, pressed before the work starts, call the opening off.
        overlay = mountOverlayHost(doc);
        let calledOff = false;
        render(h(ReaderView, { article: null, preparing: true, settings, onChange: () => undefined, onClose: () => (calledOff = true) }), overlay.container);
        await nextPaint(doc);
        if (calledOff) {
          render(null, overlay.container);
          overlay.remove();
          snapshot.restore();
          return state();
        }
      }
      const found = extract(doc, settings, false, size);
      overlay ??= mountOverlayHost(doc);
      const current: Session = {
        overlay,
        snapshot,
        ...found,
        showList: false,
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
      if (current.article) returnToPlace(scrollerOf(current), current.article, place);
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
    if (current.article) place = readingPlace(scrollerOf(current), current.article);
    current.stopFocusGuard();
    current.stopWatching();
    render(null, current.overlay.container);
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
