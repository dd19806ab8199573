/**
 * Encrypted legacy .xls (MS-XLS 2.2.10, 2.4.117 FilePass; MS-OFFCRYPTO 2.3.5–2.3.7): a FILEPASS
 * record right after the workbook's first BOF says how the password makes the key; every record
 * after it has its payload encrypted (record headers stay in clear), except BOF, FILEPASS, UsrExcl,
 * FileLock, InterfaceHdr, RRDInfo and RRDHead, and the first 4 bytes (lbPlyPos) of BoundSheet8.
 *   - RC4 CryptoAPI (Excel 2002–2003 default): key = SHA-1(SHA-1(salt ‖ password) ‖ block), 40–128 bits;
 *   - RC4 (Excel 97–2000, "Office 97/2000 compatible"): key from MD5, 128-bit RC4;
 *     both re-key every 1024 bytes of the stream, the key stream running over the clear headers too;
 *   - XOR obfuscation (Excel 95 and "weak encryption"): a 16-byte array from the password (≤ 15
 *     characters), a 16-bit verifier.
 * The decrypted stream keeps every byte in place (so BoundSheet8's stream offsets stay right) and
 * FILEPASS is turned into a record SheetJS skips; then it is read like any .xls, behind the guards.
 */
import type { ReadGuard } from '../guards/read-guard';
import { XlsxReadError } from '../read-errors';
import { findKey, type Lock } from './lock';
import { bytesEqual, concatBytes, digest, le32, utf16le, type Crypt, type HashName } from './ops';
import { unsupported } from './ooxml';
import { Rc4 } from './rc4';

const BOF = 0x0809;
const FILEPASS = 0x002f;
const BOUNDSHEET = 0x0085;
/** FileLock: a record SheetJS knows and skips; FILEPASS becomes one, same length, once decrypted. */
const SKIPPED_RECORD = 0x0195;
const NEVER_ENCRYPTED = new Set([0x0009, 0x0209, 0x0409, BOF, FILEPASS, 0x0194, 0x0195, 0x00e1, 0x0196, 0x0138]);
const RC4_BLOCK = 1024;

type Scheme =
  | { kind: 'rc4'; salt: Uint8Array; verifier: Uint8Array; verifierHash: Uint8Array }
  | { kind: 'cryptoapi'; keyBytes: number; salt: Uint8Array; verifier: Uint8Array; verifierHash: Uint8Array }
  | { kind: 'xor'; key: number; verification: number };

/** Where FILEPASS is in a workbook stream (after the first BOF, before the first sheet), or null when the stream is not encrypted. */
export function findFilePass(stream: Uint8Array): { at: number; length: number } | null {
  let p = 0;
  for (let n = 0; n < 512 && p + 4 <= stream.length; n++) {
    const type = stream[p] | (stream[p + 1] << 8);
    const length = stream[p + 2] | (stream[p + 3] << 8);
    if (type === FILEPASS) return { at: p, length };
    if (type === BOUNDSHEET || (type === 0x000a && n > 0)) return null;
    p += 4 + length;
  }
  return null;
}

/** The decrypted workbook stream, with the first password that is right. */
export function* decryptXls(stream: Uint8Array, passwords: readonly string[], guard: ReadGuard, biff8: boolean): Crypt<{ stream: Uint8Array; byDefault: boolean; scheme: string }> {
  const filePass = findFilePass(stream);
  if (!filePass) throw new XlsxReadError('corrupt', 'no FILEPASS record');
  const scheme = parseFilePass(stream.subarray(filePass.at + 4, filePass.at + 4 + filePass.length), biff8);
  const name = schemeName(scheme);
  const lock: Lock<Uint8Array> = { scheme: name, tryDefault: true, keyFor: (p) => keyFor(scheme, p, guard) };
  const { key, byDefault } = yield* findKey(lock, passwords);
  const out = copy(stream);
  if (scheme.kind === 'xor') decryptXor(out, key, filePass.at);
  else yield* decryptRc4(out, scheme, key, guard);
  out[filePass.at] = SKIPPED_RECORD & 0xff;
  out[filePass.at + 1] = SKIPPED_RECORD >>> 8;
  return { stream: out, byDefault, scheme: name };
}

