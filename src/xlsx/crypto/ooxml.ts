/**
 * Encrypted .xlsx/.xlsm (MS-OFFCRYPTO 2.3.4): an OLE compound file holding the stream EncryptionInfo
 * (how the key is made from the password) and EncryptedPackage (the 8-byte size of the zip, then
 * the zip encrypted). Two schemes are read:
 *   - Agile (version 4.4, Excel 2010 and later, LibreOffice): an XML description; AES-CBC in 4096-byte
 *     segments, the key from `spinCount` rounds of SHA-1/256/384/512 (100 000 by default), an HMAC
 *     over the whole stream (a damaged stream is a refusal, never different figures);
 *   - Standard (versions 2.2, 3.2, 4.2, Excel 2007): AES-ECB, key from 50 000 rounds of SHA-1.
 * Extensible encryption (x.3) and anything else are refused as unsupported, by name.
 * Nothing decrypted is written anywhere: the zip goes, in memory, to the same guarded zip reader.
 */
import type { ReadGuard } from '../guards/read-guard';
import { formatBytes } from '../guards/limits';
import { XlsxReadError } from '../read-errors';
import { parseXmlTree, child, children, type XmlElement } from '../xml-tree';
import { findKey, type Lock } from './lock';
import { aesCbcDecrypt, aesEcbDecrypt, bytesEqual, concatBytes, digest, hashLength, hmac, iterateHash, le32, utf16le, type Crypt, type HashName } from './ops';
import { base64Bytes } from './passwords';

/** MS-OFFCRYPTO 2.3.4.11: "spinCount … MUST be ≤ 10,000,000"; more is refused before any hashing. */
export const MAX_SPIN_COUNT = 10_000_000;
const SEGMENT = 4096;

const BLOCK_VERIFIER_INPUT = new Uint8Array([0xfe, 0xa7, 0xd2, 0x76, 0x3b, 0x4b, 0x9e, 0x79]);
const BLOCK_VERIFIER_VALUE = new Uint8Array([0xd7, 0xaa, 0x0f, 0x6d, 0x30, 0x61, 0x34, 0x4e]);
const BLOCK_KEY_VALUE = new Uint8Array([0x14, 0x6e, 0x0b, 0xe7, 0xab, 0xac, 0xd0, 0xd6]);
const BLOCK_HMAC_KEY = new Uint8Array([0x5f, 0xb2, 0xad, 0x01, 0x0c, 0xb9, 0xe1, 0xf6]);
const BLOCK_HMAC_VALUE = new Uint8Array([0xa0, 0x67, 0x7f, 0x02, 0xb2, 0x2c, 0x84, 0x33]);

const PASSWORD_ENCRYPTOR = 'http://schemas.microsoft.com/office/2006/keyEncryptor/password';

export interface DecryptedPackage {
  zip: Uint8Array;
  byDefault: boolean;
  scheme: string;
}

/** EncryptionInfo + EncryptedPackage → the zip, with the first password that is right. */
export function* decryptOoxml(info: Uint8Array, pkg: Uint8Array, passwords: readonly string[], guard: ReadGuard): Crypt<DecryptedPackage> {
  if (info.length < 8) throw corrupt('EncryptionInfo is truncated');
  const major = info[0] | (info[1] << 8);
  const minor = info[2] | (info[3] << 8);
  const flags = u32(info, 4);
  const declared = packageSize(pkg, guard);
  if (major === 4 && minor === 4 && flags === 0x40) {
    const agile = parseAgile(info, guard);
    const found = yield* findKey(agileLock(agile, guard), passwords);
    const zip = yield* agilePackage(agile, found.key, pkg, declared, guard);
    return { zip, byDefault: found.byDefault, scheme: describeAgile(agile) };
  }
  if ((major === 2 || major === 3 || major === 4) && minor === 2) {
    const standard = parseStandard(info);
    const found = yield* findKey(standardLock(standard, guard), passwords);
    const body = pkg.subarray(8);
    const whole = body.subarray(0, body.length - (body.length % 16));
    if (whole.length < declared) throw corrupt(`EncryptedPackage holds ${whole.length} bytes, it says ${declared}`);
    const zip = (yield* aesEcbDecrypt(found.key, whole)).subarray(0, declared);
    return { zip, byDefault: found.byDefault, scheme: standard.scheme };
  }
  if (minor === 3) throw unsupported(`ECMA-376 Extensible encryption ${major}.${minor}`);
  throw unsupported(`encryption version ${major}.${minor}`);
}

