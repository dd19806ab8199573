#!/usr/bin/env node
/**
 * Draws the add-in's icons (assets/icon-16.png … icon-128.png) without any image library: a blue
 * rounded square holding a small white table (a header row and a grid), the picture of an annex.
 * Deterministic, so re-running it gives byte-identical files; the PNGs are committed.
 *
 *   node scripts/make-icons.js
 */
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80, 128];
const SUPERSAMPLE = 4; // sub-pixels per side, for smooth edges at small sizes
const BLUE = [15, 108, 189]; // Fluent brand blue #0F6CBD
const WHITE = [255, 255, 255];
const HEADER = [255, 200, 61]; // the header row of the table, in the colour of a highlighted cell

/** Colour of a point (u, v in 0…1) of the icon, or null when outside (transparent). */
function colourAt(u, v) {
  const r = 0.18; // corner radius of the square
  const cu = Math.min(Math.max(u, r), 1 - r);
  const cv = Math.min(Math.max(v, r), 1 - r);
  if ((u - cu) ** 2 + (v - cv) ** 2 > r * r) return null;
  // The sheet: a white rectangle with a header row and grid lines in blue.
  const [x0, x1, y0, y1] = [0.2, 0.8, 0.22, 0.78];
  if (u < x0 || u > x1 || v < y0 || v > y1) return BLUE;
  const line = 0.045;
  const cols = [x0 + 0.24, x0 + 0.42];
  const rows = [y0 + 0.16, y0 + 0.31, y0 + 0.46];
  if (v < rows[0]) return HEADER;
  if (cols.some((c) => Math.abs(u - c) < line / 2)) return BLUE;
  if (rows.some((c) => Math.abs(v - c) < line / 2)) return BLUE;
  return WHITE;
}

function renderRgba(size) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const c = colourAt((x + (sx + 0.5) / SUPERSAMPLE) / size, (y + (sy + 0.5) / SUPERSAMPLE) / size);
          if (!c) continue;
          sum[0] += c[0];
          sum[1] += c[1];
          sum[2] += c[2];
          sum[3] += 1;
        }
      }
      const at = (y * size + x) * 4;
      const n = SUPERSAMPLE * SUPERSAMPLE;
      if (sum[3] > 0) {
        pixels[at] = Math.round(sum[0] / sum[3]);
        pixels[at + 1] = Math.round(sum[1] / sum[3]);
        pixels[at + 2] = Math.round(sum[2] / sum[3]);
      }
      pixels[at + 3] = Math.round((255 * sum[3]) / n);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  // Each scanline starts with filter byte 0 (none).
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = path.join(__dirname, '..', 'assets');
fs.mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = path.join(outDir, `icon-${size}.png`);
  fs.writeFileSync(file, encodePng(size, renderRgba(size)));
  console.log(`${path.relative(process.cwd(), file)} (${size}×${size})`);
}
