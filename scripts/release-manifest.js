/**
 * The manifest of a release (dist/manifest.xml), from the development one (manifest.xml, every URL under
 * https://localhost:3000/): every URL moved under the public base the federation serves dist/ from, and
 * <Version> set from package.json. Used by webpack.config.js; tested in test/manifest/release.test.ts.
 *
 *   ADDIN_PUBLIC_URL=https://addin.example.org/phu-luc/ npm run build
 *
 * ADDIN_PUBLIC_URL: https only, no user name or password, no query string or fragment (the manifest appends
 * file names to it), a folder not a page; a missing trailing slash is added, a non-ASCII host or path is
 * written in its ASCII form (punycode host, percent-encoded path), which is what Office expects.
 * Version: package.json's MAJOR.MINOR.PATCH, plus ADDIN_BUILD (default 0) as the fourth number. Office and
 * the Microsoft 365 admin center take a new <Version> as an update: bump package.json (`npm version patch`)
 * for each release, or raise ADDIN_BUILD to re-release the same code with a changed manifest.
 */
'use strict';

const DEV_ORIGIN = 'https://localhost:3000';
/** The longest path the manifest appends to the base (assets/support.html) and Office's URL limit. */
const LONGEST_SUFFIX = 'assets/support.html';
const MAX_URL_LENGTH = 2048;
const MAX_VERSION_PART = 65535;

class ReleaseError extends Error {}

/** The base URL dist/ is served from, normalised; throws ReleaseError with a plain message. */
function normalizePublicUrl(raw) {
  const text = String(raw ?? '').trim();
  const example = 'for example ADDIN_PUBLIC_URL=https://addin.example.org/phu-luc/';
  if (!text) throw new ReleaseError(`ADDIN_PUBLIC_URL is empty (${example}).`);
  if (!/^https:\/\//i.test(text)) {
    throw new ReleaseError(`ADDIN_PUBLIC_URL must start with https:// — Office loads add-ins only over HTTPS: "${text}" (${example}).`);
  }
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new ReleaseError(`ADDIN_PUBLIC_URL is not a valid URL: "${text}" (${example}).`);
  }
  if (url.username || url.password) throw new ReleaseError(`ADDIN_PUBLIC_URL must not hold a user name or password: "${text}".`);
  if (url.search || url.hash || text.includes('?') || text.includes('#')) {
    throw new ReleaseError(`ADDIN_PUBLIC_URL must not have a query string (?…) or a fragment (#…), the manifest appends file names to it: "${text}".`);
  }
  if (/\.(html?|xml|js|aspx?|php)$/i.test(url.pathname)) {
    throw new ReleaseError(`ADDIN_PUBLIC_URL names a file (${url.pathname}); give the folder that holds taskpane.html, ending with "/": "${text}".`);
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  const notes = [];
  if (url.href !== text) notes.push(`ADDIN_PUBLIC_URL normalised: "${text}" → ${url.href}`);
  if (url.href.length + LONGEST_SUFFIX.length > MAX_URL_LENGTH) {
    throw new ReleaseError(`ADDIN_PUBLIC_URL is too long: the manifest's URLs would pass Office's ${MAX_URL_LENGTH} characters.`);
  }
  return { href: url.href, origin: url.origin, notes };
}

/** <Version> of the manifest: MAJOR.MINOR.PATCH of package.json, and the build number. */
function manifestVersion(packageVersion, build) {
  const parts = /^(\d+)\.(\d+)\.(\d+)$/.exec(String(packageVersion));
  if (!parts) {
    throw new ReleaseError(`package.json "version" must be MAJOR.MINOR.PATCH (three numbers) to make the manifest's <Version>: "${packageVersion}".`);
  }
  const buildText = build === undefined || build === null || String(build).trim() === '' ? '0' : String(build).trim();
  if (!/^\d+$/.test(buildText)) throw new ReleaseError(`ADDIN_BUILD must be a whole number from 0 to ${MAX_VERSION_PART}: "${build}".`);
  const numbers = [parts[1], parts[2], parts[3], buildText].map(Number);
  if (numbers.some((n) => n > MAX_VERSION_PART)) {
    throw new ReleaseError(`Each number of the manifest's <Version> must be at most ${MAX_VERSION_PART}: ${numbers.join('.')}.`);
  }
  return numbers.join('.');
}

/**
 * The release manifest. publicUrl: the normalised base (normalizePublicUrl), or null for a development
 * build, which keeps the localhost URLs. Throws ReleaseError when a development URL would remain.
 */
function releaseManifest(xml, { publicUrl, version }) {
  let out = xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${version}</Version>`);
  if (!publicUrl) return out;
  // The development notes go: they name localhost, and a punycode host (xn--…) would put "--" inside a
  // comment, which is not well-formed XML.
  out = out.replace(/[ \t]*<!--[\s\S]*?-->[ \t]*\r?\n?/g, '');
  out = out.split(`${DEV_ORIGIN}/`).join(publicUrl.href).split(DEV_ORIGIN).join(publicUrl.origin);
  const left = /https?:\/\/(localhost|127\.0\.0\.1)[:/][^"<\s]*/.exec(out.split(publicUrl.origin).join(''));
  if (left) throw new ReleaseError(`The release manifest still points at ${left[0]}: every URL of manifest.xml must start with ${DEV_ORIGIN}/.`);
  return out;
}

/** What the build says when ADDIN_PUBLIC_URL is not set. */
const DEVELOPMENT_BUILD_NOTICE = [
  'DEVELOPMENT BUILD — ADDIN_PUBLIC_URL is not set: dist/manifest.xml points at https://localhost:3000/ and works only',
  'on this computer with "npm start". To deploy, build for the HTTPS address that will serve dist/, e.g.',
  '  ADDIN_PUBLIC_URL=https://addin.example.org/phu-luc/ npm run build      (see docs/deploy.md)',
  'BẢN PHÁT TRIỂN — chưa đặt ADDIN_PUBLIC_URL: dist/manifest.xml trỏ tới https://localhost:3000/, chỉ dùng trên máy này.',
].join('\n');

module.exports = { DEV_ORIGIN, DEVELOPMENT_BUILD_NOTICE, ReleaseError, manifestVersion, normalizePublicUrl, releaseManifest };
