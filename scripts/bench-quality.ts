/**
 * npm run bench:quality [-- --jobs N --runs N --limit N --type TYPE --ids ID,ID… --dump FILE]
 * Score Qari and plain Readability on WCXB's development pages (../shared/corpus/wcxb-dev) with the
 * scrapinghub shingle metric, per page type, side by side with the median extraction time per page.
 * Each page is parsed once; both engines run on that parsed document (each on its own clone), in alternating order.
 * Each engine runs --runs times per page (3 unless told), its time on the page being the median of those runs: one run
 * each put the article pages' Q/R ratio anywhere from 1.24 to 1.32 on the same code, as a collection or a busy
 * moment fell on one engine's run or the other's.
 */
import { fork } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus } from 'node:os';
import { ROOT } from './lib/seeds';
import { closePage, parsePage, readPage, runEngine, type Engine } from './lib/run-engine';
import { scorePage, summarize, type PageScore } from './lib/shingle-score';

const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'wcxb-dev', 'dev');
const ENGINES: Engine[] = ['readability', 'qari'];

interface Job {
  id: string;
  index: number;
  runs: number;
}
interface EngineOutcome {
  score: PageScore;
  ms: number;
  noArticle: boolean;
  text?: string;
}
interface PageOutcome {
  id: string;
  type: string;
  url: string;
  engines: Record<Engine, EngineOutcome>;
  error?: string;
}

function groundTruth(id: string): { url: string; type: string; text: string; with?: string[]; without?: string[] } {
  const gt = JSON.parse(readFileSync(join(CORPUS, 'ground-truth', `${id}.json`), 'utf8'));
  return {
    url: gt.url || 'http://localhost/',
    type: gt._internal?.page_type?.primary ?? 'unknown',
    text: gt.ground_truth?.main_content ?? '',
    with: gt.ground_truth?.with,
    without: gt.ground_truth?.without,
  };
}

async function runPage(job: Job, keepText: boolean): Promise<PageOutcome> {
  const gt = groundTruth(job.id);
  const outcome = { id: job.id, type: gt.type, url: gt.url, engines: {} } as PageOutcome;
  let dom: ReturnType<typeof parsePage> | undefined;
  try {
    dom = parsePage(readPage(join(CORPUS, 'html', `${job.id}.html.gz`)), gt.url);
    const times: Record<Engine, number[]> = { readability: [], qari: [] };
    for (let run = 0; run < job.runs; run++) {
      // Alternate which engine runs first so neither always meets a warm or a cold cache.
      const order = (job.index + run) % 2 ? [...ENGINES].reverse() : ENGINES;
      for (const engine of order) {
        const { result, ms } = runEngine(engine, dom.window.document, gt.url);
        times[engine].push(ms);
        if (run > 0) continue;
        const text = result?.text ?? '';
        outcome.engines[engine] = { score: scorePage(gt.text, text), ms, noArticle: !result, ...(keepText ? { text } : {}) };
      }
    }
    for (const engine of ENGINES) outcome.engines[engine].ms = median(times[engine]);
  } catch (error) {
    outcome.error = String((error as Error).message ?? error);
  } finally {
    if (dom) await closePage(dom);
  }
  return outcome;
}

function worker(): void {
  const keepText = process.argv.includes('--keep-text');
  process.on('message', (job: Job | { done: true }) => {
    if ('done' in job) process.exit(0);
    void runPage(job, keepText).then((outcome) => process.send!(outcome));
  });
}

function median(values: number[]): number {
  if (!values.length) return 0;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
}

async function main(): Promise<void> {
  if (!existsSync(CORPUS)) {
    process.stderr.write(`bench:quality: the WCXB corpus is not at ${CORPUS} (it lives in ../shared/corpus, outside the repo)\n`);
    process.exit(1);
  }
  const jobsCount = Number(option('--jobs') ?? Math.max(1, cpus().length));
  const runs = Number(option('--runs') ?? 3);
  if (!Number.isInteger(runs) || runs < 1) {
    process.stderr.write('bench:quality: --runs takes a whole number of runs, 1 or more\n');
    process.exit(2);
  }
  const limit = Number(option('--limit') ?? Infinity);
  const onlyType = option('--type');
  const dump = option('--dump');
  let ids = readdirSync(join(CORPUS, 'ground-truth')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
  if (onlyType) ids = ids.filter((id) => groundTruth(id).type === onlyType);
  const onlyIds = option('--ids')?.split(',');
  if (onlyIds) ids = ids.filter((id) => onlyIds.includes(id));
  ids = ids.slice(0, limit);

  const results: PageOutcome[] = [];
  const started = Date.now();
  await new Promise<void>((resolve) => {
    let next = 0;
    let running = 0;
    const workerArgs = ['--worker', ...(dump ? ['--keep-text'] : [])];
    for (let w = 0; w < Math.min(jobsCount, ids.length); w++) {
      const child = fork(process.argv[1], workerArgs, { execArgv: process.execArgv });
      running++;
      const feed = () => {
        if (next < ids.length) {
          child.send({ id: ids[next], index: next, runs });
          next++;
        } else child.send({ done: true });
      };
      child.on('message', (outcome: PageOutcome) => {
        results.push(outcome);
        if (results.length % 50 === 0 || results.length === ids.length) {
          process.stderr.write(`bench:quality: ${results.length}/${ids.length} pages, ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
        }
        feed();
      });
      child.on('exit', () => {
        if (--running === 0) resolve();
      });
      feed();
    }
  });

  if (dump) writeFileSync(dump, results.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const errors = results.filter((r) => r.error);
  for (const e of errors) process.stderr.write(`bench:quality: ${e.id}: ${e.error}\n`);

  const ok = results.filter((r) => !r.error);
  const types = [...new Set(ok.map((r) => r.type))].sort((a, b) => (a === 'article' ? -1 : b === 'article' ? 1 : a.localeCompare(b)));
  const rows: string[][] = [];
  const fmt = (n: number) => n.toFixed(3);
  for (const type of [...types, 'all']) {
    const pages = ok.filter((r) => type === 'all' || r.type === type);
    const cells = [type, String(pages.length)];
    for (const engine of ENGINES) {
      const s = summarize(pages.map((p) => p.engines[engine].score));
      cells.push(fmt(s.precision), fmt(s.recall), fmt(s.f1));
    }
    const msR = median(pages.map((p) => p.engines.readability.ms));
    const msQ = median(pages.map((p) => p.engines.qari.ms));
    cells.push(msR.toFixed(1), msQ.toFixed(1), (msQ / msR).toFixed(2));
    cells.push(String(pages.filter((p) => p.engines.qari.noArticle).length));
    rows.push(cells);
  }
  const header = ['type', 'pages', 'R prec', 'R rec', 'R F1', 'Q prec', 'Q rec', 'Q F1', 'R ms', 'Q ms', 'Q/R', 'Q null'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(`WCXB dev, scrapinghub shingle metric (R = plain Readability 0.6.0, Q = Qari); ms = median over pages of each page's median of ${runs} runs`);
  console.log(line(header));
  for (const r of rows) console.log(line(r));
  if (errors.length) console.log(`${errors.length} pages could not be read`);
}

if (process.argv.includes('--worker')) worker();
else main();
