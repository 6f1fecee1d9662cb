/**
 * The <qari-reader> element: an open shadow root appended to <html> (never to <body>, which must stay
 * byte-identical), with the reader's styles adopted so a page CSP can't block them, page scrolling
 * locked by a stylesheet rather than by changing the page, and events kept from reaching the page.
 */
import { adoptStyles, READER_CSS } from '../../components/reader-styles';
import hostCss from './host.css?inline';
import pageLockCss from './page-lock.css?inline';

export const HOST_TAG = 'qari-reader';

/** Events that stop at the host: the page's own keyboard shortcuts, click-outside and wheel handlers never see the reader's. */
const ISOLATED_EVENTS = [
  'keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'compositionstart', 'compositionupdate', 'compositionend',
  'focusin', 'focusout', 'click', 'dblclick', 'auxclick', 'contextmenu', 'mousedown', 'mouseup', 'pointerdown', 'pointerup',
  'wheel', 'touchstart', 'touchmove', 'touchend', 'copy', 'cut', 'paste', 'selectstart',
] as const;

export interface OverlayHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** What the reader renders into: a <dialog> in the shadow root (see keepAbovePageDialogs). */
  container: HTMLDialogElement;
  remove(): void;
}

function isModal(dialog: Element): boolean {
  try {
    return dialog.matches(':modal');
  } catch {
    return false;
  }
}

/**
 * A page's modal <dialog> (a newsletter or cookie popup, opened before the reader or while it is open) sits in the
 * browser's top layer, above any z-index, and makes everything else inert: the reader could be neither scrolled nor
 * clicked until Esc closed the page's dialog. So the reader lives in a dialog of its own, shown as a plain box; while
 * a page dialog is modal, the reader's is shown modal after it, so it is the topmost: the reader stays usable and
 * covers the page's dialog, which is still open, untouched, when the reader closes. Returns what stops the watch.
 */
function keepAbovePageDialogs(doc: Document, container: HTMLDialogElement): () => void {
  const raise = () => {
    if (!container.isConnected || typeof container.showModal !== 'function') return;
    const root = container.getRootNode() as ShadowRoot;
    const focused = root.activeElement as HTMLElement | null;
    try {
      container.close();
      container.showModal();
    } catch {
      // A dialog that cannot be shown modal here: the page's stays on top, as before.
      if (!container.open) container.show();
    }
    (focused ?? root.querySelector<HTMLElement>('.qari-scroller'))?.focus({ preventScroll: true });
  };
  if (Array.from(doc.getElementsByTagName('dialog')).some(isModal)) raise();
  const Observer = doc.defaultView?.MutationObserver;
  if (!Observer) return () => undefined;
  const observer = new Observer((records) => {
    if (records.some((record) => (record.target as Element).localName === 'dialog' && isModal(record.target as Element))) raise();
  });
  observer.observe(doc.documentElement, { subtree: true, attributes: true, attributeFilter: ['open'] });
  return () => observer.disconnect();
}

/** Longest wait for the key-up of a key that closed the reader before no longer holding it back from the page. */
const KEYUP_GRACE_MS = 1000;

/**
 * A key pressed in the reader that closes it (Esc) is released after the reader is gone: its keyup
 * must not reach the page either. One listener, gone at the release or after a second.
 */
function swallowReleaseOf(keys: Set<string>, win: Window): void {
  if (keys.size === 0) return;
  const onKeyUp = (event: KeyboardEvent) => {
    if (!keys.has(event.code)) return;
    event.stopImmediatePropagation();
    keys.delete(event.code);
    if (keys.size === 0) done();
  };
  const timer = win.setTimeout(() => done(), KEYUP_GRACE_MS);
  function done() {
    win.clearTimeout(timer);
    win.removeEventListener('keyup', onKeyUp, true);
  }
  win.addEventListener('keyup', onKeyUp, true);
}

export function mountOverlayHost(doc: Document = document): OverlayHost {
  const host = doc.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const held = new Set<string>();
  const stop = (event: Event) => event.stopPropagation();
  for (const type of ISOLATED_EVENTS) host.addEventListener(type, stop, { passive: type === 'wheel' || type.startsWith('touch') });
  // Capture phase: the keydown is counted before the reader's own handler closes the reader.
  host.addEventListener('keydown', (event) => held.add(event.code), true);
  host.addEventListener('keyup', (event) => held.delete(event.code), true);

  const removeHostStyles = adoptStyles(shadow, hostCss);
  const removeReaderStyles = adoptStyles(shadow, READER_CSS);
  const unlockPage = adoptStyles(doc, pageLockCss);
  const container = doc.createElement('dialog');
  container.className = 'qari-dialog';
  shadow.appendChild(container);
  doc.documentElement.appendChild(host);
  // Open, as a plain box (a DOM without dialogs, such as jsdom's, only gets the attribute).
  if (typeof container.show === 'function') container.show();
  else container.setAttribute('open', '');
  const stopWatching = keepAbovePageDialogs(doc, container);

  return {
    host,
    shadow,
    container,
    remove() {
      stopWatching();
      // The host's own listeners stay on the detached host and go with it: the Esc or click that closes
      // the reader is still being dispatched along a path that includes the host, and must stop there.
      removeReaderStyles();
      removeHostStyles();
      unlockPage();
      host.remove();
      if (doc.defaultView) swallowReleaseOf(new Set(held), doc.defaultView);
    },
  };
}
