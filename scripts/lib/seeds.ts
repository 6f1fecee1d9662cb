/** The seed pages: one folder per page under seeds/, each with the page and expected.json. */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SEEDS_DIR = join(ROOT, 'seeds');

export interface SeedExpectation {
  /** One line on what the page is and what it tests. */
  description: string;
  /** The page file in the folder; default index.html. */
  file?: string;
  /** Extra response headers the test server sends with the page (e.g. a Content-Security-Policy). */
  headers?: Record<string, string>;
  /** Content-Type the server sends; default from the file's extension. */
  contentType?: string;
  /** Whether the reader must find an article here. */
  isArticle: boolean;
  /** Whether the detector must call the page cluttered (articles only). */
  cluttered?: boolean;
  title?: string;
  lang?: string;
  dir?: 'rtl' | 'ltr';
  /** Snippets that must appear in the reader's text, in this order. */
  mustAppear?: string[];
  /** Snippets that must not appear anywhere in the reader (header included). */
  mustNotAppear?: string[];
  /** Snippets that must appear exactly once in the reader's text: a caption the page repeats (figcaption equal to the image's alt text, a caption line shown twice) must not be printed twice. */
  mustAppearOnce?: string[];
}

export interface Seed {
  slug: string;
  dir: string;
  file: string;
  /** Path on the seed server, e.g. /elbalad-isis-africa/index.html */
  path: string;
  expected: SeedExpectation;
}

export function listSeeds(): Seed[] {
  return readdirSync(SEEDS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(SEEDS_DIR, d.name, 'expected.json')))
    .map((d) => {
      const dir = join(SEEDS_DIR, d.name);
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as SeedExpectation;
      const file = expected.file ?? 'index.html';
      return { slug: d.name, dir, file, path: `/${d.name}/${file}`, expected };
    })
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

export function readSeedHtml(seed: Seed): string {
  return readFileSync(join(seed.dir, seed.file), 'utf8');
}
