/**
 * OpenDocument spreadsheets saved with a password (ODF 1.2 §3.4, what LibreOffice writes): each part
 * is deflated, then encrypted with AES-256-CBC under a key from PBKDF2-HMAC-SHA1 (100 000 rounds in
 * LibreOffice 7) of SHA-256 of the UTF-8 password; META-INF/manifest.xml, in clear, gives per part the
 * salt, the IV, the rounds, the size and a checksum of its first kilobyte (which tells a wrong
 * password). The legacy Blowfish CFB of OpenOffice.org 1–3 and the AES-GCM/Argon2 of ODF 1.4 are
 * refused as unsupported, by name.
 *
 * The parts the reader needs are decrypted and inflated (under the same bounds as the zip guard) into
 * memory, and handed to the .ods reader in place of the encrypted ones.
 */
import type { ReadGuard } from '../guards/read-guard';
import { XlsxReadError } from '../read-errors';
import { partText } from '../read-package';
import { child, children, parseXmlTree, type XmlElement } from '../xml-tree';
import { inflateBounded, type ZipParts } from '../zip-guard';
import { findKey, type Lock } from './lock';
import { aesCbcDecrypt, bytesEqual, digest, pbkdf2, type Crypt, type HashName } from './ops';
import { base64Bytes } from './passwords';
import { unsupported } from './ooxml';

const AES256_CBC = 'http://www.w3.org/2001/04/xmlenc#aes256-cbc';
/** PBKDF2 rounds above this are refused before deriving (LibreOffice writes 100 000). */
const MAX_ITERATIONS = 10_000_000;
/** The parts the .ods reader reads; others (settings, RDF, thumbnails) stay encrypted and unread. */
const NEEDED = ['content.xml', 'meta.xml', 'styles.xml'];

interface EncryptedPart {
  path: string;
  size: number;
  checksumHash: HashName;
  checksum: Uint8Array;
  iv: Uint8Array;
  startKeyHash: HashName;
  salt: Uint8Array;
  iterations: number;
  keySize: number;
}

/** True when the package's manifest lists encrypted parts. */
export function isEncryptedOds(zip: ZipParts): boolean {
  const manifest = partText(zip, 'META-INF/manifest.xml');
  return manifest !== undefined && /encryption-data/.test(manifest);
}

/** The package with its needed parts decrypted, with the first password that is right. */
export function* decryptOds(zip: ZipParts, passwords: readonly string[], guard: ReadGuard): Crypt<{ zip: ZipParts; scheme: string }> {
  const parts = encryptedParts(zip, guard);
  const needed = parts.filter((p) => NEEDED.includes(p.path));
  const probe = needed.find((p) => p.path === 'content.xml') ?? needed[0];
  if (!probe) throw new XlsxReadError('corrupt', 'the OpenDocument manifest lists no encrypted content');
  const scheme = `OpenDocument AES-256-CBC, PBKDF2 (${probe.iterations} rounds)`;
  const lock: Lock<Uint8Array> = {
    scheme,
    tryDefault: false,
    *keyFor(password) {
      guard.checkTime();
      const startKey = yield* digest(probe.startKeyHash, new TextEncoder().encode(password));
      const raw = yield* decryptPart(zip, probe, startKey);
      return raw !== null ? startKey : null;
    },
  };
  const { key } = yield* findKey(lock, passwords);
  const clear = new Map<string, Uint8Array>();
  let room = guard.limits.maxUncompressedBytes;
  for (const part of needed) {
    const raw = yield* decryptPart(zip, part, key);
    if (raw === null) throw new XlsxReadError('corrupt', `"${part.path}" does not decrypt with the password that opens content.xml (damaged file)`);
    const data = inflateBounded(raw, part.path, part.size, guard, room);
    if (data.length !== part.size) throw new XlsxReadError('corrupt', `"${part.path}" holds ${data.length} bytes, the manifest says ${part.size}`);
    room -= data.length;
    clear.set(part.path, data);
    guard.checkTime();
  }
  const encrypted = new Set(parts.map((p) => p.path));
  return {
    scheme,
    zip: {
      names: zip.names,
      has: (name) => zip.has(name),
      get(name) {
        const key = name.replace(/^\/+/, '');
        if (clear.has(key)) return clear.get(key);
        // A part still encrypted is never handed out as if it were XML.
        return encrypted.has(key) ? undefined : zip.get(name);
      },
    },
  };
}

