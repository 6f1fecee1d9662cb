import { describe, expect, it } from 'vitest';
import { decodeHtml, metaCharset } from './decode-html';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? Array.from(new TextEncoder().encode(p)) : p)));

describe('decodeHtml', () => {
  it('follows a UTF-8 byte-order mark', () => {
    expect(decodeHtml(bytes([0xef, 0xbb, 0xbf], '<p>سلام</p>')).text).toBe('<p>سلام</p>');
  });

  it('follows <meta charset>', () => {
    // "سلام" in windows-1256: D3 E1 C7 E3
    const page = bytes('<meta charset="windows-1256"><p>', [0xd3, 0xe1, 0xc7, 0xe3], '</p>');
    expect(decodeHtml(page).text).toContain('سلام');
    expect(metaCharset(bytes('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-8">'))).toBe('iso-8859-8');
  });

  it('reads valid UTF-8 without a declaration', () => {
    expect(decodeHtml(bytes('<p>עברית</p>')).encoding).toBe('utf-8');
  });

  it('falls back to windows-1252 for invalid UTF-8', () => {
    const r = decodeHtml(bytes('<p>caf', [0xe9], '</p>'));
    expect(r.encoding).toBe('windows-1252');
    expect(r.text).toBe('<p>café</p>');
  });

  it('treats a meta naming UTF-16 as UTF-8', () => {
    expect(decodeHtml(bytes('<meta charset="utf-16"><p>é</p>')).text).toContain('é');
  });
});
