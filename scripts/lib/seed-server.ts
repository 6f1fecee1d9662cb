/** Serves seeds/ on 127.0.0.1 (a free port), with each seed's own headers from expected.json. */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, normalize, extname } from 'node:path';
import { SEEDS_DIR, listSeeds } from './seeds';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.xhtml': 'application/xhtml+xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
};

export interface SeedServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
  server: Server;
}

/** Extra routes tests may add: a path and the body to send (e.g. a generated huge page). */
export type ExtraRoutes = Record<string, { body: string | Buffer; type?: string; headers?: Record<string, string> }>;

export async function startSeedServer(options: { port?: number; extra?: ExtraRoutes } = {}): Promise<SeedServer> {
  const seeds = listSeeds();
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const extra = options.extra?.[url.pathname];
      if (extra) {
        res.writeHead(200, { 'content-type': extra.type ?? 'text/html; charset=utf-8', ...extra.headers });
        res.end(extra.body);
        return;
      }
      let pathname = decodeURIComponent(url.pathname);
      if (pathname === '/') {
        const links = seeds.map((s) => `<li><a href="${s.path}">${s.slug}</a> — ${s.expected.description}</li>`).join('');
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(`<!doctype html><meta charset="utf-8"><title>Qari seed pages</title><h1>Qari seed pages</h1><ul>${links}</ul>`);
        return;
      }
      const seed = seeds.find((s) => pathname === `/${s.slug}/` || pathname === `/${s.slug}`);
      if (seed) pathname = seed.path;
      const file = normalize(join(SEEDS_DIR, pathname));
      if (!file.startsWith(SEEDS_DIR) || !(await stat(file)).isFile()) throw new Error('not found');
      const owner = seeds.find((s) => pathname === s.path);
      const headers: Record<string, string> = {
        'content-type': owner?.expected.contentType ?? TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...owner?.expected.headers,
      };
      res.writeHead(200, headers);
      res.end(await readFile(file));
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    server,
    url: (path: string) => new URL(path, origin).href,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
