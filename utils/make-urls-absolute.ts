/** Make every link and media address in the article absolute, against the page URL and its <base>. */
import { elementsBelow } from './text-blocks';

/** The base URL of a page: its <head>'s <base href> resolved against the page URL, else the page URL. */
export function baseUrlOf(doc: Document, pageUrl: string): string {
  // Only a <base> in <head> counts: one in the body is injected or broken markup, and would send every link elsewhere.
  // getElementsByTagName, not querySelector('base[href]'): the selector engine costs more than this whole function.
  const bases = doc.head?.getElementsByTagName('base');
  let href: string | null = null;
  for (let i = 0; bases && i < bases.length && href === null; i++) href = bases[i].getAttribute('href');
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

function absoluteSrcset(value: string, resolve: (url: string) => string): string {
  return value
    .split(/,\s+(?=\S)/)
    .map((candidate) => {
      const [url, ...descriptor] = candidate.trim().split(/\s+/);
      return [resolve(url), ...descriptor].join(' ');
    })
    .join(', ');
}

const URL_ATTRIBUTES = new Set(['href', 'src', 'poster', 'cite']);
const NOT_RESOLVED = /^(?:data|blob|mailto|tel|javascript):/i;

/** Rewrite href, src, srcset, poster and cite under root to absolute URLs (in place). */
export function makeUrlsAbsolute(root: Element, base: string): void {
  // A walk with attribute reads, not querySelectorAll('[href], [src], ...'): that selector costs jsdom 2.5 times as much.
  // A page repeats its addresses (the same link in a list, an image in src and srcset): each is resolved once.
  const resolved = new Map<string, string>();
  const resolve = (v: string) => {
    let r = resolved.get(v);
    if (r === undefined) resolved.set(v, (r = absolute(v, base)));
    return r;
  };
  for (const el of elementsBelow(root)) {
    if (!el.hasAttributes()) continue;
    // One read of the names, then values only for the attributes present (each getAttribute lower-cases its argument).
    for (const name of el.getAttributeNames()) {
      if (name === 'srcset') {
        const set = el.getAttribute(name);
        if (!set) continue;
        const abs = absoluteSrcset(set, resolve);
        if (abs !== set) el.setAttribute(name, abs);
      } else if (URL_ATTRIBUTES.has(name)) {
        const v = el.getAttribute(name)!;
        if (NOT_RESOLVED.test(v.trim())) continue;
        // Readability has made most addresses absolute already; writing the same value back is a DOM mutation for nothing.
        const abs = resolve(v);
        if (abs !== v) el.setAttribute(name, abs);
      }
    }
  }
}
