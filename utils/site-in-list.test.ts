import { describe, expect, it } from 'vitest';
import { siteInList } from './site-in-list';

describe('siteInList', () => {
  const list = ['example.com', 'news.other.org', 'localhost', '127.0.0.1'];

  it.each([
    ['example.com', true],
    ['www.example.com', true],
    ['a.b.example.com', true],
    ['example.com.', true],
    ['EXAMPLE.COM', true],
    ['notexample.com', false],
    ['other.org', false],
    ['x.news.other.org', true],
    ['localhost', true],
    ['127.0.0.1', true],
    ['27.0.0.1', false],
  ])('%s → %s', (host, expected) => {
    expect(siteInList(host, list)).toBe(expected);
  });

  it('matches nothing in an empty list', () => {
    expect(siteInList('example.com', [])).toBe(false);
  });
});
