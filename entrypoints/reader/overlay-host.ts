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

/** When the page has a classic scrollbar, hiding it would widen the page and fire its resize handlers; keep the gutter instead. */
function scrollbarGutterCss(doc: Document): string {
  const win = doc.defaultView;
  const hasScrollbar = !!win && win.innerWidth > doc.documentElement.clientWidth;
  return hasScrollbar ? '@media screen { html { scrollbar-gutter: stable !important; } }' : '';
}

export function mountOverlayHost(doc: Document = document): OverlayHost {
  const host = doc.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const stop = (event: Event) => event.stopPropagation();
  for (const type of ISOLATED_EVENTS) host.addEventListener(type, stop, { passive: type === 'wheel' || type.startsWith('touch') });

  const removeHostStyles = adoptStyles(shadow, hostCss);
  const removeReaderStyles = adoptStyles(shadow, READER_CSS);
  const unlockPage = adoptStyles(doc, pageLockCss + scrollbarGutterCss(doc));
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
    },
  };
}
