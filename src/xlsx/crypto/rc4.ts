/**
 * RC4, for legacy .xls encryption (MS-OFFCRYPTO 2.3.5 CryptoAPI RC4, 2.3.6 Office binary RC4).
 * Neither Node 20 (OpenSSL 3 moved RC4 to the legacy provider) nor Web Crypto offers it; it is a
 * dozen lines, checked against the RFC 6229 test vectors (test/xlsx/crypto-primitives.test.ts).
 * Used only to decrypt what a unit sent, never to protect anything.
 */
export class Rc4 {
  private readonly s = new Uint8Array(256);
  private i = 0;
  private j = 0;

  constructor(key: Uint8Array) {
    const s = this.s;
    for (let k = 0; k < 256; k++) s[k] = k;
    let j = 0;
    for (let k = 0; k < 256; k++) {
      j = (j + s[k] + key[k % key.length]) & 0xff;
      const t = s[k];
      s[k] = s[j];
      s[j] = t;
    }
  }

  /** XORs `data` in place with the next data.length bytes of the key stream. */
  xor(data: Uint8Array, from = 0, to = data.length): void {
    const s = this.s;
    let { i, j } = this;
    for (let k = from; k < to; k++) {
      i = (i + 1) & 0xff;
      j = (j + s[i]) & 0xff;
      const t = s[i];
      s[i] = s[j];
      s[j] = t;
      data[k] ^= s[(s[i] + s[j]) & 0xff];
    }
    this.i = i;
    this.j = j;
  }

  /** Advances the key stream by n bytes. */
  skip(n: number): void {
    this.xor(new Uint8Array(n));
  }
}
