import { describe, it, expect } from 'vitest';
import { existsSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { listSeeds, type Seed, type SeedExpectation } from './seeds';

const KEYS: Record<keyof SeedExpectation, (v: unknown) => boolean> = {
  description: (v) => typeof v === 'string' && v.length > 0,
  file: (v) => typeof v === 'string' && v.length > 0,
  headers: (v) => isRecord(v) && Object.values(v).every((x) => typeof x === 'string'),
  contentType: (v) => typeof v === 'string',
  isArticle: (v) => typeof v === 'boolean',
  cluttered: (v) => typeof v === 'boolean',
  title: (v) => typeof v === 'string' && v.length > 0,
  lang: (v) => typeof v === 'string' && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(v),
  dir: (v) => v === 'rtl' || v === 'ltr',
  mustAppear: isSnippetList,
  mustNotAppear: isSnippetList,
  mustAppearOnce: isSnippetList,
};
const REQUIRED: (keyof SeedExpectation)[] = ['description', 'isArticle'];

/** Elements whose URL attributes a browser fetches; none of them may point off the machine. */
const FETCHED: [string, string][] = [
  ['img', 'src'], ['img', 'srcset'], ['img', 'data-src'], ['source', 'src'], ['source', 'srcset'],
  ['script', 'src'], ['iframe', 'src'], ['embed', 'src'], ['object', 'data'],
  ['video', 'src'], ['video', 'poster'], ['audio', 'src'], ['input', 'src'], ['link', 'href'],
];
/** link rels that a browser never fetches (canonical and alternate are metadata only). */
const UNFETCHED_LINK_RELS = new Set(['canonical', 'alternate', 'author', 'license', 'shortlink']);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function isSnippetList(v: unknown): boolean {
  return Array.isArray(v) && v.every((s) => typeof s === 'string' && s.trim().length > 0);
}
function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
/** Text with Arabic tatweel (kashida) removed, so "أحمــد" and "أحمد" compare equal. */
function withoutTatweel(text: string): string {
  return normalise(text).replace(/\u0640/g, '');
}

/** The page's visible-ish text: body text without script, style and template contents. */
function pageText(doc: Document): string {
  const body = doc.body.cloneNode(true) as HTMLElement;
  for (const el of body.querySelectorAll('script, style, template')) el.remove();
  return normalise(body.textContent ?? '');
}

function localPath(url: string): string | null {
  const u = url.trim();
  if (!u || /^(data|blob|about|javascript):/i.test(u) || u.startsWith('#')) return null;
  return decodeURIComponent(u.split(/[?#]/)[0]);
}

/** Every problem with one seed folder; an empty list means the seed is well-formed. */
function checkSeed(seed: Seed): string[] {
  const problems: string[] = [];
  const exp = seed.expected as unknown;
  if (!isRecord(exp)) return ['expected.json is not an object'];
  for (const key of REQUIRED) if (!(key in exp)) problems.push(`expected.json lacks ${key}`);
  for (const [key, value] of Object.entries(exp)) {
    const valid = KEYS[key as keyof SeedExpectation];
    if (!valid) problems.push(`expected.json has unknown field ${key}`);
    else if (!valid(value)) problems.push(`expected.json field ${key} has a bad value`);
  }
  if (problems.length) return problems;
  const expected = exp as unknown as SeedExpectation;
  if (expected.isArticle && expected.cluttered === undefined) problems.push('articles must say whether they are cluttered');

  const path = join(seed.dir, seed.file);
  if (!existsSync(path)) return [...problems, `${seed.file} does not exist`];
  const html = readFileSync(path, 'utf8');
  if (!/<meta\s+charset=["']?utf-8/i.test(html)) problems.push('page lacks <meta charset="utf-8">');
  // Vitest's default jsdom environment provides DOMParser (scripting off, like Readability's jsdom runs).
  const doc = new DOMParser().parseFromString(html, 'text/html');
  if (!doc.body || !doc.body.textContent?.trim()) problems.push('page has no body text');
  const text = pageText(doc);

  let from = 0;
  for (const snippet of expected.mustAppear ?? []) {
    const at = text.indexOf(normalise(snippet), from);
    if (at < 0) {
      problems.push(
        text.includes(normalise(snippet)) ? `mustAppear out of order: ${snippet}` : `mustAppear not in page: ${snippet}`,
      );
    } else from = at + normalise(snippet).length;
  }
  for (const snippet of expected.mustNotAppear ?? []) {
    // A mustNotAppear that the page doesn't hold tests nothing.
    if (!html.includes(snippet) && !withoutTatweel(text).includes(withoutTatweel(snippet))) problems.push(`mustNotAppear not in page at all: ${snippet}`);
    for (const good of expected.mustAppear ?? []) {
      if (normalise(good).includes(normalise(snippet))) problems.push(`mustNotAppear "${snippet}" is inside mustAppear "${good}"`);
    }
  }
  for (const snippet of expected.mustAppearOnce ?? []) {
    if (!text.includes(normalise(snippet))) problems.push(`mustAppearOnce not in page: ${snippet}`);
  }
  if (expected.title && !text.includes(normalise(expected.title))) problems.push(`title not in page text: ${expected.title}`);

  for (const [tag, attr] of FETCHED) {
    for (const el of doc.querySelectorAll(`${tag}[${attr}]`)) {
      if (tag === 'link' && (el.getAttribute('rel') ?? '').split(/\s+/).some((r) => UNFETCHED_LINK_RELS.has(r))) continue;
      const value = el.getAttribute(attr) ?? '';
      const urls = attr === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0]) : [value];
      for (const url of urls) {
        if (/^\s*(https?:)?\/\//i.test(url)) {
          problems.push(`<${tag} ${attr}> points off the machine: ${url}`);
          continue;
        }
        const local = localPath(url);
        if (local && ['img', 'source', 'video', 'audio', 'input'].includes(tag) && !existsSync(join(seed.dir, local))) {
          problems.push(`<${tag} ${attr}> names a missing file: ${url}`);
        }
      }
    }
  }
  if (/url\(\s*["']?\s*(https?:)?\/\//i.test(html)) problems.push('CSS url() points off the machine');
  if (/@import\s+["']?\s*(url\()?\s*["']?(https?:)?\/\//i.test(html)) problems.push('CSS @import points off the machine');
  return problems;
}

describe('seed folders', () => {
  const seeds = listSeeds();

  it('exist', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(10);
  });

  for (const seed of seeds) {
    it(`${seed.slug} is well-formed`, () => {
      expect(checkSeed(seed)).toEqual([]);
    });
  }
});

describe('checkSeed', () => {
  function brokenSeed(html: string, expected: Record<string, unknown>): Seed {
    const dir = mkdtempSync(join(tmpdir(), 'qari-seed-'));
    writeFileSync(join(dir, 'index.html'), html);
    return { slug: 'broken', dir, file: 'index.html', path: '/broken/index.html', expected: expected as unknown as SeedExpectation };
  }
  const good = '<!doctype html><meta charset="utf-8"><body><p>First paragraph.</p><p>Second paragraph.</p><nav>Menu</nav></body>';
  const base = { description: 'x', isArticle: true, cluttered: false };

  it('passes a good seed', () => {
    expect(checkSeed(brokenSeed(good, { ...base, mustAppear: ['First', 'Second'], mustNotAppear: ['Menu'] }))).toEqual([]);
  });

  it('catches schema errors', () => {
    expect(checkSeed(brokenSeed(good, { description: 'x' }))).not.toEqual([]);
    expect(checkSeed(brokenSeed(good, { ...base, dir: 'up' }))).not.toEqual([]);
    expect(checkSeed(brokenSeed(good, { ...base, colour: 'red' }))).not.toEqual([]);
  });

  it('catches missing and out-of-order snippets', () => {
    expect(checkSeed(brokenSeed(good, { ...base, mustAppear: ['Third'] }))).not.toEqual([]);
    expect(checkSeed(brokenSeed(good, { ...base, mustAppear: ['Second', 'First'] }))).not.toEqual([]);
    expect(checkSeed(brokenSeed(good, { ...base, mustNotAppear: ['Footer'] }))).not.toEqual([]);
  });

  it('catches missing images and remote resources', () => {
    expect(checkSeed(brokenSeed(good.replace('<nav>', '<img src="nope.png"><nav>'), base))).not.toEqual([]);
    expect(checkSeed(brokenSeed(good.replace('<nav>', '<script src="https://x.example/a.js"></script><nav>'), base))).not.toEqual([]);
    expect(checkSeed(brokenSeed(good.replace('<nav>', '<img src="//x.example/a.png"><nav>'), base))).not.toEqual([]);
  });

  it('catches a missing page file', () => {
    const seed = brokenSeed(good, base);
    expect(checkSeed({ ...seed, file: 'missing.html' })).not.toEqual([]);
  });
});
