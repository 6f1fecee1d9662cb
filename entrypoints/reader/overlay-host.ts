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
  remove(): void;
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
  doc.documentElement.appendChild(host);

  return {
    host,
    shadow,
    remove() {
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
