/**
 * The crypto provider of the task pane: Web Crypto (`crypto.subtle`, asynchronous) for SHA, HMAC,
 * AES and PBKDF2; MD5, which Web Crypto lacks, from our own md5.ts (legacy .xls RC4). The password-hash
 * loop of `iterate` (100 000 rounds by default in Agile encryption) is one awaited `subtle.digest` per
 * round: ~0.9 s in Chromium. The JS hash libraries that would be faster compute with BigInt, which
 * EdgeHTML 18 and Safari 13 lack, and the pane must run there (see README, "Encrypted workbooks").
 *
 * Web Crypto's AES-CBC always strips PKCS#7 padding, and has no ECB: both are built on AES-CBC
 * (see cbcNoPadding, ecb) and checked against NIST SP 800-38A vectors in test/xlsx/crypto-primitives.test.ts.
 */
import { md5 } from './md5';
import { ITERATE_TICK_EVERY, concatBytes, type AsyncCrypto, type CryptoOp } from './ops';

type Subtle = SubtleCrypto;

function buf(u: Uint8Array): Uint8Array<ArrayBuffer> {
  return (u.buffer instanceof ArrayBuffer ? u : new Uint8Array(u)) as Uint8Array<ArrayBuffer>;
}

async function aesKey(subtle: Subtle, key: Uint8Array): Promise<CryptoKey> {
  if (key.length !== 16 && key.length !== 24 && key.length !== 32) throw new Error(`AES key of ${key.length} bytes`);
  return subtle.importKey('raw', buf(key), { name: 'AES-CBC' }, false, ['encrypt', 'decrypt']);
}

/**
 * AES-CBC decryption of whole blocks with no padding: Web Crypto insists on PKCS#7, so one block is
 * appended that decrypts to a full padding block (16 × 0x10) after the last real block — computed
 * as E(0x10… XOR C_last), one AES encryption — and Web Crypto strips exactly that block.
 */
async function cbcNoPadding(subtle: Subtle, key: CryptoKey, iv: Uint8Array, data: Uint8Array): Promise<Uint8Array> {
  if (data.length % 16 !== 0) throw new Error(`AES data of ${data.length} bytes is not whole blocks`);
  if (data.length === 0) return new Uint8Array(0);
  const last = data.subarray(data.length - 16);
  const padding = new Uint8Array(16);
  for (let i = 0; i < 16; i++) padding[i] = 0x10 ^ last[i];
  const extra = new Uint8Array(await subtle.encrypt({ name: 'AES-CBC', iv: new Uint8Array(16) }, key, padding)).subarray(0, 16);
  return new Uint8Array(await subtle.decrypt({ name: 'AES-CBC', iv: buf(iv) }, key, buf(concatBytes(data, extra))));
}

/** ECB from CBC with a zero IV: P_i = CBC_i XOR C_(i−1). */
async function ecb(subtle: Subtle, key: CryptoKey, data: Uint8Array): Promise<Uint8Array> {
  const out = await cbcNoPadding(subtle, key, new Uint8Array(16), data);
  for (let i = 16; i < out.length; i++) out[i] ^= data[i - 16];
  return out;
}

export function webCrypto(subtle: Subtle | undefined = globalThis.crypto?.subtle): AsyncCrypto {
  const need = (): Subtle => {
    // Web Crypto exists only in a secure context (https, localhost): Office add-ins are always served over https.
    if (!subtle) throw new Error('Web Crypto (crypto.subtle) is not available here');
    return subtle;
  };
  return {
    sync: false,
    async run(op: CryptoOp): Promise<Uint8Array> {
      switch (op.op) {
        case 'digest':
          if (op.hash === 'MD5') return md5(op.data);
          return new Uint8Array(await need().digest(op.hash, buf(op.data)));
        case 'iterate': {
          const s = need();
          let h = op.first;
          const block = new Uint8Array(4 + h.length);
          const view = new DataView(block.buffer);
          for (let n = 0; n < op.count; n++) {
            view.setUint32(0, n, true);
            block.set(h, 4);
            h = op.hash === 'MD5' ? md5(block) : new Uint8Array(await s.digest(op.hash, block));
            if ((n + 1) % ITERATE_TICK_EVERY === 0) op.tick();
          }
          return h;
        }
        case 'hmac': {
          if (op.hash === 'MD5') throw new Error('HMAC-MD5 is not used by any workbook encryption');
          const s = need();
          const key = await s.importKey('raw', buf(op.key), { name: 'HMAC', hash: op.hash }, false, ['sign']);
          return new Uint8Array(await s.sign('HMAC', key, buf(op.data)));
        }
        case 'aesCbcDecrypt': {
          const s = need();
          return cbcNoPadding(s, await aesKey(s, op.key), op.iv, op.data);
        }
        case 'aesEcbDecrypt': {
          const s = need();
          return ecb(s, await aesKey(s, op.key), op.data);
        }
        case 'pbkdf2': {
          const s = need();
          const key = await s.importKey('raw', buf(op.password), 'PBKDF2', false, ['deriveBits']);
          return new Uint8Array(await s.deriveBits({ name: 'PBKDF2', salt: buf(op.salt), iterations: op.iterations, hash: op.hash }, key, op.length * 8));
        }
      }
    },
  };
}
