/**
 * Whether a hostname or one of its parents is in a site list ("news.example.com" matches "example.com").
 * One rule for the settings store, the reader toolbar and the always-on detector (which cannot afford the store).
 */
export function siteInList(hostname: string, list: readonly string[]): boolean {
  let host = hostname.toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
  for (;;) {
    if (list.includes(host)) return true;
    const dot = host.indexOf('.');
    if (dot < 0) return false;
    host = host.slice(dot + 1);
  }
}
