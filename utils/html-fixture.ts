/** Tests' fixture: a detached <div> holding the given HTML, in the test's jsdom document. */
export function divWith(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}
