import { describe, expect, it } from 'vitest';
import { plainText } from './plain-text';
import { divWith } from './html-fixture';

describe('plainText', () => {
  it('puts a line break between blocks and collapses spaces inside them', () => {
    expect(plainText(divWith('<h1>Title</h1><p>One   <b>two</b>\n three</p><ul><li>a</li><li>b</li></ul>'))).toBe('Title\nOne two three\na\nb');
  });

  it('breaks lines at <br>, keeps table rows on one line each and skips scripts', () => {
    expect(plainText(divWith('<p>a<br>b</p><table><tr><td>1</td><td>2</td></tr><tr><td>3</td><td>4</td></tr></table><script>x()</script>'))).toBe('a\nb\n1 2\n3 4');
  });

  it('keeps the line breaks of preformatted text', () => {
    expect(plainText(divWith('<pre>line 1\nline 2</pre>'))).toBe('line 1\nline 2');
  });
});
