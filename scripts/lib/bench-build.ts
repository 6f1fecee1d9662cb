/**
 * The bench's build step: reuse the built extension and its zips when they are newer than every source
 * file (and a production build), or make them now with `wxt zip` for Chrome and Firefox (as `npm run zip`
 * does). Then the sizes the bench reports: the always-on script, the reader bundle and the zips.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from './seeds';

/** What goes into the bundles. Tests beside the code don't. */
const SOURCES = ['entrypoints', 'utils', 'components', 'public', 'assets', 'wxt.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json'];
const NOT_SOURCE = /\.test\.tsx?$|\.d\.ts$/;

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return NOT_SOURCE.test(path) ? 0 : st.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

export interface BuildInfo {
  outDir: string;
  extensionDir: string;
  /** How the bench got its build, said in one line. */
  how: string;
  zips: { chrome: string; firefox: string };
}

function zipsIn(outDir: string): { chrome?: string; firefox?: string } {
  const names = existsSync(outDir) ? readdirSync(outDir).filter((n) => n.endsWith('.zip')) : [];
  const pick = (suffix: string) => names.filter((n) => n.endsWith(`-${suffix}.zip`)).map((n) => join(outDir, n)).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  return { chrome: pick('chrome'), firefox: pick('firefox') };
}

/** Reuses a fresh production build and fresh zips, or makes them with `wxt zip` (Chrome, then Firefox). */
export function ensureBuild(outDirName = process.env.QARI_OUT_DIR ?? '.output'): BuildInfo {
  const outDir = join(ROOT, outDirName);
  const extensionDir = join(outDir, 'chrome-mv3');
  const manifest = join(extensionDir, 'manifest.json');
  const detector = join(extensionDir, 'content-scripts', 'detector.js');
  const sourcesAt = Math.max(...SOURCES.map((s) => newestMtime(join(ROOT, s))));
  const zips = zipsIn(outDir);
  const builtAt = existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
  const production = existsSync(detector) && !readFileSync(detector, 'utf8').includes('qari-e2e');
  const zipsFresh = !!zips.chrome && !!zips.firefox && statSync(zips.chrome).mtimeMs >= sourcesAt && statSync(zips.firefox).mtimeMs >= sourcesAt;
  if (builtAt > sourcesAt && production && zipsFresh) {
    return {
      outDir,
      extensionDir,
      how: `reused ${relative(ROOT, extensionDir)} and its zips (built ${new Date(builtAt).toISOString().slice(11, 19)} UTC, newer than every source file)`,
      zips: { chrome: zips.chrome!, firefox: zips.firefox! },
    };
  }
  const why = !builtAt ? 'no build' : !production ? 'the build is an e2e build' : builtAt <= sourcesAt ? 'sources changed since the build' : 'zips missing or older than the sources';
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  for (const args of [['wxt', 'zip'], ['wxt', 'zip', '-b', 'firefox']]) {
    console.error(`bench: ${why}; running ${args.join(' ')} (QARI_OUT_DIR=${outDirName})`);
    const r = spawnSync(npx, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, QARI_OUT_DIR: outDirName } });
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed with status ${r.status}`);
  }
  const made = zipsIn(outDir);
  if (!made.chrome || !made.firefox) throw new Error(`wxt zip made no zips in ${outDir}`);
  return { outDir, extensionDir, how: `built now with wxt zip (${why}) into ${relative(ROOT, outDir)}`, zips: { chrome: made.chrome, firefox: made.firefox } };
}

export interface FileSize {
  path: string;
  bytes: number;
  gzip: number;
}

export function fileSize(path: string): FileSize {
  const data = readFileSync(path);
  return { path, bytes: data.length, gzip: gzipSync(data, { level: 9 }).length };
}
