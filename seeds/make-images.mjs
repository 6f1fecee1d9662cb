// Writes the small PNG pictures the seed pages use. Run: node seeds/make-images.mjs
// Each picture is a flat, made-up scene (no real photos), drawn from a fixed seed so reruns give the same bytes.
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function encodePng(w, h, rgb) {
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) {
    raw[y * (w * 3 + 1)] = 0;
    rgb.copy(raw, y * (w * 3 + 1) + 1, y * w * 3, (y + 1) * w * 3);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; ihdr[9] = 2; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** A flat scene: a two-colour gradient (banded, so it compresses), a horizon, rectangles and discs. */
function scene(w, h, seed, palette) {
  const r = rng(seed);
  const px = Buffer.alloc(w * h * 3);
  const set = (x, y, c) => {
    if (x < 0 || y < 0 || x >= w || y >= h) return;
    const i = (y * w + x) * 3;
    px[i] = c[0]; px[i + 1] = c[1]; px[i + 2] = c[2];
  };
  const [top, bottom, ground, ...accents] = palette;
  const horizon = Math.floor(h * (0.55 + r() * 0.15));
  for (let y = 0; y < h; y++) {
    const t = Math.floor((y / horizon) * 12) / 12;
    const c = y < horizon ? top.map((v, k) => Math.round(v + (bottom[k] - v) * t)) : ground;
    for (let x = 0; x < w; x++) set(x, y, c);
  }
  const n = 5 + Math.floor(r() * 6);
  for (let k = 0; k < n; k++) {
    const c = accents[k % accents.length];
    const bw = Math.floor(w * (0.05 + r() * 0.15));
    const bh = Math.floor(h * (0.15 + r() * 0.45));
    const x0 = Math.floor(r() * (w - bw));
    for (let y = horizon - bh; y < horizon + Math.floor(h * 0.05); y++) for (let x = x0; x < x0 + bw; x++) set(x, y, c);
  }
  const discs = 1 + Math.floor(r() * 3);
  for (let k = 0; k < discs; k++) {
    const c = accents[(k + 1) % accents.length];
    const cx = Math.floor(r() * w), cy = Math.floor(r() * horizon * 0.6), rad = Math.floor(h * (0.05 + r() * 0.1));
    for (let y = cy - rad; y <= cy + rad; y++) for (let x = cx - rad; x <= cx + rad; x++) if ((x - cx) ** 2 + (y - cy) ** 2 <= rad * rad) set(x, y, c);
  }
  return encodePng(w, h, px);
}

const P = {
  desert: [[244, 214, 160], [250, 236, 200], [196, 150, 90], [120, 90, 60], [90, 70, 50], [160, 120, 80]],
  hall: [[40, 60, 90], [90, 110, 140], [120, 80, 50], [200, 200, 210], [30, 120, 60], [180, 40, 40], [240, 240, 240]],
  dusk: [[60, 40, 80], [230, 140, 90], [50, 50, 50], [30, 30, 40], [80, 70, 60], [250, 210, 120]],
  river: [[120, 180, 230], [200, 230, 250], [60, 110, 160], [90, 90, 100], [140, 140, 150], [250, 250, 240]],
  city: [[150, 200, 240], [220, 240, 255], [90, 100, 90], [70, 80, 100], [200, 180, 150], [120, 60, 60]],
  green: [[170, 210, 240], [230, 245, 250], [70, 140, 70], [40, 90, 50], [200, 170, 90], [250, 220, 80]],
  grey: [[200, 200, 205], [235, 235, 240], [120, 120, 125], [60, 60, 70], [150, 70, 60], [90, 120, 150]],
};

const IMAGES = {
  'elbalad-isis-africa/coalition-meeting.png': [640, 360, 11, P.hall],
  'elbalad-isis-africa/fighting-isis.png': [560, 315, 12, P.desert],
  'elbalad-isis-africa/isis-forces.png': [560, 315, 13, P.dusk],
  'elbalad-isis-africa/thumb-1.png': [160, 90, 14, P.city],
  'elbalad-isis-africa/thumb-2.png': [160, 90, 15, P.green],
  'elbalad-isis-africa/thumb-3.png': [160, 90, 16, P.river],
  'elbalad-isis-africa/thumb-4.png': [160, 90, 17, P.grey],
  'english-news-article/photo.png': [640, 360, 21, P.river],
  'english-news-article/map.png': [480, 270, 22, P.green],
  'portal-front-page/lead.png': [640, 360, 31, P.city],
  'portal-front-page/t1.png': [200, 112, 32, P.desert],
  'portal-front-page/t2.png': [200, 112, 33, P.green],
  'portal-front-page/t3.png': [200, 112, 34, P.river],
  'portal-front-page/t4.png': [200, 112, 35, P.dusk],
  'portal-front-page/t5.png': [200, 112, 36, P.grey],
  'portal-front-page/t6.png': [200, 112, 37, P.hall],
  'hebrew-article/photo.png': [600, 338, 41, P.city],
  'bare-article/garden.png': [600, 400, 51, P.green],
  'tech-blog-table-code/chart.png': [560, 300, 61, P.grey],
  'hostile-css/photo.png': [560, 315, 71, P.desert],
  'persian-mislabelled/photo.png': [560, 315, 91, P.dusk],
  'csp-strict/photo.png': [560, 315, 101, P.river],
  'urdu-article/photo.png': [600, 338, 111, P.green],
};

for (const [rel, [w, h, seed, palette]] of Object.entries(IMAGES)) {
  const file = join(HERE, rel);
  mkdirSync(dirname(file), { recursive: true });
  const png = scene(w, h, seed, palette);
  writeFileSync(file, png);
  console.log(rel, png.length);
}
