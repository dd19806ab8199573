/**
 * Renders a PDF page with poppler's pdftoppm (Debian poppler-utils) and reads the picture, to check that a
 * chart was drawn: pdftoppm writes PPM (P6) when no image format is asked for, which needs no decoder.
 */
import { spawnSync } from 'child_process';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { strFromU8, unzipSync } from 'fflate';

export interface Picture {
  width: number;
  height: number;
  /** RGB, 3 bytes a pixel, row by row. */
  rgb: Uint8Array;
}

/** Page `page` (1-based) of a PDF at `dpi`, as a picture. */
export function renderPdfPage(pdf: string, page: number, outDir: string, dpi = 60): Picture {
  const prefix = join(outDir, `page-${page}`);
  const run = spawnSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), pdf, prefix], { encoding: 'utf8', timeout: 60_000 });
  if (run.status !== 0) throw new Error(`pdftoppm failed: ${run.stderr}`);
  const file = readdirSync(outDir).find((f) => f.startsWith(`page-${page}`) && f.endsWith('.ppm'));
  if (!file) throw new Error('pdftoppm wrote no page');
  return readPpm(new Uint8Array(readFileSync(join(outDir, file))));
}

export function readPpm(bytes: Uint8Array): Picture {
  // Header: "P6", width, height, maxval, each separated by whitespace, then one whitespace byte.
  const fields: string[] = [];
  let i = 0;
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(bytes[i]))) i++;
    let field = '';
    while (!/\s/.test(String.fromCharCode(bytes[i]))) field += String.fromCharCode(bytes[i++]);
    fields.push(field);
  }
  i++;
  if (fields[0] !== 'P6' || fields[3] !== '255') throw new Error(`not an 8-bit PPM: ${fields.join(' ')}`);
  const [width, height] = [Number(fields[1]), Number(fields[2])];
  return { width, height, rgb: bytes.subarray(i, i + width * height * 3) };
}

/**
 * Pixels of strong colour (max − min of R, G, B over `spread`): bars, slices and lines of a chart are
 * drawn in such colours, while the sheet's text is black or grey and its fills pale.
 */
export function colouredPixels(p: Picture, spread = 80): number {
  let n = 0;
  for (let k = 0; k < p.rgb.length; k += 3) {
    const r = p.rgb[k];
    const g = p.rgb[k + 1];
    const b = p.rgb[k + 2];
    if (Math.max(r, g, b) - Math.min(r, g, b) > spread) n++;
  }
  return n;
}

/** The chart objects of an .ods: the ranges each one is drawn from, and its chart class(es). */
export function odsCharts(ods: Uint8Array): Array<{ ranges: string; classes: string[] }> {
  const files = unzipSync(ods);
  const content = strFromU8(files['content.xml']);
  return [...content.matchAll(/<draw:object\b[^>]*?draw:notify-on-update-of-ranges="([^"]*)"[^>]*?xlink:href="\.\/([^"]+)"/g)].map((m) => {
    const chart = files[`${m[2]}/content.xml`];
    const classes = chart ? [...strFromU8(chart).matchAll(/chart:class="chart:(\w+)"/g)].map((c) => c[1]) : [];
    return { ranges: m[1].replace(/&apos;/g, "'"), classes };
  });
}
