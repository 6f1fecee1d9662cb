/**
 * The e2e hook (entrypoints/{background,detector.content}/e2e-hook.ts) must never ship: it lets any page
 * toggle the reader and read the background's tab state. Only `wxt build --mode e2e` compiles it in.
 * This builds both browsers' production extensions afresh into a temporary folder and checks that no
 * JS, JSON, HTML or CSS file in them holds the hook's markers; then the builds and the zips (`npm run zip`)
 * already in .output (or $QARI_OUT_DIR), when there are any. The e2e build is the control: it must hold them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { ROOT } from './lib/seeds';

const MARKERS = ['qari-e2e', 'qari:e2e', 'installE2eHook'];
const SHIPPED_FILE = /\.(js|mjs|json|html|css)$/;
const TARGETS = ['chrome-mv3', 'firefox-mv3'];

function wxt(outDir: string, ...args: string[]): void {
  execFileSync(join(ROOT, 'node_modules', '.bin', 'wxt'), args, {
    cwd: ROOT,
    env: { ...process.env, QARI_OUT_DIR: outDir },
    stdio: 'pipe',
  });
}

function filesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesIn(path) : [path];
  });
}

/** The files of a zip, unpacked with node:zlib (stored or deflated entries, as WXT's JSZip writes them). */
function unzip(zipPath: string): Map<string, Buffer> {
  const zip = readFileSync(zipPath);
  const files = new Map<string, Buffer>();
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error(`${zipPath} is not a zip`);
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localHeader = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
    const data = zip.subarray(dataStart, dataStart + compressedSize);
    if (!name.endsWith('/')) files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

/** "file: marker" for every shipped file holding a marker. */
function markersInDir(dir: string): string[] {
  return filesIn(dir)
    .filter((file) => SHIPPED_FILE.test(file))
    .flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return MARKERS.filter((m) => text.includes(m)).map((m) => `${relative(dir, file)}: ${m}`);
    });
}

function markersInZip(zipPath: string): string[] {
  return [...unzip(zipPath)]
    .filter(([name]) => SHIPPED_FILE.test(name))
    .flatMap(([name, content]) => MARKERS.filter((m) => content.toString('utf8').includes(m)).map((m) => `${name}: ${m}`));
}

/** Extension zips only: the sources zip for AMO holds the hook's source on purpose (reviewers rebuild from it). */
function extensionZips(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.zip') && !name.endsWith('-sources.zip'))
    .map((name) => join(dir, name));
}

describe('the shipped extension holds no e2e hook', () => {
  let fresh: string;

  beforeAll(() => {
    fresh = mkdtempSync(join(tmpdir(), 'qari-production-'));
    wxt(fresh, 'build');
    wxt(fresh, 'build', '-b', 'firefox');
    wxt(fresh, 'build', '-b', 'firefox', '--mode', 'e2e');
  }, 240_000);

  afterAll(() => {
    if (fresh) rmSync(fresh, { recursive: true, force: true });
  });

  it('the e2e build holds the hook, so these markers are the ones to look for', () => {
    const found = markersInDir(join(fresh, 'firefox-mv3-e2e'));
    for (const file of ['background.js', 'content-scripts/detector.js']) {
      expect(found.some((f) => f.startsWith(`${file}:`)), file).toBe(true);
    }
  });

  for (const target of TARGETS) {
    it(`a fresh production build for ${target} holds none of the markers`, () => {
      expect(existsSync(join(fresh, target, 'manifest.json'))).toBe(true);
      expect(markersInDir(join(fresh, target))).toEqual([]);
    });
  }

  it('the production builds and zips already in the output folder hold none of the markers', () => {
    const out = resolve(ROOT, process.env.QARI_OUT_DIR ?? '.output');
    for (const target of TARGETS) {
      const dir = join(out, target);
      if (existsSync(dir) && statSync(dir).isDirectory()) expect(markersInDir(dir), dir).toEqual([]);
    }
    for (const zip of extensionZips(out)) expect(markersInZip(zip), zip).toEqual([]);
  });
});
