/**
 * The few cryptographic primitives that opening an encrypted workbook needs, as requests ("ops") that
 * the decryption code yields and a provider carries out: Node's `crypto` in the CLI (synchronous, see
 * src/cli/node-crypto.ts), Web Crypto in the task pane (asynchronous, see web-crypto.ts). The decryption
 * algorithms (ooxml.ts, xls.ts, ods.ts) are written once, as generators over these ops, and run by
 * `runSync` or `runAsync`: the reader stays one code path for both, and free of Node and DOM.
 *
 * RC4 (absent from Node 20's OpenSSL 3 default provider and from Web Crypto) is our own small
 * implementation (rc4.ts): it is pure and synchronous, so it is not an op.
 */

export type HashName = 'MD5' | 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';

export type CryptoOp =
  | { op: 'digest'; hash: HashName; data: Uint8Array }
  /**
   * The password hash of ECMA-376 and of Office's CryptoAPI/Agile schemes: from `first` (H0, already
   * a hash), Hn+1 = H(LE32(n) ‖ Hn) for n = 0 … count − 1. `tick` is called every few thousand rounds:
   * it throws (the reader's time limit) to stop a derivation that takes too long.
   */
  | { op: 'iterate'; hash: HashName; first: Uint8Array; count: number; tick: () => void }
  | { op: 'hmac'; hash: HashName; key: Uint8Array; data: Uint8Array }
  /** AES-CBC decryption without padding removal; `data.length` a multiple of 16. */
  | { op: 'aesCbcDecrypt'; key: Uint8Array; iv: Uint8Array; data: Uint8Array }
  /** AES-ECB decryption, no padding; `data.length` a multiple of 16. */
  | { op: 'aesEcbDecrypt'; key: Uint8Array; data: Uint8Array }
  | { op: 'pbkdf2'; hash: 'SHA-1' | 'SHA-256'; password: Uint8Array; salt: Uint8Array; iterations: number; length: number };

/** A decryption step: yields ops, receives each op's bytes, returns T. */
export type Crypt<T> = Generator<CryptoOp, T, Uint8Array>;

export interface SyncCrypto {
  readonly sync: true;
  run(op: CryptoOp): Uint8Array;
}

export interface AsyncCrypto {
  readonly sync: false;
  run(op: CryptoOp): Promise<Uint8Array>;
}

export type CryptoProvider = SyncCrypto | AsyncCrypto;

/** Every round count of `iterate` is checked against this in the callers; `tick` runs this often. */
export const ITERATE_TICK_EVERY = 4096;

/**
 * Runs a step with a synchronous provider. An op that throws is thrown back into the step at its
 * `yield`, so the step's own try/catch (the reader's refusal) sees it.
 */
export function runSync<T>(step: Crypt<T>, crypto: SyncCrypto): T {
  let r = step.next();
  while (!r.done) {
    let value: Uint8Array;
    try {
      value = crypto.run(r.value);
    } catch (e) {
      r = step.throw(e);
      continue;
    }
    r = step.next(value);
  }
  return r.value;
}

export async function runAsync<T>(step: Crypt<T>, crypto: CryptoProvider): Promise<T> {
  let r = step.next();
  while (!r.done) {
    let value: Uint8Array;
    try {
      value = await crypto.run(r.value);
    } catch (e) {
      r = step.throw(e);
      continue;
    }
    r = step.next(value);
  }
  return r.value;
}

// The ops as steps, for `yield*` inside the algorithms (typed results).

export function* digest(hash: HashName, ...parts: Uint8Array[]): Crypt<Uint8Array> {
  return yield { op: 'digest', hash, data: concatBytes(...parts) };
}

export function* iterateHash(hash: HashName, first: Uint8Array, count: number, tick: () => void): Crypt<Uint8Array> {
  return yield { op: 'iterate', hash, first, count, tick };
}

export function* hmac(hash: HashName, key: Uint8Array, data: Uint8Array): Crypt<Uint8Array> {
  return yield { op: 'hmac', hash, key, data };
}

export function* aesCbcDecrypt(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Crypt<Uint8Array> {
  return yield { op: 'aesCbcDecrypt', key, iv, data };
}

export function* aesEcbDecrypt(key: Uint8Array, data: Uint8Array): Crypt<Uint8Array> {
  return yield { op: 'aesEcbDecrypt', key, data };
}

export function* pbkdf2(hash: 'SHA-1' | 'SHA-256', password: Uint8Array, salt: Uint8Array, iterations: number, length: number): Crypt<Uint8Array> {
  return yield { op: 'pbkdf2', hash, password, salt, iterations, length };
}

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function le32(n: number): Uint8Array {
  return new Uint8Array([n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff]);
}

/**
 * A password as Office hashes it: UTF-16LE code units of the text exactly as typed, with no Unicode
 * normalisation (MS-OFFCRYPTO 2.3.4.7, 2.3.6.2). See passwordCandidates for NFC/NFD.
 */
export function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 * i] = c & 0xff;
    out[2 * i + 1] = c >>> 8;
  }
  return out;
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}

export function hashLength(hash: HashName): number {
  return { MD5: 16, 'SHA-1': 20, 'SHA-256': 32, 'SHA-384': 48, 'SHA-512': 64 }[hash];
}
