import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { mojibakeRepair, repairTextBelow } from './repair-mojibake';
import { extractArticle } from './extract-article';
import { divWith } from './html-fixture';

function repaired(text: string): string | null {
  const repair = mojibakeRepair(text);
  return repair ? repair(text) : null;
}

describe('mojibakeRepair', () => {
  it('reads text encoded twice as it was written: punctuation, accents, no-break spaces, Arabic', () => {
    expect(repaired('Artificial intelligence isnâ€™t just changing â€œhowâ€\u009d we search â€” itâ€™s changing why.')).toBe(
      'Artificial intelligence isn’t just changing “how” we search — it’s changing why.',
    );
    expect(repaired('cafÃ© and crÃ¨me brÃ»lÃ©e')).toBe('café and crème brûlée');
    expect(repaired('PriceÂ\u00A0list, openÂ\u00A0daily\u00A0from nine')).toBe('Price\u00A0list, open\u00A0daily\u00A0from nine');
    expect(repaired('Ø§Ù„Ù„ØºØ© Ø§Ù„Ø¹Ø±Ø¨ÙŠØ©')).toBe('اللغة العربية');
    // A bullet stored as Latin-1's control 0x95, then encoded twice.
    expect(repaired('Hosting Â• DDoS protection Â• Backups')).toBe('Hosting • DDoS protection • Backups');
  });

  it('leaves a text alone that is not plainly encoded twice', () => {
    for (const text of [
      // About encodings: the characters are written as themselves too.
      'I kept seeing "Ã¤" instead of "ä", and "Ã¶" instead of "ö".',
      // One odd pair of letters is not a pattern.
      'Model NÃ© 7 is new.',
      // French: "à", a no-break space and a guillemet make UTF-8's bytes for a Samaritan letter.
      'Il pense à\u00A0« la page » et à\u00A0« la suite »',
      // Portuguese capitals.
      'SÃO PAULO — NÃO, diz o prefeito. ÂNGELO',
      'Plain English with nothing to repair.',
    ]) {
      expect(repaired(text), text).toBeNull();
    }
  });
});

describe('repairTextBelow', () => {
  it('repairs the text, not the attributes', () => {
    const root = divWith('<p title="isnâ€™t">It isnâ€™t <em>â€œfineâ€\u009d</em></p>');
    repairTextBelow(root, mojibakeRepair(root.textContent!)!);
    expect(root.innerHTML).toBe('<p title="isnâ€™t">It isn’t <em>“fine”</em></p>');
  });
});

describe('the pipeline', () => {
  it('shows an article its site stored encoded twice as it was written, title included', () => {
    const paragraph = (i: number) =>
      `<p>Paragraph ${i}: the council&acirc;&euro;&trade;s vote on Tuesday night means a permanent flood barrier along the river, a project officials say will protect thousands of homes.</p>`;
    const doc = new JSDOM(
      `<html><head><title>The council&acirc;&euro;&trade;s barrier</title></head><body><article><h1>The council&acirc;&euro;&trade;s barrier</h1>${[0, 1, 2, 3, 4].map(paragraph).join('')}</article></body></html>`,
      { url: 'https://example.com/news/1' },
    ).window.document;
    const article = extractArticle(doc)!;
    expect(article.title).toBe('The council’s barrier');
    expect(article.textContent).toContain('Paragraph 0: the council’s vote');
    expect(article.textContent).not.toContain('â€');
    expect(article.contentHtml).not.toContain('â€');
  });

  it('repairs the text when the title, from the page’s metadata, is written right', () => {
    const doc = new JSDOM(
      `<html><head><title>The council’s barrier</title><meta property="og:title" content="The council’s barrier"></head><body><article>${[0, 1, 2, 3].map((i) => `<p>Paragraph ${i}: the council&acirc;&euro;&trade;s vote on Tuesday night means a permanent flood barrier along the river, to protect thousands of homes.</p>`).join('')}</article></body></html>`,
      { url: 'https://example.com/news/1' },
    ).window.document;
    const article = extractArticle(doc)!;
    expect(article.title).toBe('The council’s barrier');
    expect(article.textContent).toContain('Paragraph 3: the council’s vote');
  });
});