/** The part decrypted (still deflated), or null when its checksum says the key is wrong. */
function* decryptPart(zip: ZipParts, part: EncryptedPart, startKey: Uint8Array): Crypt<Uint8Array | null> {
  const stored = zip.get(part.path);
  if (!stored) throw new XlsxReadError('corrupt', `the manifest lists "${part.path}", the zip does not hold it`);
  if (stored.length === 0 || stored.length % 16 !== 0) throw new XlsxReadError('corrupt', `"${part.path}" is not whole AES blocks (damaged file)`);
  const key = yield* pbkdf2('SHA-1', startKey, part.salt, part.iterations, part.keySize);
  const plain = yield* aesCbcDecrypt(key, part.iv, stored);
  // W3C XML Encryption padding: the last byte says how many bytes of padding (1–16).
  const pad = plain[plain.length - 1];
  const body = pad >= 1 && pad <= 16 ? plain.subarray(0, plain.length - pad) : plain;
  const check = yield* digest(part.checksumHash, body.subarray(0, 1024));
  if (bytesEqual(check, part.checksum)) return body;
  // Some writers checksum the first kilobyte before the padding is removed.
  const checkPadded = yield* digest(part.checksumHash, plain.subarray(0, 1024));
  return bytesEqual(checkPadded, part.checksum) && pad >= 1 && pad <= 16 ? body : null;
}

function encryptedParts(zip: ZipParts, guard: ReadGuard): EncryptedPart[] {
  const manifest = partText(zip, 'META-INF/manifest.xml');
  if (manifest === undefined) throw new XlsxReadError('corrupt', 'the OpenDocument file has no manifest');
  const root = parseXmlTree(manifest, guard);
  const out: EncryptedPart[] = [];
  for (const entry of children(root, 'file-entry')) {
    const data = child(entry, 'encryption-data');
    if (!data) continue;
    out.push(partOf(entry, data));
  }
  return out;
}

function partOf(entry: XmlElement, data: XmlElement): EncryptedPart {
  const path = (entry.attrs['full-path'] ?? '').replace(/^\/+/, '');
  const algorithm = child(data, 'algorithm');
  const derivation = child(data, 'key-derivation');
  const start = child(data, 'start-key-generation');
  const algorithmName = algorithm?.attrs['algorithm-name'] ?? '';
  if (/blowfish/i.test(algorithmName)) throw unsupported('OpenDocument Blowfish CFB encryption (OpenOffice.org 1–3)');
  if (algorithmName !== AES256_CBC) throw unsupported(`OpenDocument encryption ${algorithmName || '(unnamed)'}`);
  if ((derivation?.attrs['key-derivation-name'] ?? '') !== 'PBKDF2') throw unsupported(`OpenDocument key derivation ${derivation?.attrs['key-derivation-name'] ?? '(unnamed)'}`);
  const iterations = Number(derivation?.attrs['iteration-count']);
  if (!Number.isSafeInteger(iterations) || iterations < 1) throw new XlsxReadError('corrupt', `"${path}": PBKDF2 iteration-count "${derivation?.attrs['iteration-count'] ?? ''}"`);
  if (iterations > MAX_ITERATIONS) throw new XlsxReadError('tooSlow', `the password hash asks for ${iterations} rounds, limit ${MAX_ITERATIONS}`);
  const keySize = Number(derivation?.attrs['key-size'] ?? 32);
  if (keySize !== 32) throw unsupported(`OpenDocument AES-256 with a ${keySize}-byte key`);
  const size = Number(entry.attrs.size);
  if (!Number.isSafeInteger(size) || size < 0) throw new XlsxReadError('corrupt', `"${path}": manifest size "${entry.attrs.size ?? ''}"`);
  return {
    path,
    size,
    checksumHash: checksumHash(data.attrs['checksum-type'] ?? ''),
    checksum: b64(data.attrs.checksum, path),
    iv: b64(algorithm?.attrs['initialisation-vector'], path),
    startKeyHash: startKeyHash(start?.attrs['start-key-generation-name'] ?? 'SHA1'),
    salt: b64(derivation?.attrs.salt, path),
    iterations,
    keySize,
  };
}

function checksumHash(type: string): HashName {
  if (/sha256-1k$/i.test(type)) return 'SHA-256';
  if (/sha1-?\/?1k$/i.test(type)) return 'SHA-1';
  throw unsupported(`OpenDocument checksum ${type || '(none)'}`);
}

function startKeyHash(name: string): HashName {
  if (/sha256$/i.test(name)) return 'SHA-256';
  if (/sha1$/i.test(name)) return 'SHA-1';
  throw unsupported(`OpenDocument start key ${name}`);
}

function b64(value: string | undefined, path: string): Uint8Array {
  try {
    if (value === undefined) throw new Error('absent');
    return base64Bytes(value);
  } catch {
    throw new XlsxReadError('corrupt', `"${path}": a manifest value is not base64`);
  }
}
