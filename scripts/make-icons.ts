/**
 * Draws Qari's toolbar icons (public/icon/{idle,active}-{16,32,48,128}.png) from one SVG: an open book
 * with the letter ق (qaf, the first letter of قارئ) on its pages. Run it with `npx tsx scripts/make-icons.ts`
 * after changing the drawing; the PNGs are committed, so builds need no browser.
 *
 * "idle" is a grey outline: nothing for the reader here (yet). "active" is filled green: the page is an
 * article, or the reader is open. Greyscale alone must still tell them apart, so the active book is also
 * filled, not only coloured.
 */
import { chromium } from 'playwright-core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/seeds';
import { chromiumPath } from '../e2e/browsers';

const SIZES = [16, 32, 48, 128] as const;
const OUT_DIR = join(ROOT, 'public', 'icon');

interface Look {
  stroke: string;
  fill: string;
  letter: string;
}

const LOOKS: Record<'idle' | 'active', Look> = {
  idle: { stroke: '#5f6368', fill: '#ffffff', letter: '#5f6368' },
  active: { stroke: '#08513c', fill: '#0b7a5a', letter: '#ffffff' },
};

function svg(look: Look, size: number): string {
  // Below 32 px the letter turns to mush: the 16 px icon shows the book alone, with a heavier stroke.
  // Above it the spine stops short of the letter, which sits on the fold of the book.
  const small = size < 32;
  const stroke = small ? 9 : 6;
  const letter = small
    ? ''
    : `<text x="64" y="80" text-anchor="middle" font-family="'Noto Naskh Arabic','Noto Sans Arabic','DejaVu Sans',sans-serif"
         font-size="58" font-weight="700" fill="${look.letter}">ق</text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 128 128">
  <path d="M64 30 C50 20 28 18 10 22 L10 104 C28 100 50 102 64 112 C78 102 100 100 118 104 L118 22 C100 18 78 20 64 30 Z"
        fill="${look.fill}" stroke="${look.stroke}" stroke-width="${stroke}" stroke-linejoin="round"/>
  <path d="M64 ${small ? 30 : 100} L64 112" stroke="${look.stroke}" stroke-width="${stroke / 1.5}"/>
  ${letter}
</svg>`;
}

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    for (const [name, look] of Object.entries(LOOKS)) {
      for (const size of SIZES) {
        await page.setViewportSize({ width: size, height: size });
        await page.setContent(`<!doctype html><meta charset="utf-8"><style>html,body{margin:0;background:transparent}svg{display:block}</style>${svg(look, size)}`);
        const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
        const file = join(OUT_DIR, `${name}-${size}.png`);
        writeFileSync(file, png);
        console.log(`wrote ${file}`);
      }
    }
  } finally {
    await browser.close();
  }
}

await main();