// ---------- Agile ----------

interface AgileParams {
  /** keyData: the package's own salt, hash and cipher sizes. */
  dataSalt: Uint8Array;
  dataHash: HashName;
  dataBlockSize: number;
  dataKeyBits: number;
  /** The password key encryptor. */
  spinCount: number;
  salt: Uint8Array;
  hash: HashName;
  keyBits: number;
  blockSize: number;
  verifierHashInput: Uint8Array;
  verifierHashValue: Uint8Array;
  keyValue: Uint8Array;
  hmacKey: Uint8Array | null;
  hmacValue: Uint8Array | null;
}

function parseAgile(info: Uint8Array, guard: ReadGuard): AgileParams {
  const text = new TextDecoder('utf-8').decode(info.subarray(8));
  let root: XmlElement;
  try {
    root = parseXmlTree(text, guard);
  } catch (e) {
    if (e instanceof XlsxReadError) throw e;
    throw corrupt('the Agile EncryptionInfo is not XML');
  }
  const keyData = child(root, 'keyData');
  const encryptor = children(child(root, 'keyEncryptors'), 'keyEncryptor').find((k) => k.attrs.uri === PASSWORD_ENCRYPTOR);
  const key = child(encryptor, 'encryptedKey');
  if (!keyData || !key) {
    if (children(child(root, 'keyEncryptors'), 'keyEncryptor').length) throw unsupported('Agile encryption with a certificate, not a password');
    throw corrupt('the Agile EncryptionInfo has no keyData or password key');
  }
  for (const el of [keyData, key]) {
    if ((el.attrs.cipherAlgorithm ?? 'AES') !== 'AES') throw unsupported(`Agile encryption with ${el.attrs.cipherAlgorithm}`);
    if ((el.attrs.cipherChaining ?? 'ChainingModeCBC') !== 'ChainingModeCBC') throw unsupported(`Agile encryption with ${el.attrs.cipherChaining}`);
  }
  const spinCount = int(key, 'spinCount', 0, Number.MAX_SAFE_INTEGER);
  if (spinCount > MAX_SPIN_COUNT) {
    throw new XlsxReadError('tooSlow', `the password hash asks for ${spinCount} rounds, more than the ${MAX_SPIN_COUNT} the format allows`);
  }
  const integrity = child(root, 'dataIntegrity');
  return {
    dataSalt: b64(keyData, 'saltValue'),
    dataHash: hashOf(keyData),
    dataBlockSize: int(keyData, 'blockSize', 2, 4096),
    dataKeyBits: keyBitsOf(keyData),
    spinCount,
    salt: b64(key, 'saltValue'),
    hash: hashOf(key),
    keyBits: keyBitsOf(key),
    blockSize: int(key, 'blockSize', 2, 4096),
    verifierHashInput: b64(key, 'encryptedVerifierHashInput'),
    verifierHashValue: b64(key, 'encryptedVerifierHashValue'),
    keyValue: b64(key, 'encryptedKeyValue'),
    hmacKey: integrity ? b64(integrity, 'encryptedHmacKey') : null,
    hmacValue: integrity ? b64(integrity, 'encryptedHmacValue') : null,
  };
}

function describeAgile(a: AgileParams): string {
  return `ECMA-376 Agile encryption (AES-${a.keyBits}, ${a.hash}, ${a.spinCount} rounds)`;
}

function agileLock(a: AgileParams, guard: ReadGuard): Lock<Uint8Array> {
  return {
    scheme: describeAgile(a),
    tryDefault: true,
    *keyFor(password) {
      guard.checkTime();
      const h0 = yield* digest(a.hash, a.salt, utf16le(password));
      const hn = yield* iterateHash(a.hash, h0, a.spinCount, () => guard.checkTime());
      const iv = fit(a.salt, a.blockSize, 0x36);
      const k1 = fit(yield* digest(a.hash, hn, BLOCK_VERIFIER_INPUT), a.keyBits / 8, 0x36);
      const k2 = fit(yield* digest(a.hash, hn, BLOCK_VERIFIER_VALUE), a.keyBits / 8, 0x36);
      const input = (yield* aesCbcDecrypt(k1, iv, whole(a.verifierHashInput))).subarray(0, a.salt.length);
      const expected = (yield* aesCbcDecrypt(k2, iv, whole(a.verifierHashValue))).subarray(0, hashLength(a.hash));
      const actual = yield* digest(a.hash, input);
      if (!bytesEqual(actual, expected)) return null;
      const k3 = fit(yield* digest(a.hash, hn, BLOCK_KEY_VALUE), a.keyBits / 8, 0x36);
      return (yield* aesCbcDecrypt(k3, iv, whole(a.keyValue))).subarray(0, a.dataKeyBits / 8);
    },
  };
}