function parseFilePass(data: Uint8Array, biff8: boolean): Scheme {
  const u16 = (at: number) => {
    if (at + 2 > data.length) throw new XlsxReadError('corrupt', 'FILEPASS record truncated');
    return data[at] | (data[at + 1] << 8);
  };
  const u32 = (at: number) => (u16(at) | (u16(at + 2) << 16)) >>> 0;
  const take = (at: number, n: number) => {
    if (at + n > data.length) throw new XlsxReadError('corrupt', 'FILEPASS record truncated');
    return copy(data.subarray(at, at + n));
  };
  if (!biff8) return { kind: 'xor', key: u16(0), verification: u16(2) };
  const type = u16(0);
  if (type === 0) return { kind: 'xor', key: u16(2), verification: u16(4) };
  if (type !== 1) throw unsupported(`.xls encryption type ${type}`);
  const major = u16(2);
  const minor = u16(4);
  if (major === 1 && minor === 1) return { kind: 'rc4', salt: take(6, 16), verifier: take(22, 16), verifierHash: take(38, 16) };
  if ((major === 2 || major === 3 || major === 4) && minor === 2) {
    const headerSize = u32(10);
    const h = 14;
    const algId = u32(h + 8);
    const keyBits = u32(h + 16) || 40;
    if (algId !== 0x6801 && algId !== 0) throw unsupported(`.xls CryptoAPI encryption with algorithm 0x${algId.toString(16)}`);
    if (keyBits < 40 || keyBits > 128 || keyBits % 8 !== 0) throw new XlsxReadError('corrupt', `.xls CryptoAPI key of ${keyBits} bits`);
    const v = h + headerSize;
    if (u32(v) !== 16) throw new XlsxReadError('corrupt', '.xls CryptoAPI salt is not 16 bytes');
    return { kind: 'cryptoapi', keyBytes: keyBits / 8, salt: take(v + 4, 16), verifier: take(v + 20, 16), verifierHash: take(v + 40, 20) };
  }
  throw unsupported(`.xls RC4 encryption version ${major}.${minor}`);
}

function schemeName(s: Scheme): string {
  switch (s.kind) {
    case 'rc4':
      return '.xls RC4 encryption (Office 97/2000)';
    case 'cryptoapi':
      return `.xls RC4 CryptoAPI encryption (${s.keyBytes * 8}-bit)`;
    case 'xor':
      return '.xls XOR obfuscation';
  }
}

/** For RC4: the hash the block keys come from. For XOR: the 16-byte XOR array. Null when the password is wrong. */
function* keyFor(s: Scheme, password: string, guard: ReadGuard): Crypt<Uint8Array | null> {
  guard.checkTime();
  switch (s.kind) {
    case 'rc4': {
      const h0 = (yield* digest('MD5', utf16le(password))).subarray(0, 5);
      const parts: Uint8Array[] = [];
      for (let i = 0; i < 16; i++) parts.push(h0, s.salt);
      const base = (yield* digest('MD5', concatBytes(...parts))).subarray(0, 5);
      return (yield* verifyRc4(s, base, 'MD5')) ? base : null;
    }
    case 'cryptoapi': {
      const base = yield* digest('SHA-1', s.salt, utf16le(password));
      return (yield* verifyRc4(s, base, 'SHA-1')) ? base : null;
    }
    case 'xor': {
      const bytes = xorPasswordBytes(password);
      if (bytes.length === 0 || bytes.length > 15) return null;
      if (passwordVerifier(bytes) !== s.verification || xorKey(bytes) !== s.key) return null;
      return xorArray(bytes);
    }
  }
}

function* blockKey(s: Extract<Scheme, { kind: 'rc4' | 'cryptoapi' }>, base: Uint8Array, block: number): Crypt<Uint8Array> {
  if (s.kind === 'rc4') return yield* digest('MD5', base, le32(block));
  const h = (yield* digest('SHA-1', base, le32(block))).subarray(0, s.keyBytes);
  // MS-OFFCRYPTO 2.3.5.2: a 40-bit key is used as 128 bits, the last 88 of them zero.
  if (s.keyBytes === 5) return concatBytes(h, new Uint8Array(11));
  return h;
}

