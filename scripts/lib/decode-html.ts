/** Decode a saved page's bytes as a browser would: byte-order mark, else <meta> charset, else UTF-8 if valid, else windows-1252. */
import { CP1252_80_9F } from '../../utils/repair-mojibake';

// Browsers look for <meta charset> in the first 1,024 bytes and re-decode when the parser meets one later in <head>;
// 64 KB covers the heads of real pages, whose inline scripts and styles can push the meta tag far down.
const META_SCAN_BYTES = 65536;

/** The encoding label named by a <meta charset> or <meta http-equiv="Content-Type"> in the page's head, if any. */
export function metaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, META_SCAN_BYTES));
  const end = head.search(/<body[\s>]/i);
  const scan = end === -1 ? head : head.slice(0, end);
  for (const tag of scan.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct) return direct[1];
  }
  return null;
}

function decoderFor(label: string): TextDecoder | null {
  try {
    const d = new TextDecoder(label.trim().toLowerCase());
    // The HTML standard: a meta that names UTF-16 means UTF-8 (the bytes were read as ASCII to find it), x-user-defined means windows-1252.
    if (d.encoding.startsWith('utf-16')) return new TextDecoder('utf-8');
    return d;
  } catch {
    return null;
  }
}

/**
 * The bytes as `decoder` reads them. Node 20 reads windows-1252's 0x80 to 0x9F ("“", "’", "€", "™") as Latin-1's C1
 * controls; browsers, and so this, read them as windows-1252 defines them.
 */
function decodeWith(decoder: TextDecoder, bytes: Uint8Array): string {
  const text = decoder.decode(bytes);
  if (decoder.encoding !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80]!);
}

/** Decode the bytes of an HTML page. */
export function decodeHtml(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const label = metaCharset(bytes);
  const fromMeta = label ? decoderFor(label) : null;
  if (fromMeta) return { text: decodeWith(fromMeta, bytes), encoding: fromMeta.encoding };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWith(new TextDecoder('windows-1252'), bytes), encoding: 'windows-1252' };
  }
}
