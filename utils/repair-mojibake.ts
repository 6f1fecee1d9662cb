/**
 * Text encoded twice: UTF-8 bytes read as windows-1252 and stored so, "isnâ€™t" for "isn’t", "cafÃ©" for "café",
 * "Ø§Ù„" for "ال". Some sites keep their articles that way (WCXB 2362 even writes it as entities, "&acirc;&euro;&trade;"),
 * and the page shows the garbage to every reader. The reader shows the text as it was written.
 *
 * Only a text that is plainly encoded twice is repaired: it holds at least two such sequences, each one decodes to a
 * character a text would hold, and no character they stand for is also written as itself. An article about encodings
 * ("I kept seeing "Ã¤" instead of "ä"") writes both, and stays as it is; so does a text with one odd pair of letters.
 */

/**
 * What windows-1252 makes of the bytes 0x80 to 0x9F, as browsers decode them (the five it leaves undefined decode to the
 * C1 control of the same number). Node 20's TextDecoder reads all 32 as C1 controls, as Latin-1 does.
 */
export const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
// A UTF-8 continuation byte (0x80 to 0xBF) as windows-1252, or as Latin-1 (a C1 control), shows it.
const CONT = `[\\u0080-\\u00BF${CP1252_80_9F.replace(/[\u0080-\u009F]/g, '')}]`;
// A UTF-8 lead byte followed by as many continuation bytes as it announces.
const SEQUENCE = new RegExp(`[\\u00C2-\\u00DF]${CONT}|[\\u00E0-\\u00EF]${CONT}{2}|[\\u00F0-\\u00F4]${CONT}{3}`, 'g');
const QUICK = /[\u00C2-\u00F4]/;
// The fewest sequences that make a text "plainly encoded twice".
const MIN_SEQUENCES = 2;

function byteOf(char: string): number {
  const code = char.charCodeAt(0);
  if (code >= 0x80 && code <= 0xff) return code;
  const at = CP1252_80_9F.indexOf(char);
  return at < 0 ? -1 : 0x80 + at;
}

let decoder: TextDecoder | null = null;

/** The character the sequence stands for, or null when its bytes are not UTF-8 or not a character a text holds. */
function decode(sequence: string): string | null {
  const bytes = Array.from(sequence, byteOf);
  try {
    decoder ??= new TextDecoder('utf-8', { fatal: true });
    const char = decoder.decode(Uint8Array.from(bytes));
    const code = char.codePointAt(0)!;
    // A C1 control is windows-1252's character stored as Latin-1 before it was encoded twice: "Â\u0095", shown "Â•",
    // is a bullet.
    if (code >= 0x80 && code < 0xa0) {
      const meant = CP1252_80_9F[code - 0x80]!;
      return meant.charCodeAt(0) < 0xa0 ? null : meant;
    }
    // Other controls are never meant; U+0800 to U+08FF (Samaritan, Mandaic) is what French "à" before a no-break space
    // and a "«" or "—" would decode to.
    if (code < 0xa0 || (code >= 0x800 && code <= 0x8ff)) return null;
    return char;
  } catch {
    return null;
  }
}

/**
 * A function that repairs text encoded twice, when `text` (the article's whole text) plainly is; else null. It repairs
 * the title and the byline too, which the page's metadata may give, encoded once or twice.
 */
export function mojibakeRepair(text: string): ((s: string) => string) | null {
  if (!QUICK.test(text)) return null;
  const fixes = new Map<string, string>();
  let count = 0;
  for (const [sequence] of text.matchAll(SEQUENCE)) {
    const char = fixes.get(sequence) ?? decode(sequence);
    if (char === null) return null;
    fixes.set(sequence, char);
    count++;
  }
  if (count < MIN_SEQUENCES) return null;
  // Outside the sequences (which hold "”" and "™" themselves). A space is no sign of a text about encodings: a
  // no-break space written as itself stays beside its "Â ".
  const rest = text.replace(SEQUENCE, ' ');
  for (const char of fixes.values()) if (!/\s/.test(char) && rest.includes(char)) return null;
  return (s) => s.replace(SEQUENCE, (sequence) => fixes.get(sequence) ?? decode(sequence) ?? sequence);
}

/** Repairs the text below `root` with `repair`; elements' attributes are left as they are. */
export function repairTextBelow(root: Element, repair: (s: string) => string): void {
  const doc = root.ownerDocument;
  // NodeFilter.SHOW_TEXT: the extract command runs on jsdom without a global NodeFilter.
  const walker = doc.createTreeWalker(root, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    if (!QUICK.test(value)) continue;
    const repaired = repair(value);
    if (repaired !== value) node.nodeValue = repaired;
  }
}