function* verifyRc4(s: Extract<Scheme, { kind: 'rc4' | 'cryptoapi' }>, base: Uint8Array, hash: HashName): Crypt<boolean> {
  const rc4 = new Rc4(yield* blockKey(s, base, 0));
  const verifier = copy(s.verifier);
  const verifierHash = copy(s.verifierHash);
  rc4.xor(verifier);
  rc4.xor(verifierHash);
  const expected = yield* digest(hash, verifier);
  return bytesEqual(expected, verifierHash.subarray(0, expected.length));
}

/** Decrypts every record payload after FILEPASS in place; the key stream follows the byte's place in the stream. */
function* decryptRc4(stream: Uint8Array, s: Extract<Scheme, { kind: 'rc4' | 'cryptoapi' }>, base: Uint8Array, guard: ReadGuard): Crypt<void> {
  let block = -1;
  let rc4: Rc4 | null = null;
  let at = 0; // stream position the key stream has reached
  const decrypt = function* (from: number, to: number): Crypt<void> {
    for (let p = from; p < to; ) {
      const b = Math.floor(p / RC4_BLOCK);
      if (b !== block) {
        block = b;
        rc4 = new Rc4(yield* blockKey(s, base, b));
        at = b * RC4_BLOCK;
      }
      const end = Math.min(to, (b + 1) * RC4_BLOCK);
      rc4!.skip(p - at);
      rc4!.xor(stream, p, end);
      at = end;
      p = end;
    }
  };
  yield* eachEncryptedRange(stream, guard, decrypt);
}

function* eachEncryptedRange(stream: Uint8Array, guard: ReadGuard, each: (from: number, to: number) => Crypt<void>): Crypt<void> {
  let p = 0;
  let passed = false;
  for (let n = 0; p + 4 <= stream.length; n++) {
    const type = stream[p] | (stream[p + 1] << 8);
    const length = stream[p + 2] | (stream[p + 3] << 8);
    const start = p + 4;
    const end = Math.min(stream.length, start + length);
    if (passed && !NEVER_ENCRYPTED.has(type)) yield* each(type === BOUNDSHEET ? Math.min(end, start + 4) : start, end);
    if (type === FILEPASS) passed = true;
    p = start + length;
    if (n % 4096 === 0) guard.checkTime();
  }
}

/**
 * A copy. Not `.slice()`: on a Node Buffer (what readFileSync and SheetJS's CFB reader give) slice
 * is a view, and decrypting in place would change the caller's bytes.
 */
function copy(b: Uint8Array): Uint8Array {
  return new Uint8Array(b);
}

// ---------- XOR obfuscation (MS-OFFCRYPTO 2.3.7) ----------

/** 2.3.7.4: one byte per character — the low byte, or the high byte when the low one is zero. */
export function xorPasswordBytes(password: string): Uint8Array {
  const out = new Uint8Array(password.length);
  for (let i = 0; i < password.length; i++) {
    const c = password.charCodeAt(i);
    out[i] = c & 0xff || c >>> 8;
  }
  return out;
}

/** 2.3.7.1 */
function passwordVerifier(bytes: Uint8Array): number {
  let verifier = 0;
  for (let i = bytes.length - 1; i >= -1; i--) {
    const byte = i < 0 ? bytes.length : bytes[i];
    verifier = (((verifier >>> 14) & 1) | ((verifier << 1) & 0x7fff)) ^ byte;
  }
  return verifier ^ 0xce4b;
}