function* agilePackage(a: AgileParams, key: Uint8Array, pkg: Uint8Array, size: number, guard: ReadGuard): Crypt<Uint8Array> {
  if (a.hmacKey && a.hmacValue) {
    const ivKey = fit(yield* digest(a.dataHash, a.dataSalt, BLOCK_HMAC_KEY), a.dataBlockSize, 0x36);
    const ivValue = fit(yield* digest(a.dataHash, a.dataSalt, BLOCK_HMAC_VALUE), a.dataBlockSize, 0x36);
    const n = hashLength(a.dataHash);
    const hmacKey = (yield* aesCbcDecrypt(key, ivKey, whole(a.hmacKey))).subarray(0, n);
    const expected = (yield* aesCbcDecrypt(key, ivValue, whole(a.hmacValue))).subarray(0, n);
    const actual = yield* hmac(a.dataHash, hmacKey, pkg);
    if (!bytesEqual(actual, expected)) throw corrupt('the encrypted content fails its integrity check (HMAC): the file was damaged');
  }
  const out = new Uint8Array(size);
  for (let i = 0, at = 8; i * SEGMENT < size; i++, at += SEGMENT) {
    const want = Math.min(SEGMENT, size - i * SEGMENT);
    const cipher = pkg.subarray(at, at + roundUp(want, 16));
    if (cipher.length < want) throw corrupt(`EncryptedPackage is shorter than the ${size} bytes it declares`);
    const iv = fit(yield* digest(a.dataHash, a.dataSalt, le32(i)), a.dataBlockSize, 0x36);
    out.set((yield* aesCbcDecrypt(key, iv, whole(cipher))).subarray(0, want), i * SEGMENT);
    guard.checkTime();
  }
  return out;
}

// ---------- Standard ----------

interface StandardParams {
  scheme: string;
  keyBytes: number;
  salt: Uint8Array;
  verifier: Uint8Array;
  verifierHash: Uint8Array;
}

const STANDARD_ROUNDS = 50_000;

function parseStandard(info: Uint8Array): StandardParams {
  const headerSize = u32(info, 8);
  const h = 12;
  if (headerSize < 32 || h + headerSize + 4 > info.length) throw corrupt('the Standard EncryptionInfo header is truncated');
  const flags = u32(info, h);
  const algId = u32(info, h + 8);
  const hashId = u32(info, h + 12);
  const keyBits = u32(info, h + 16);
  if (flags & 0x10) throw unsupported('ECMA-376 Standard encryption with an external key provider');
  const aes = { 0x660e: 128, 0x660f: 192, 0x6610: 256 } as Record<number, number>;
  if (!(flags & 0x20) || !(algId in aes)) throw unsupported(`ECMA-376 Standard encryption with algorithm 0x${algId.toString(16)}`);
  if (hashId !== 0x8004 && hashId !== 0) throw unsupported(`ECMA-376 Standard encryption with hash 0x${hashId.toString(16)}`);
  const bits = keyBits || aes[algId];
  if (bits !== aes[algId]) throw corrupt(`AES key of ${bits} bits for algorithm 0x${algId.toString(16)}`);
  let p = h + headerSize;
  const saltSize = u32(info, p);
  p += 4;
  if (saltSize !== 16 || p + 16 + 16 + 4 + 32 > info.length) throw corrupt('the Standard EncryptionVerifier is truncated');
  const salt = new Uint8Array(info.subarray(p, p + 16));
  const verifier = new Uint8Array(info.subarray(p + 16, p + 32));
  const verifierHash = new Uint8Array(info.subarray(p + 36, p + 68));
  return { scheme: `ECMA-376 Standard encryption (AES-${bits}, SHA-1)`, keyBytes: bits / 8, salt, verifier, verifierHash };
}

