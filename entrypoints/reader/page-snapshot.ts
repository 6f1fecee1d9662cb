/** Where the reader found the page (scroll position and focus), so closing gives it back as it was. */
export interface PageSnapshot {
  restore(): void;
}

/** The focused element, looking inside open shadow roots the page itself uses. */
function deepActiveElement(doc: Document): Element | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export function snapshotPage(doc: Document = document): PageSnapshot {
  const win = doc.defaultView ?? window;
  const x = win.scrollX;
  const y = win.scrollY;
  const focused = deepActiveElement(doc);
  return {
    restore() {
      if (focused && focused !== doc.body && focused.isConnected && 'focus' in focused) {
        (focused as HTMLElement).focus({ preventScroll: true });
      }
      // 'instant' beats a page's `scroll-behavior: smooth`: the page is back where it was at once.
      win.scrollTo({ left: x, top: y, behavior: 'instant' });
    },
  };
}