const INITIAL_CODE = [0xe1f0, 0x1d0f, 0xcc9c, 0x84c0, 0x110c, 0x0e10, 0xf1ce, 0x313e, 0x1872, 0xe139, 0xd40f, 0x84f9, 0x280c, 0xa96a, 0x4ec3];
const XOR_MATRIX = [
  0xaefc, 0x4dd9, 0x9bb2, 0x2745, 0x4e8a, 0x9d14, 0x2a09, 0x7b61, 0xf6c2, 0xfda5, 0xeb6b, 0xc6f7, 0x9dcf, 0x2bbf, 0x4563, 0x8ac6, 0x05ad, 0x0b5a, 0x16b4, 0x2d68, 0x5ad0,
  0x0375, 0x06ea, 0x0dd4, 0x1ba8, 0x3750, 0x6ea0, 0xdd40, 0xd849, 0xa0b3, 0x5147, 0xa28e, 0x553d, 0xaa7a, 0x44d5, 0x6f45, 0xde8a, 0xad35, 0x4a4b, 0x9496, 0x390d, 0x721a,
  0xeb23, 0xc667, 0x9cef, 0x29ff, 0x53fe, 0xa7fc, 0x5fd9, 0x47d3, 0x8fa6, 0x0f6d, 0x1eda, 0x3db4, 0x7b68, 0xf6d0, 0xb861, 0x60e3, 0xc1c6, 0x93ad, 0x377b, 0x6ef6, 0xddec,
  0x45a0, 0x8b40, 0x06a1, 0x0d42, 0x1a84, 0x3508, 0x6a10, 0xaa51, 0x4483, 0x8906, 0x022d, 0x045a, 0x08b4, 0x1168, 0x76b4, 0xed68, 0xcaf1, 0x85c3, 0x1ba7, 0x374e, 0x6e9c,
  0x3730, 0x6e60, 0xdcc0, 0xa9a1, 0x4363, 0x86c6, 0x1dad, 0x3331, 0x6662, 0xccc4, 0x89a9, 0x0373, 0x06e6, 0x0dcc, 0x1021, 0x2042, 0x4084, 0x8108, 0x1231, 0x2462, 0x48c4,
];
const PAD_ARRAY = [0xbb, 0xff, 0xff, 0xba, 0xff, 0xff, 0xb9, 0x80, 0x00, 0xbe, 0x0f, 0x00, 0xbf, 0x0f, 0x00];

/** 2.3.7.2 CreateXorKey_Method1 */
function xorKey(bytes: Uint8Array): number {
  let key = INITIAL_CODE[bytes.length - 1];
  let element = 0x68;
  for (let i = bytes.length - 1; i >= 0; i--) {
    let char = bytes[i];
    for (let j = 0; j < 7; j++) {
      if (char & 0x40) key ^= XOR_MATRIX[element];
      char <<= 1;
      element--;
    }
  }
  return key;
}

/**
 * The 16-byte XOR array as Excel builds it — as Apache POI and LibreOffice (MSCodec_XorXLS95) do:
 * the password bytes, then the pad array, each XORed with a byte of the key and rotated left by 2
 * bits (Excel's rotation; Word's is 7). MS-OFFCRYPTO 2.3.7.2's pseudo-code gives another array
 * that does not decrypt what Excel writes; this one is checked against POI's test vector for "abc".
 */
export function xorArray(bytes: Uint8Array): Uint8Array {
  const key = xorKey(bytes);
  const out = new Uint8Array(16);
  out.set(bytes);
  out.set(PAD_ARRAY.slice(0, 16 - bytes.length), bytes.length);
  for (let i = 0; i < 16; i++) {
    const b = out[i] ^ (i & 1 ? key >>> 8 : key & 0xff);
    out[i] = ((b << 2) | (b >>> 6)) & 0xff;
  }
  return out;
}

/**
 * MS-XLS 2.2.10 as Excel does it (and Apache POI, LibreOffice): each payload byte is rotated left by
 * 3 then XORed with the array at (end of the record's payload + offset in it) mod 16.
 */
function decryptXor(stream: Uint8Array, array: Uint8Array, filePassAt: number): void {
  let p = 0;
  let passed = false;
  while (p + 4 <= stream.length) {
    const type = stream[p] | (stream[p + 1] << 8);
    const length = stream[p + 2] | (stream[p + 3] << 8);
    const start = p + 4;
    const end = Math.min(stream.length, start + length);
    if (passed && !NEVER_ENCRYPTED.has(type)) {
      const from = type === BOUNDSHEET ? Math.min(end, start + 4) : start;
      for (let q = from; q < end; q++) {
        const b = stream[q];
        stream[q] = (((b << 3) | (b >>> 5)) & 0xff) ^ array[(start + length + (q - start)) % 16];
      }
    }
    if (p === filePassAt) passed = true;
    p = start + length;
  }
}
