/** Small statistics and a plain-text table for the bench. */

export function median(values: number[]): number {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Nearest-rank percentile (p in 0..100). */
export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

export function fmtMs(ms: number | undefined, digits = 1): string {
  return ms === undefined || Number.isNaN(ms) ? '' : ms.toFixed(digits);
}

export function fmtRatio(r: number | undefined): string {
  return r === undefined || Number.isNaN(r) || !Number.isFinite(r) ? '' : `${r.toFixed(2)}×`;
}

export function fmtBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1048576).toFixed(2)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
}

/** Aligned plain-text table: text columns left, number columns right. */
export function table(header: string[], rows: (string[] | 'rule')[], numeric: boolean[]): string {
  const all = [header, ...rows.filter((r): r is string[] => r !== 'rule')];
  const widths = header.map((_, i) => Math.max(...all.map((r) => [...(r[i] ?? '')].length)));
  const line = (r: string[]) =>
    r
      .map((cell, i) => {
        const pad = ' '.repeat(widths[i] - [...(cell ?? '')].length);
        return numeric[i] ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map((r) => (r === 'rule' ? rule : line(r)))].join('\n');
}
