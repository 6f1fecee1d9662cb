import { describe, expect, it } from 'vitest';
import { pagePrecision, pageRecall, scorePage, shingles, summarize, tokenize } from './shingle-score';

describe('shingle score', () => {
  it('tokenizes letters, digits and underscores in any script; combining marks split tokens as in Python', () => {
    expect(tokenize('Hello, world_1! مرحبا بالعالم 2024')).toEqual(['Hello', 'world_1', 'مرحبا', 'بالعالم', '2024']);
    expect(tokenize('مُحَمَّد')).toEqual(['م', 'ح', 'م', 'د']);
  });

  it('makes multisets of 4-token shingles, one short shingle for short text', () => {
    expect([...shingles('a b c d e').values()]).toEqual([1, 1]);
    expect(shingles('a b').size).toBe(1);
    expect(shingles('').size).toBe(0);
    expect(shingles('a b c d a b c d').get(['a', 'b', 'c', 'd'].join('\u0000'))).toBe(2);
  });

  it('scores a perfect extraction 1/1', () => {
    const s = scorePage('one two three four five', 'one two three four five');
    expect(pagePrecision(s)).toBe(1);
    expect(pageRecall(s)).toBe(1);
  });

  it('scores extra boilerplate as lost precision and missing text as lost recall', () => {
    const truth = 'a b c d e f g h';
    const s = scorePage(truth, 'a b c d e f g h share on facebook now please');
    expect(pageRecall(s)).toBe(1);
    expect(pagePrecision(s)).toBeCloseTo(5 / 10);
    const half = scorePage(truth, 'a b c d e');
    expect(pagePrecision(half)).toBe(1);
    expect(pageRecall(half)).toBeCloseTo(2 / 5);
  });

  it('leaves pages without output out of precision but counts them in recall', () => {
    const empty = scorePage('a b c d e', '');
    expect(pagePrecision(empty)).toBeNull();
    expect(pageRecall(empty)).toBe(0);
    const sum = summarize([empty, scorePage('a b c d e', 'a b c d e')]);
    expect(sum.precision).toBe(1);
    expect(sum.recall).toBe(0.5);
    expect(sum.f1).toBeCloseTo(2 / 3);
  });
});
