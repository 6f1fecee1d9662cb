/**
 * npm run --silent extract -- [--url URL] [--engine qari|readability] [--format jsonl|html|text] FILE_OR_DIR...
 * Extract the article of saved pages on jsdom and print one JSON line per page (or its HTML or text), as each page finishes.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { closePage, parsePage, readPage, runEngine, type Engine } from './lib/run-engine';

const USAGE = 'usage: npm run --silent extract -- [--url URL] [--engine qari|readability] [--format jsonl|html|text] FILE_OR_DIR...';
const DEFAULT_URL = 'http://localhost/';

interface Args {
  url: string | null;
  engine: Engine;
  format: 'jsonl' | 'html' | 'text';
  paths: string[];
}

function fail(message: string): never {
  process.stderr.write(`extract: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): Args {
  const args: Args = { url: null, engine: 'qari', format: 'jsonl', paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i] ?? fail(`${name} needs a value`);
    if (name === '--url') {
      args.url = value();
      try {
        new URL(args.url);
      } catch {
        fail(`not an absolute URL: ${args.url}`);
      }
    } else if (name === '--engine') {
      const v = value();
      if (v !== 'qari' && v !== 'readability') fail(`unknown engine: ${v}`);
      args.engine = v;
    } else if (name === '--format') {
      const v = value();
      if (v !== 'jsonl' && v !== 'html' && v !== 'text') fail(`unknown format: ${v}`);
      args.format = v;
    } else if (name === '--help' || name === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (name === '--') {
      args.paths.push(...argv.slice(i + 1));
      break;
    } else if (name.startsWith('-') && name !== '-') {
      fail(`unknown option: ${name}`);
    } else {
      args.paths.push(arg);
    }
  }
  if (args.paths.length === 0) fail('no file or folder given');
  return args;
}

/** Every .html and .html.gz file below a folder, in a stable order, named as the folder argument joined with the path below it. */
function pagesBelow(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.html?(\.gz)?$/i.test(entry.name)) out.push(join(dir, relative(dir, full)));
    }
  };
  walk(dir);
  return out;
}

function expand(paths: string[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      // A missing path is reported as that file's error line.
    }
    if (isDir) files.push(...pagesBelow(p));
    else files.push(p);
  }
  return files;
}

/** Write and wait for the pipe to drain when it is full, so a slow reader never makes the process buffer everything. */
function write(chunk: string): Promise<void> {
  if (process.stdout.write(chunk)) return Promise.resolve();
  return new Promise((resolve) => process.stdout.once('drain', resolve));
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const files = expand(args.paths);
  if (args.url && files.length > 1) process.stderr.write('extract: --url applies to every file given; it is meant for a single page\n');
  const url = args.url ?? DEFAULT_URL;
  let read = 0;
  for (const file of files) {
    let html: string;
    let dom;
    try {
      html = readPage(file);
      dom = parsePage(html, url);
    } catch (error) {
      await write(`${JSON.stringify({ file, error: String((error as Error).message ?? error) })}\n`);
      continue;
    }
    read++;
    try {
      const { result, ms } = runEngine(args.engine, dom.window.document, url);
      const rounded = Math.round(ms * 100) / 100;
      if (args.format === 'jsonl') {
        const line = result ? { file, ...result, ms: rounded } : { file, no_article: true, ms: rounded };
        await write(`${JSON.stringify(line)}\n`);
      } else {
        if (files.length > 1) await write(args.format === 'html' ? `<!-- ${file} -->\n` : `==> ${file} <==\n`);
        await write(result ? `${args.format === 'html' ? result.html : result.text}\n` : `${args.format === 'html' ? '<!-- no_article -->' : '(no article)'}\n`);
      }
    } catch (error) {
      await write(`${JSON.stringify({ file, error: String((error as Error).message ?? error) })}\n`);
    } finally {
      await closePage(dom);
    }
  }
  if (read === 0) {
    process.stderr.write('extract: no page could be read\n');
    process.exitCode = 1;
  }
}

main().catch((error) => {
  process.stderr.write(`extract: ${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
