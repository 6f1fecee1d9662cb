/**
 * The `extract` command (scripts/extract.ts) as a user runs it: a child process reading saved pages and printing JSON
 * Lines. What its lines hold, how a folder's files are named, bad files and bad arguments, saved pages' encodings, and
 * one process reading page after page without running out of memory.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from './lib/seeds';

interface Run {
  status: number | null;
  lines: Record<string, any>[];
  stdout: string;
  stderr: string;
}

function extract(args: string[], nodeOptions: string[] = []): Run {
  const r = spawnSync(process.execPath, [...nodeOptions, '--import', 'tsx', join('scripts', 'extract.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const stdout = r.stdout ?? '';
  const lines = args.includes('--format') ? [] : stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
  return { status: r.status, lines, stdout, stderr: r.stderr ?? '' };
}

const ELBALAD = join('seeds', 'elbalad-isis-africa', 'index.html');
const FRONT_PAGE = join('seeds', 'portal-front-page', 'index.html');
let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'qari-extract-'));
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('npm run extract', () => {
  it('prints one line per page: the article with its fields, or no_article', () => {
    const expected = JSON.parse(readFileSync(join(ROOT, 'seeds', 'elbalad-isis-africa', 'expected.json'), 'utf8'));
    const r = extract(['--url', 'https://www.elbalad.news/5288911', ELBALAD]);
    expect(r.status).toBe(0);
    expect(r.lines).toHaveLength(1);
    const [line] = r.lines;
    expect(Object.keys(line).sort()).toEqual(['byline', 'dir', 'file', 'html', 'lang', 'ms', 'readingMinutes', 'removed', 'siteName', 'text', 'title'].sort());
    expect(line.file).toBe(ELBALAD);
    expect(line.title).toBe(expected.title);
    expect([line.dir, line.lang]).toEqual(['rtl', 'ar']);
    expect(line.text).toContain(expected.mustAppear[1]);
    expect(line.text).not.toContain('رئيس التحرير');
    // The masthead went, and the line says so.
    expect(line.removed.some((b: { kind: string; text: string }) => b.text.includes('رئيس التحرير'))).toBe(true);
    // --url resolves the page's relative addresses.
    expect(line.html).toContain('src="https://www.elbalad.news/');
    expect(line.ms).toBeGreaterThan(0);
    expect(line.readingMinutes).toBeGreaterThan(0);

    const front = extract([FRONT_PAGE]).lines[0];
    expect(front).toEqual({ file: FRONT_PAGE, no_article: true, ms: expect.any(Number) });
  });

  it('reads every .html file below a folder, named as the folder joined with the path below it', () => {
    const r = extract(['seeds']);
    expect(r.status).toBe(0);
    const files = r.lines.map((l) => l.file);
    expect(files).toContain(ELBALAD);
    expect(files).toContain(FRONT_PAGE);
    expect(files.every((f) => f.startsWith('seeds/') && f.endsWith('.html'))).toBe(true);
    expect(r.lines.find((l) => l.file === FRONT_PAGE)?.no_article).toBe(true);
    expect(r.lines.find((l) => l.file === ELBALAD)?.dir).toBe('rtl');
  });

  it('gives a bad file its error line and goes on; fails only when no page could be read', () => {
    const missing = join(work, 'missing.html');
    const r = extract([missing, ELBALAD]);
    expect(r.status).toBe(0);
    expect(r.lines[0].file).toBe(missing);
    expect(r.lines[0].error).toMatch(/ENOENT|no such file/);
    expect(r.lines[1].title).toBeTruthy();

    const none = extract([missing]);
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('no page could be read');
  });

  it('refuses bad arguments with the usage line', () => {
    for (const args of [[], ['--engine', 'other', ELBALAD], ['--format', 'pdf', ELBALAD], ['--url', 'not a url', ELBALAD], ['--nope', ELBALAD]]) {
      const r = extract(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('usage: npm run --silent extract --');
    }
  });

  it('runs plain Readability side by side, and prints text or HTML on request', () => {
    const { title } = JSON.parse(readFileSync(join(ROOT, 'seeds', 'elbalad-isis-africa', 'expected.json'), 'utf8'));
    const plain = extract(['--engine', 'readability', ELBALAD]).lines[0];
    const qari = extract([ELBALAD]).lines[0];
    expect(plain.removed).toEqual([]);
    // Plain Readability repeats the headline at the top of the body; Qari's reader shows it once, in its header.
    expect(plain.text.startsWith(title)).toBe(true);
    expect(qari.text).not.toContain(title);

    const text = extract(['--format', 'text', ELBALAD]).stdout;
    expect(text.trim()).toBe(qari.text.trim());
    const html = extract(['--format', 'html', ELBALAD]).stdout;
    expect(html.trim()).toBe(qari.html.trim());
  });

  it('reads .html.gz and decodes bytes as a browser would (windows-1252 when they are not UTF-8)', () => {
    // Latin-1 bytes: each é is the single byte 0xE9, which is not valid UTF-8.
    const paragraphs = Array.from({ length: 12 }, (_, i) => `<p>Le café est servi chaud dans la grande salle du marché couvert, chaque matin, depuis ${i} ans, par les mêmes mains.</p>`);
    const bytes = Buffer.from(`<html><head><title>Café</title></head><body><article><h1>Café</h1>${paragraphs.join('')}</article></body></html>`, 'latin1');
    const file = join(work, 'cafe.html.gz');
    writeFileSync(file, gzipSync(bytes));
    const [line] = extract([file]).lines;
    expect(line.title).toBe('Café');
    expect(line.text).toContain('Le café est servi chaud');
  });

  it('reads page after page in one process without keeping them (a heap capped at 128 MB, 40 pages of 80 KB)', () => {
    // Before closePage (scripts/lib/run-engine.ts) each page stayed in memory, about 10 MB of heap for this one: the
    // process ran out of memory after a dozen pages.
    const paragraphs = Array.from({ length: 400 }, (_, i) => `<p>Paragraph ${i} of a long story about rivers, councils and the trees they plant along the banks, written to be read. <a href="/x${i}">A link</a> and more words.</p>`).join('\n');
    const file = join(work, 'long.html');
    writeFileSync(file, `<!doctype html><html lang="en"><head><title>A long story</title></head><body><article><h1>A long story</h1>${paragraphs}</article></body></html>`);
    const r = extract(Array.from({ length: 40 }, () => file), ['--max-old-space-size=128']);
    expect(r.stderr).not.toContain('heap out of memory');
    expect(r.status).toBe(0);
    expect(r.lines).toHaveLength(40);
    expect(r.lines.every((l) => l.title === 'A long story')).toBe(true);
  });
});
