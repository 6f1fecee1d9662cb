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

  it('reads windows-1252 as browsers do, quotation marks, dashes and the euro sign included', () => {
    // “Don’t” — €5 ™, in windows-1252; 0x81 is undefined there and stays the C1 control.
    const quoted = [0x93, 0x44, 0x6f, 0x6e, 0x92, 0x74, 0x94, 0x20, 0x97, 0x20, 0x80, 0x35, 0x20, 0x99, 0x81];
    expect(decodeHtml(bytes('<p>', quoted, '</p>')).text).toBe('<p>“Don’t” — €5 ™\u0081</p>');
    expect(decodeHtml(bytes('<meta charset="iso-8859-1"><p>', quoted, '</p>')).text).toContain('“Don’t” — €5 ™');
  });

  it('treats a meta naming UTF-16 as UTF-8', () => {
    expect(decodeHtml(bytes('<meta charset="utf-16"><p>é</p>')).text).toContain('é');
  });
});
