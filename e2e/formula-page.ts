/**
 * A page of notes with emoji and formulas drawn as images (a missing one among them), a formula KaTeX wrote twice
 * (MathML for screen readers, spans for the eye) and a broken icon in a link: what the reader must keep in the line of
 * text, in Chromium and in Firefox. Served by Playwright's routes in Chromium and by the seed server in Firefox.
 */
import { expect } from '@playwright/test';
import type { ExtraRoutes } from '../scripts/lib/seed-server';

export const FORMULA_PATH = '/notes/hermitian';

const sentence = 'The committee met again on Tuesday to review the plan, and its members said the work would go on through the winter. ';
const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Notes on Hermitian matrices</title></head><body>
<nav><a href="/">Home</a> <a href="/maths">Maths</a></nav><article><h1>Notes on Hermitian matrices</h1>
<p id="emoji">Launch day <img src="/e/1f31f.png" alt="🌟"> we shipped the notes.</p>
<p id="tex">A square matrix <img src="/math/render/svg/one" alt="{\\displaystyle A}"> is Hermitian when <img src="/math/render/svg/gone" alt="{\\displaystyle a_{ij}={\\overline {a_{ji}}}}"> holds for all i and j.</p>
<p id="katex">Energy is <span class="katex"><span class="katex-mathml"><math xmlns="http://www.w3.org/1998/Math/MathML"><semantics><mrow><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn>2</mn></msup></mrow><annotation encoding="application/x-tex">E=mc^2</annotation></semantics></math></span><span class="katex-html" aria-hidden="true"><span class="mord mathnormal">E</span><span class="mrel">=</span><span class="mord mathnormal">m</span><span class="mord"><span class="mord mathnormal">c</span><span class="msupsub">2</span></span></span></span> in one line.</p>
<p id="icon">The notes are shared <a href="/feed"><img src="/icons/gone.png" width="16" height="16" alt="Feed logo"></a> every week.</p>
<p>${sentence.repeat(4)}</p><p><img id="photo" src="/photo.svg" alt="The committee room" width="640" height="360"></p><p>${sentence.repeat(5)}</p>
</article><footer>© Notes</footer></body></html>`;

const svg = (w: number, h: number, fill = 'black') => `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="${w}" height="${h}" fill="${fill}"/></svg>`;
const SVG = 'image/svg+xml';

/** The page and its pictures by path; any other path (the missing formula, the icon) is not found. */
export const FORMULA_ROUTES: ExtraRoutes = {
  [FORMULA_PATH]: { body: html, type: 'text/html; charset=utf-8' },
  // Drawn 18 px high, for 16 px text.
  '/math/render/svg/one': { body: svg(20, 18), type: SVG },
  '/e/1f31f.png': { body: svg(64, 64, 'gold'), type: SVG },
  '/photo.svg': { body: svg(640, 360, 'teal'), type: SVG },
};

export interface InlinePlace {
  display: string;
  inLine: boolean;
  /** Its height in ems of its paragraph's text. */
  height: number;
  filter: string;
}

export interface FormulaLayout {
  emoji: InlinePlace;
  tex: InlinePlace;
  photo: string;
  /** Pictures left in the TeX paragraph: 1 once the missing formula has given way to its TeX. */
  images: number;
  /** Whether the emoji and the formula picture have loaded. */
  loaded: boolean;
  /** Whether the broken icon's box is marked broken and its alt is out of the sentence. */
  brokenIcon: boolean;
  texText: string;
  katex: { maths: number; width: number; height: number; text: string; inside: boolean };
}

/** How the open reader lays the page out; run in the page (it reads the reader's shadow root). */
export function formulaLayoutInPage(): FormulaLayout | null {
  const root = document.querySelector('qari-reader')?.shadowRoot?.querySelector('article .qari-content');
  const emoji = root?.querySelector<HTMLImageElement>('#emoji img');
  const tex = root?.querySelector<HTMLImageElement>('#tex img');
  const katexP = root?.querySelector<HTMLElement>('#katex');
  const icon = root?.querySelector<HTMLElement>('#icon');
  if (!root || !emoji || !tex || !katexP || !icon) return null;
  const lineOf = (p: Element) => {
    const range = document.createRange();
    range.selectNodeContents(p.firstChild!);
    return range.getBoundingClientRect();
  };
  const place = (img: HTMLImageElement): InlinePlace => {
    const p = img.parentElement!;
    const box = img.getBoundingClientRect();
    const line = lineOf(p);
    return {
      display: getComputedStyle(img).display,
      inLine: box.top < line.bottom && box.bottom > line.top && box.left > line.left,
      height: box.height / parseFloat(getComputedStyle(p).fontSize),
      filter: getComputedStyle(img).filter,
    };
  };
  const math = katexP.querySelector('math');
  const mathBox = math?.getBoundingClientRect();
  const paragraph = katexP.getBoundingClientRect();
  return {
    emoji: place(emoji),
    tex: place(tex),
    photo: getComputedStyle(root.querySelector('#photo, img[alt="The committee room"]')!).display,
    images: root.querySelectorAll('#tex img').length,
    loaded: [emoji, tex].every((img) => img.complete && img.naturalWidth > 0),
    brokenIcon: icon.querySelectorAll('.qari-broken').length === 1 && !icon.innerText.includes('Feed logo'),
    texText: root.querySelector<HTMLElement>('#tex')!.innerText,
    katex: {
      maths: katexP.querySelectorAll('math').length,
      width: mathBox?.width ?? 0,
      height: mathBox ? mathBox.height / parseFloat(getComputedStyle(katexP).fontSize) : 0,
      text: katexP.innerText,
      inside: !!mathBox && mathBox.top >= paragraph.top && mathBox.bottom <= paragraph.bottom,
    },
  };
}

/**
 * The layout a reader must see in the light theme, once the pictures have loaded: emoji and formula images inline in
 * their line at the text's size, the missing formula given way to its TeX, the broken icon out of the sentence, the
 * photo a block, and KaTeX's formula once, as MathML, inside its line without its TeX source.
 */
export function expectFormulasInLine(light: FormulaLayout): void {
  expect(light.images).toBe(1);
  expect(light.texText).toContain('a_{ij}={\\overline {a_{ji}}}');
  // A missing icon goes as a picture does: its alt names the picture, it is not a word of the sentence.
  expect(light.brokenIcon).toBe(true);
  expect(light.emoji).toMatchObject({ display: 'inline', inLine: true, filter: 'none' });
  expect(light.emoji.height).toBeGreaterThan(1);
  expect(light.emoji.height).toBeLessThan(1.4);
  expect(light.tex).toMatchObject({ display: 'inline', inLine: true, filter: 'none' });
  // Drawn 18 px high for 16 px text: shown in that proportion to the reader's text.
  expect(light.tex.height).toBeCloseTo(18 / 16, 2);
  expect(light.photo).toBe('block');
  const { katex } = light;
  expect(katex.maths).toBe(1);
  expect(katex.width).toBeGreaterThan(20);
  expect(katex.height).toBeLessThan(2);
  expect(katex.inside).toBe(true);
  expect(katex.text).not.toContain('^');
  expect(katex.text.normalize('NFKC').replace(/\s/g, '')).toMatch(/^EnergyisE=mc2inoneline\.$/);
}

/** Whether the pictures have loaded and the missing formula has given way to its TeX: the layout is settled. */
export function formulasSettled(layout: FormulaLayout | null): boolean {
  return !!layout && layout.images === 1 && layout.loaded;
}
