import { XlsxReadError } from '../read-errors';
import type { Crypt } from './ops';
import { DEFAULT_PASSWORD, passwordCandidates } from './passwords';

/** An encryption scheme as found in a file: how to test a password, and what it is (for the log). */
export interface Lock<K> {
  /** "ECMA-376 Agile (AES-256, SHA-512, 100000 rounds)": the technical detail of messages. */
  scheme: string;
  /** Office formats: Excel's built-in default password is tried first, silently. Not for ODF. */
  tryDefault: boolean;
  /** The key when the password is right, null when it is not. */
  keyFor(password: string): Crypt<K | null>;
}

export interface Found<K> {
  key: K;
  /** Opened with Excel's default password: the unit set no password. */
  byDefault: boolean;
}

/**
 * Tries the default password (Office formats), then each of the user's in order (as typed, NFC, NFD).
 * None right: 'passwordRequired' when the user gave none, else 'wrongPassword' — never a broken file.
 */
export function* findKey<K>(lock: Lock<K>, passwords: readonly string[]): Crypt<Found<K>> {
  if (lock.tryDefault) {
    const key = yield* lock.keyFor(DEFAULT_PASSWORD);
    if (key !== null) return { key, byDefault: true };
  }
  const candidates = passwordCandidates(passwords).filter((p) => !(lock.tryDefault && p === DEFAULT_PASSWORD));
  for (const p of candidates) {
    const key = yield* lock.keyFor(p);
    if (key !== null) return { key, byDefault: false };
  }
  throw new XlsxReadError(passwords.length ? 'wrongPassword' : 'passwordRequired', lock.scheme);
}
