/**
 * The scrapinghub article-extraction-benchmark metric: tokens `[\p{L}\p{N}_]+`, multisets of 4-token shingles,
 * per-page true/false positives and false negatives normalised to sum to 1; precision is the mean over pages with
 * any output, recall the mean over pages with any ground truth, F1 the harmonic mean of the two means.
 */

const TOKEN_RE = /[\p{L}\p{N}_]+/gu;
const SHINGLE = 4;

export function tokenize(text: string): string[] {
  return text.match(TOKEN_RE) ?? [];
}

/** The share of `expected`'s tokens (as a multiset) that `got` still has: recall alone, for tests that hold an output
 * to Mozilla's expected.html, which is Readability's output, not a human judgement. */
export function tokenRecall(expected: string, got: string): number {
  const want = new Map<string, number>();
  for (const t of tokenize(expected)) want.set(t, (want.get(t) ?? 0) + 1);
  const have = new Map<string, number>();
  for (const t of tokenize(got)) have.set(t, (have.get(t) ?? 0) + 1);
  let total = 0;
  let kept = 0;
  for (const [t, n] of want) {
    total += n;
    kept += Math.min(n, have.get(t) ?? 0);
  }
  return total ? kept / total : 1;
}

/** The multiset of n-token shingles; a text shorter than n makes one shorter shingle, as in the benchmark's code. */
export function shingles(text: string, n = SHINGLE): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const slice = tokens.slice(i, i + n);
    if (slice.length === 0) continue;
    const key = slice.join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
  /** Whether the extractor returned any text. */
  hasOutput: boolean;
  /** Whether the ground truth has any text. */
  hasTruth: boolean;
}

/** Score one page: true and predicted text. */
export function scorePage(truth: string, predicted: string): PageScore {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, pc] of p) {
    const tc = t.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
  }
  for (const [key, tc] of t) fn += Math.max(0, tc - (p.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0
    ? { tp: tp / sum, fp: fp / sum, fn: fn / sum, hasOutput: p.size > 0, hasTruth: t.size > 0 }
    : { tp: 0, fp: 0, fn: 0, hasOutput: false, hasTruth: false };
}

/** Per-page precision (null when the extractor returned nothing) and recall (null when there is no ground truth). */
export function pagePrecision(s: PageScore): number | null {
  if (!s.hasOutput) return null;
  return s.tp + s.fp > 0 ? s.tp / (s.tp + s.fp) : 0;
}
export function pageRecall(s: PageScore): number | null {
  if (!s.hasTruth) return null;
  return s.tp + s.fn > 0 ? s.tp / (s.tp + s.fn) : 0;
}

export interface Summary {
  precision: number;
  recall: number;
  f1: number;
  pages: number;
}

/** Mean precision, mean recall and their harmonic mean over pages. */
export function summarize(scores: PageScore[]): Summary {
  const ps = scores.map(pagePrecision).filter((v): v is number => v !== null);
  const rs = scores.map(pageRecall).filter((v): v is number => v !== null);
  const precision = ps.length ? ps.reduce((a, b) => a + b, 0) / ps.length : 0;
  const recall = rs.length ? rs.reduce((a, b) => a + b, 0) / rs.length : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, pages: scores.length };
}
