/**
 * Node extraction time, Qari against plain Readability, on jsdom documents. Each page is parsed once
 * (not timed); then both engines run on that document in turn, alternating which goes first, after one
 * untimed warm-up each, so a noisy moment hits both alike. Timing as in scripts/lib/run-engine.ts (shared
 * with bench:quality): from the parsed document, the one clone each engine needs included, to the article.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, listSeeds, readSeedHtml } from './seeds';
import { parsePage, readPage, runEngine } from './run-engine';
import { median } from './bench-stats';

export interface NodePage {
  group: string;
  name: string;
  load(): { html: string; url: string };
}

export interface NodeTiming {
  group: string;
  name: string;
  qari: number;
  plain: number;
  ratio: number;
}

export const CORPUS_DIR = process.env.QARI_CORPUS_DIR ?? join(ROOT, '..', 'shared', 'corpus');

export function seedPages(): NodePage[] {
  return listSeeds().map((seed) => ({
    group: 'seeds',
    name: seed.slug,
    load: () => ({ html: readSeedHtml(seed), url: `http://127.0.0.1/${seed.slug}/` }),
  }));
}

/** Mozilla's Readability test pages, parsed with the URL Mozilla's own runner uses. */
export function readabilityCorpusPages(): NodePage[] {
  const dir = join(CORPUS_DIR, 'readability');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'source.html')))
    .map((d) => ({
      group: 'readability corpus',
      name: d.name,
      load: () => ({ html: readPage(join(dir, d.name, 'source.html')), url: 'http://fakehost/test/page.html' }),
    }));
}

/** Every `step`-th WCXB development page, `count` of them (the sample stays the same from run to run). */
export function wcxbSample(count: number): NodePage[] {
  const dir = join(CORPUS_DIR, 'wcxb-dev', 'dev', 'html');
  if (!count || !existsSync(dir)) return [];
  const files = readdirSync(dir).filter((n) => n.endsWith('.html.gz')).sort();
  const step = Math.max(1, Math.floor(files.length / count));
  return files
    .filter((_, i) => i % step === 0)
    .slice(0, count)
    .map((name) => ({
      group: 'wcxb-dev sample',
      name: name.replace('.html.gz', ''),
      load: () => ({ html: readPage(join(dir, name)), url: `https://wcxb.example/${name.replace('.html.gz', '')}` }),
    }));
}

export function timePage(page: NodePage, runs: number): NodeTiming {
  const { html, url } = page.load();
  const dom = parsePage(html, url);
  try {
    const doc = dom.window.document as unknown as Document;
    runEngine('qari', doc, url);
    runEngine('readability', doc, url);
    const qari: number[] = [];
    const plain: number[] = [];
    for (let i = 0; i < runs; i++) {
      if (i % 2 === 0) {
        qari.push(runEngine('qari', doc, url).ms);
        plain.push(runEngine('readability', doc, url).ms);
      } else {
        plain.push(runEngine('readability', doc, url).ms);
        qari.push(runEngine('qari', doc, url).ms);
      }
    }
    const q = median(qari);
    const p = median(plain);
    return { group: page.group, name: page.name, qari: q, plain: p, ratio: q / p };
  } finally {
    dom.window.close();
  }
}
