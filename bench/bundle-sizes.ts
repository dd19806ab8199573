import { spawnSync } from 'child_process';
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { gzipSync } from 'zlib';

/**
 * The task pane's JavaScript, gzipped: what the first load fetches (the <script> tags of
 * taskpane.html) and what is loaded later, on demand (every other chunk). Builds dist/ with
 * `webpack --mode production` when it is missing.
 */
export interface BundleSizes {
  firstLoad: Array<{ file: string; gzip: number }>;
  lazy: Array<{ file: string; gzip: number }>;
}

export function bundleSizes(root: string): BundleSizes {
  const dist = join(root, 'dist');
  if (!existsSync(join(dist, 'taskpane.html'))) {
    console.log('dist/ is missing: building the task pane (webpack --mode production) …');
    const r = spawnSync('npx', ['webpack', '--mode', 'production'], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('webpack failed');
  }
  const html = readFileSync(join(dist, 'taskpane.html'), 'utf8');
  // Minified HTML may leave attribute values unquoted: <script defer src=runtime.f828b5bf.js>.
  const initial = new Set([...html.matchAll(/<script\b[^>]*\ssrc=["']?([^"'\s>]+\.js)/g)].map((m) => m[1].split('/').pop()!).filter((f) => existsSync(join(dist, f))));
  const size = (file: string) => ({ file, gzip: gzipSync(readFileSync(join(dist, file))).length });
  const js = readdirSync(dist).filter((f) => f.endsWith('.js')).sort();
  return { firstLoad: js.filter((f) => initial.has(f)).map(size), lazy: js.filter((f) => !initial.has(f)).map(size) };
}