function standardLock(s: StandardParams, guard: ReadGuard): Lock<Uint8Array> {
  return {
    scheme: s.scheme,
    tryDefault: true,
    *keyFor(password) {
      guard.checkTime();
      const h0 = yield* digest('SHA-1', s.salt, utf16le(password));
      const hn = yield* iterateHash('SHA-1', h0, STANDARD_ROUNDS, () => guard.checkTime());
      const final = yield* digest('SHA-1', hn, le32(0));
      // MS-OFFCRYPTO 2.3.4.7: the key is SHA-1 of 64 bytes of 0x36, then of 0x5C, each XORed with the hash.
      const pad = (byte: number) => {
        const b = new Uint8Array(64).fill(byte);
        for (let i = 0; i < final.length; i++) b[i] ^= final[i];
        return b;
      };
      const x1 = yield* digest('SHA-1', pad(0x36));
      const x2 = yield* digest('SHA-1', pad(0x5c));
      const key = concatBytes(x1, x2).subarray(0, s.keyBytes);
      const verifier = yield* aesEcbDecrypt(key, s.verifier);
      const expected = (yield* aesEcbDecrypt(key, s.verifierHash)).subarray(0, 20);
      return bytesEqual(yield* digest('SHA-1', verifier), expected) ? key : null;
    },
  };
}

// ---------- helpers ----------

function packageSize(pkg: Uint8Array, guard: ReadGuard): number {
  if (pkg.length < 8) throw corrupt('EncryptedPackage is truncated');
  const size = u32(pkg, 0) + u32(pkg, 4) * 0x100000000;
  if (size > guard.limits.maxFileBytes) {
    throw new XlsxReadError('tooLarge', `the encrypted workbook inside is ${formatBytes(size)}, limit ${formatBytes(guard.limits.maxFileBytes)}`);
  }
  if (size > pkg.length - 8) throw corrupt(`EncryptedPackage holds ${pkg.length - 8} bytes, it says ${size}`);
  return size;
}

function u32(b: Uint8Array, at: number): number {
  if (at + 4 > b.length) throw corrupt('encryption header truncated');
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}

/** Truncated, or padded with `pad`, to n bytes (MS-OFFCRYPTO 2.3.4.11, 2.3.4.12). */
function fit(b: Uint8Array, n: number, pad: number): Uint8Array {
  if (b.length >= n) return b.subarray(0, n);
  const out = new Uint8Array(n).fill(pad);
  out.set(b);
  return out;
}

/** Ciphertext cut down to whole AES blocks. */
function whole(b: Uint8Array): Uint8Array {
  return b.subarray(0, b.length - (b.length % 16));
}

function roundUp(n: number, m: number): number {
  return Math.ceil(n / m) * m;
}

function b64(el: XmlElement, attr: string): Uint8Array {
  const v = el.attrs[attr];
  if (v === undefined) throw corrupt(`Agile EncryptionInfo: ${el.name} has no ${attr}`);
  try {
    return base64Bytes(v);
  } catch {
    throw corrupt(`Agile EncryptionInfo: ${el.name} ${attr} is not base64`);
  }
}

function int(el: XmlElement, attr: string, min: number, max: number): number {
  const v = Number(el.attrs[attr]);
  if (!Number.isSafeInteger(v) || v < min || v > max) throw corrupt(`Agile EncryptionInfo: ${el.name} ${attr}="${el.attrs[attr] ?? ''}"`);
  return v;
}

function keyBitsOf(el: XmlElement): number {
  const bits = int(el, 'keyBits', 0, 4096);
  if (bits !== 128 && bits !== 192 && bits !== 256) throw unsupported(`Agile encryption with a ${bits}-bit key`);
  return bits;
}

function hashOf(el: XmlElement): HashName {
  const name = (el.attrs.hashAlgorithm ?? '').toUpperCase().replace(/^SHA-?/, 'SHA-');
  if (name === 'SHA-1' || name === 'SHA-256' || name === 'SHA-384' || name === 'SHA-512') return name;
  if (name === 'MD5') return 'MD5';
  throw unsupported(`Agile encryption with hash ${el.attrs.hashAlgorithm ?? '(none)'}`);
}

function corrupt(detail: string): XlsxReadError {
  return new XlsxReadError('corrupt', detail);
}

export function unsupported(scheme: string): XlsxReadError {
  return new XlsxReadError('encrypted', `${scheme}: not supported`);
}
