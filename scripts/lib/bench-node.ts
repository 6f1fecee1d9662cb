/**
 * Node extraction time, Qari against plain Readability, on jsdom documents. Each page is parsed once
 * (not timed); then both engines run on that document in turn, alternating which goes first, after one
 * untimed warm-up each, so a noisy moment hits both alike. Timing as in scripts/lib/run-engine.ts (shared
 * with bench:quality): from the parsed document, the one clone each engine needs included, to the article.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT, listSeeds } from './seeds';
import { closePage, parsePage, readPage, runEngine } from './run-engine';
import { median } from './bench-stats';

/** A page to time: a file (.html or .html.gz) and the URL to parse it with. Plain data, so it can go to a child process. */
export interface NodePage {
  group: string;
  name: string;
  file: string;
  url: string;
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
  return listSeeds().map((seed) => ({ group: 'seeds', name: seed.slug, file: join(seed.dir, seed.file), url: `http://127.0.0.1/${seed.slug}/` }));
}

/** Mozilla's Readability test pages, parsed with the URL Mozilla's own runner uses. */
export function readabilityCorpusPages(): NodePage[] {
  const dir = join(CORPUS_DIR, 'readability');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'source.html')))
    .map((d) => ({ group: 'readability corpus', name: d.name, file: join(dir, d.name, 'source.html'), url: 'http://fakehost/test/page.html' }));
}

/**
 * `count` WCXB development pages spread evenly over the whole set (its files sorted by name), the same sample from run
 * to run: the modern pages of ../shared/corpus beside Mozilla's older test pages.
 */
export function wcxbSample(count: number): NodePage[] {
  const dir = join(CORPUS_DIR, 'wcxb-dev', 'dev', 'html');
  if (!count || !existsSync(dir)) return [];
  const files = readdirSync(dir).filter((n) => n.endsWith('.html.gz')).sort();
  const picked = new Set<string>();
  for (let i = 0; i < Math.min(count, files.length); i++) picked.add(files[Math.floor((i * files.length) / Math.min(count, files.length))]!);
  return [...picked].map((name) => ({ group: 'wcxb-dev sample', name: name.replace('.html.gz', ''), file: join(dir, name), url: `https://wcxb.example/${name.replace('.html.gz', '')}` }));
}

export async function timePage(page: NodePage, runs: number): Promise<NodeTiming> {
  const url = page.url;
  const dom = parsePage(readPage(page.file), url);
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
    await closePage(dom);
  }
}

/**
 * Pages per child process. The chunks began as a way round jsdom keeping closed windows (139 pages in one process ran
 * out of heap; closePage now lets them go); they stay so that the timings are taken as they always were, each child's
 * heap and compiled code having seen at most this many pages.
 */
const PAGES_PER_PROCESS = 12;

/**
 * Times every page, a few pages per child process (this file run as a script), one process after
 * another so they never compete for the CPU. `progress` hears how far it got.
 */
export function timePages(pages: NodePage[], runs: number, progress: (done: number, total: number) => void = () => undefined): { timings: NodeTiming[]; errors: string[] } {
  const timings: NodeTiming[] = [];
  const errors: string[] = [];
  for (let i = 0; i < pages.length; i += PAGES_PER_PROCESS) {
    const chunk = pages.slice(i, i + PAGES_PER_PROCESS);
    const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], {
      cwd: ROOT,
      input: JSON.stringify({ pages: chunk, runs }),
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const out = (r.stdout ?? '').trim().split('\n').pop() ?? '';
    try {
      const result = JSON.parse(out) as { timings: NodeTiming[]; errors: string[] };
      timings.push(...result.timings);
      errors.push(...result.errors);
    } catch {
      errors.push(`pages ${i + 1}-${i + chunk.length}: child process failed (status ${r.status}): ${(r.stderr ?? '').trim().split('\n').slice(-3).join(' ')}`);
    }
    progress(Math.min(i + PAGES_PER_PROCESS, pages.length), pages.length);
  }
  return { timings, errors };
}

async function childMain(): Promise<void> {
  let input = '';
  for await (const chunk of process.stdin) input += chunk;
  const { pages, runs } = JSON.parse(input) as { pages: NodePage[]; runs: number };
  const timings: NodeTiming[] = [];
  const errors: string[] = [];
  for (const page of pages) {
    try {
      timings.push(await timePage(page, runs));
    } catch (error) {
      errors.push(`${page.group}/${page.name}: ${(error as Error).message}`);
    }
  }
  process.stdout.write(`${JSON.stringify({ timings, errors })}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  childMain().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
