/** Make every link and media address in the article absolute, against the page URL and its <base>. */

/** The base URL of a page: its <head>'s <base href> resolved against the page URL, else the page URL. */
export function baseUrlOf(doc: Document, pageUrl: string): string {
  // Only a <base> in <head> counts: one in the body is injected or broken markup, and would send every link elsewhere.
  const href = doc.head?.querySelector('base[href]')?.getAttribute('href');
  if (href) {
    try {
      return new URL(href, pageUrl).href;
    } catch {
      // An unparsable <base> is ignored, as browsers do.
    }
  }
  return pageUrl;
}

function absolute(value: string, base: string): string {
  const v = value.trim();
  // In-page anchors stay relative so footnote links keep working inside the reader.
  if (!v || v.startsWith('#')) return v;
  try {
    return new URL(v, base).href;
  } catch {
    return v;
  }
}

function absoluteSrcset(value: string, base: string): string {
  return value
    .split(/,\s+(?=\S)/)
    .map((candidate) => {
      const [url, ...descriptor] = candidate.trim().split(/\s+/);
      return [absolute(url, base), ...descriptor].join(' ');
    })
    .join(', ');
}

/** Rewrite href, src, srcset, poster and cite under root to absolute URLs (in place). */
export function makeUrlsAbsolute(root: Element, base: string): void {
  for (const el of Array.from(root.querySelectorAll('[href], [src], [srcset], [poster], [cite]'))) {
    for (const name of ['href', 'src', 'poster', 'cite']) {
      const v = el.getAttribute(name);
      if (v !== null && !/^(?:data|blob|mailto|tel|javascript):/i.test(v.trim())) el.setAttribute(name, absolute(v, base));
    }
    const set = el.getAttribute('srcset');
    if (set) el.setAttribute('srcset', absoluteSrcset(set, base));
  }
}
