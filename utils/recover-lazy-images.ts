/**
 * Lazy images: pages ship a placeholder in src and the real address in data-src, data-srcset, data-original or a
 * <noscript> fallback, and swap them with a script the reader never runs. Put the real address back.
 */

import { byTag, firstNamed } from './text-blocks';

const SRC_ATTRS = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url', 'data-hi-res-src', 'data-full-src', 'data-echo', 'data-actualsrc'];
const SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset', 'data-original-srcset'];
// A src that is a placeholder: absent, a tiny inline data: image (a 1x1 GIF is under 200 characters),
// or a file named like a placeholder.
const PLACEHOLDER_RE = /(?:^$|^data:image\/(?:gif|png|svg\+xml)[;,].{0,200}$|(?:blank|spacer|placeholder|lazy|loading|pixel|transparent|grey|gray)[^/]*\.(?:gif|png|svg|jpe?g|webp)(?:\?|$))/i;
const LOOKS_LIKE_IMAGE_URL = /^(?:https?:)?\/\/|^\/|\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)/i;

/** Whether an img's src is a placeholder the page means to replace. */
export function isPlaceholderSrc(src: string | null): boolean {
  return PLACEHOLDER_RE.test((src ?? '').trim());
}

/** Recover the real sources of lazy images under root (in place). Returns how many images changed. */
export function recoverLazyImages(root: Element | Document): number {
  let changed = 0;
  const doc = 'documentElement' in root ? root : root.ownerDocument;
  // getElementsByTagName, not selector queries: the same elements in the same order, for much less on jsdom.
  for (const noscript of byTag(root, 'noscript')) {
    if (replaceWithNoscriptImage(noscript, doc)) changed++;
  }
  // Each image or source is mended on its own, so images first, then sources, gives the same result as document order.
  for (const img of [...byTag(root, 'img'), ...byTag(root, 'source')]) {
    const isImg = img.tagName === 'IMG';
    const src = img.getAttribute('src');
    if (isImg && isPlaceholderSrc(src)) {
      const real = SRC_ATTRS.map((a) => img.getAttribute(a)?.trim()).find((v) => v && LOOKS_LIKE_IMAGE_URL.test(v));
      if (real) {
        img.setAttribute('src', real);
        changed++;
      }
    }
    if (!img.getAttribute('srcset')) {
      const set = SRCSET_ATTRS.map((a) => img.getAttribute(a)?.trim()).find(Boolean);
      if (set) {
        img.setAttribute('srcset', set);
        changed++;
      }
    }
    if (isImg && isPlaceholderSrc(img.getAttribute('src')) && img.getAttribute('srcset')) {
      // Only a srcset is known: its first candidate makes a usable src.
      const first = img.getAttribute('srcset')!.split(',')[0].trim().split(/\s+/)[0];
      if (first) img.setAttribute('src', first);
    }
  }
  return changed;
}

/**
 * A <noscript> holding an <img> next to a placeholder image: the noscript image replaces the placeholder.
 * In a browser with scripts on, noscript content is raw text, so it is parsed here; on jsdom it is already elements.
 */
function replaceWithNoscriptImage(noscript: Element, doc: Document): boolean {
  let img = firstNamed(noscript, 'img');
  if (!img) {
    const html = noscript.textContent ?? '';
    if (!/<img\b/i.test(html)) return false;
    const template = doc.createElement('template');
    template.innerHTML = html;
    img = template.content.querySelector('img');
    if (!img) return false;
  }
  const prev = noscript.previousElementSibling;
  const prevImg = prev && prev.tagName !== 'IMG' ? firstNamed(prev, 'img') : null;
  const placeholder = prev?.tagName === 'IMG' ? prev : prevImg && (prev!.textContent ?? '').trim() === '' ? prevImg : null;
  const copy = doc.importNode(img, true) as Element;
  if (placeholder && (isPlaceholderSrc(placeholder.getAttribute('src')) || !placeholder.getAttribute('srcset'))) {
    for (const attr of Array.from(placeholder.attributes)) {
      if (!copy.hasAttribute(attr.name) && attr.name !== 'src' && attr.name !== 'srcset') copy.setAttribute(attr.name, attr.value);
    }
    placeholder.replaceWith(copy);
    noscript.remove();
    return true;
  }
  if (!placeholder && !(noscript.parentElement && firstNamed(noscript.parentElement, 'img'))) {
    // A lone noscript image (no placeholder at all): show it.
    noscript.replaceWith(copy);
    return true;
  }
  return false;
}
