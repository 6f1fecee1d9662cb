/**
 * What a hostile page could smuggle into Qari's overlay. The overlay lives in the page's DOM (an open
 * shadow root), so the page's CSP is the only other guard: anything listed here must never be there,
 * whether or not the page's CSP would have stopped it this time.
 *
 * `auditOverlay` runs inside the page (page.evaluate(auditOverlay)), so it is self-contained.
 */
export interface OverlayAudit {
  hosts: number;
  /** Elements walked inside the overlay's shadow roots (nested roots included). */
  elements: number;
  problems: string[];
}

export function auditOverlay(): OverlayAudit {
  /** Elements that run code, load documents, submit, navigate or rebase URLs. */
  const FORBIDDEN = new Set([
    'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'meta', 'base',
    'portal', 'fencedframe', 'noscript', 'xmp', 'plaintext', 'noembed', 'noframes', 'listing',
  ]);
  /** Attributes whose value is fetched or followed as a URL. */
  const URL_ATTRS = new Set([
    'href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'ping', 'lowsrc',
    'dynsrc', 'codebase', 'cite', 'longdesc', 'usemap', 'manifest', 'icon', 'archive', 'classid', 'srcset', 'imagesrcset',
  ]);
  /** Schemes that run script or render a document; data:image/(png|jpeg|gif|webp) is fine. */
  const BAD_URL = /^(javascript|vbscript|livescript|mocha|data:(?!image\/(png|jpe?g|gif|webp|avif)[;,]))/i;
  /**
   * An SVG picture written into the page (Mozilla's data-url-image test page) is fine as an image's source: an SVG
   * that <img> shows runs no script and loads nothing. Anywhere else (a link, an <object>) it would be a document.
   */
  const IMAGE_SOURCE = /^(img|source)$/;
  const SVG_DATA = /^data:image\/svg\+xml[;,]/i;
  // Browsers strip ASCII whitespace and control characters before reading a scheme ("java\tscript:").
  const clean = (v: string) => v.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');

  const problems: string[] = [];
  const hosts = [...document.querySelectorAll('qari-reader')];
  let elements = 0;
  const roots: ShadowRoot[] = [];
  for (const host of hosts) {
    if (host.shadowRoot) roots.push(host.shadowRoot);
    for (const attr of host.getAttributeNames()) if (/^on/i.test(attr)) problems.push(`host has ${attr}`);
  }
  while (roots.length) {
    const root = roots.pop()!;
    for (const el of root.querySelectorAll('*')) {
      elements++;
      if (el.shadowRoot) roots.push(el.shadowRoot);
      const tag = el.localName.toLowerCase();
      const where = `<${tag}${el.id ? '#' + el.id : ''}>`;
      if (FORBIDDEN.has(tag)) problems.push(`forbidden element ${where}`);
      if (tag === 'link' && !/^(chrome|moz)-extension:/.test((el as HTMLLinkElement).href)) problems.push(`page-reachable <link> ${(el as HTMLLinkElement).href}`);
      if (tag === 'style' && /@import|javascript:|expression\(|behavior:|-moz-binding/i.test(el.textContent ?? '')) problems.push(`suspicious <style> in overlay`);
      if (/^(animate|set|animatemotion|animatetransform)$/.test(tag)) {
        const target = el.getAttribute('attributeName') ?? '';
        if (/^(xlink:)?href$|^on/i.test(target)) problems.push(`${where} animates ${target}`);
      }
      if (tag === 'use' && !/^#/.test(clean(el.getAttribute('href') ?? el.getAttribute('xlink:href') ?? '#'))) problems.push(`${where} references an external document`);
      for (const attr of el.getAttributeNames()) {
        const name = attr.toLowerCase();
        const value = el.getAttribute(attr) ?? '';
        if (name.startsWith('on')) problems.push(`${where} has event handler ${attr}`);
        else if (name === 'srcdoc') problems.push(`${where} has srcdoc`);
        else if (name === 'is') problems.push(`${where} has is=${value}`);
        else if (name === 'http-equiv') problems.push(`${where} has http-equiv`);
        else if (URL_ATTRS.has(name) || name.endsWith(':href')) {
          const urls = name.endsWith('srcset') ? value.split(',').map((p) => p.trim().split(/\s+/)[0] ?? '') : [value];
          for (const url of urls) {
            const plain = clean(url);
            const inertImage = IMAGE_SOURCE.test(tag) && (name === 'src' || name === 'srcset') && SVG_DATA.test(plain);
            if (BAD_URL.test(plain) && !inertImage) problems.push(`${where} ${attr}=${value.slice(0, 60)}`);
          }
        } else if (name === 'style' && /javascript:|expression\(|url\(\s*['"]?\s*(javascript|data:text)/i.test(value)) {
          problems.push(`${where} style=${value.slice(0, 60)}`);
        }
      }
      // The resolved URL too: a relative href can still resolve to something bad under a hostile <base>.
      if (el instanceof HTMLAnchorElement || el instanceof HTMLAreaElement) {
        const href = el.href;
        if (href && !/^(https?:|mailto:|tel:|chrome-extension:|moz-extension:)/i.test(href) && !href.startsWith(location.href.split('#')[0] + '#')) {
          problems.push(`${where} resolves to ${href.slice(0, 60)}`);
        }
      }
    }
  }
  return { hosts: hosts.length, elements, problems };
}
