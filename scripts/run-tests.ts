/**
 * `npm test`: every suite, in order, then one line that sums them all: "N passed, N failed".
 * Builds the extension first (the browser tests load the built extension), then runs the type check,
 * the unit tests (Vitest on jsdom), the browser tests (Playwright: Chromium, and Firefox ESR through
 * puppeteer-core) and web-ext lint on the Firefox build. A missing browser is a failure with a message
 * saying how to install it, never a silent skip.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './lib/seeds';
import { chromiumPath, firefoxPath } from '../e2e/browsers';

interface SuiteResult {
  name: string;
  passed: number;
  failed: number;
  skipped: number;
  note?: string;
}

const results: SuiteResult[] = [];
// The browser tests that failed, each with the first line of its error: printed again just above the summary, so the
// end of a long log (all a CI page may keep) says what failed and why.
const failures: string[] = [];
const work = mkdtempSync(join(tmpdir(), 'qari-test-'));
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
// Where the builds go and the browser tests look (the same variable the fixtures read).
const OUT_DIR = process.env.QARI_OUT_DIR ?? '.output';

function run(command: string, args: string[], env: Record<string, string> = {}): number {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  const r = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

function readJson(file: string): any {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function step(name: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  const ok = run(command, args, env) === 0;
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
  return ok;
}

function browsersPresent(): boolean {
  let ok = true;
  for (const [name, find] of [['Chromium', chromiumPath], ['Firefox ESR', firefoxPath]] as const) {
    try {
      console.log(`${name}: ${find()}`);
    } catch (e) {
      console.error(`\n${(e as Error).message}\n`);
      results.push({ name: `${name} present`, passed: 0, failed: 1, skipped: 0, note: 'not installed' });
      ok = false;
    }
  }
  return ok;
}

function unitTests(): void {
  const out = join(work, 'vitest.json');
  const status = run(npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  const report = readJson(out);
  if (!report) {
    results.push({ name: 'unit tests (vitest)', passed: 0, failed: 1, skipped: 0, note: `vitest exited ${status} with no report` });
    return;
  }
  const failedSuites = (report.testResults ?? []).filter((f: any) => f.status === 'failed' && !(f.assertionResults ?? []).length).length;
  results.push({
    name: 'unit tests (vitest)',
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + failedSuites,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  });
}

function browserTests(): void {
  const out = join(work, 'playwright.json');
  const status = run(npx, ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: out });
  const report = readJson(out);
  if (!report?.stats) {
    results.push({ name: 'browser tests (playwright)', passed: 0, failed: 1, skipped: 0, note: `playwright exited ${status} with no report` });
    return;
  }
  const s = report.stats;
  failures.push(...failedTests(report), ...(report.errors ?? []).map((e: any) => `load error: ${firstLine(e.message)}`));
  const loadErrors = (report.errors ?? []).length;
  results.push({
    name: 'browser tests (playwright: chromium, firefox)',
    passed: (s.expected ?? 0) + (s.flaky ?? 0),
    failed: (s.unexpected ?? 0) + loadErrors,
    skipped: s.skipped ?? 0,
  });
}

function firstLine(message: unknown): string {
  // eslint-disable-next-line no-control-regex
  const line = String(message ?? '').replace(/\u001b\[[0-9;]*m/g, '').split('\n').find((l) => l.trim()) ?? '(no message)';
  return line.trim().slice(0, 240);
}

/** "[project] file:line › title: first line of the error" for each test Playwright counts as unexpected. */
function failedTests(report: any): string[] {
  const lines: string[] = [];
  const walk = (suite: any, outer: string[]) => {
    // A file's suite is titled with its path, a describe() with its words.
    const titles = suite.title && !/\.ts$/.test(suite.title) ? [...outer, suite.title] : outer;
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (t.status !== 'unexpected') continue;
        const last = (t.results ?? []).at(-1);
        const error = last?.error?.message ?? last?.errors?.[0]?.message ?? last?.status;
        lines.push(`[${t.projectName}] ${spec.file}:${spec.line} › ${[...titles, spec.title].join(' › ')}: ${firstLine(error)}`);
      }
    }
    for (const child of suite.suites ?? []) walk(child, titles);
  };
  for (const suite of report.suites ?? []) walk(suite, []);
  return lines;
}

function main(): void {
  const haveBrowsers = browsersPresent();
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const built =
    step('build chrome-mv3', npx, ['wxt', 'build'], { QARI_OUT_DIR: OUT_DIR }) &&
    step('build firefox', npx, ['wxt', 'build', '-b', 'firefox'], { QARI_OUT_DIR: OUT_DIR });
  if (built && pkg.scripts['build:e2e']) step('build firefox e2e', 'npm', ['run', '--silent', 'build:e2e'], { QARI_OUT_DIR: OUT_DIR });
  step('type check (tsc)', npx, ['tsc', '--noEmit']);
  unitTests();
  if (haveBrowsers && built) browserTests();
  else results.push({ name: 'browser tests', passed: 0, failed: 1, skipped: 0, note: built ? 'no browser' : 'build failed' });
  if (pkg.scripts['lint:firefox']) step('web-ext lint (firefox build)', 'npm', ['run', '--silent', 'lint:firefox']);

  if (failures.length) {
    console.log(`\nFailed browser tests (${failures.length}):`);
    for (const line of failures.slice(0, 40)) console.log(`  ${line}`);
    if (failures.length > 40) console.log(`  … and ${failures.length - 40} more (see the list above)`);
  }
  console.log('\nSummary');
  for (const r of results) {
    console.log(`  ${r.name.padEnd(48)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed${r.skipped ? ` ${r.skipped} skipped` : ''}${r.note ? `  (${r.note})` : ''}`);
  }
  const passed = results.reduce((n, r) => n + r.passed, 0);
  const failed = results.reduce((n, r) => n + r.failed, 0);
  const skipped = results.reduce((n, r) => n + r.skipped, 0);
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  process.exit(failed ? 1 : 0);
}

if (!existsSync(join(ROOT, 'node_modules'))) {
  console.error('Run `npm install` (or `npm ci`) first.');
  process.exit(1);
}
main();
