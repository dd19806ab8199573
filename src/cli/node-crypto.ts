/**
 * The crypto provider of the CLI: Node's `crypto` (OpenSSL), synchronous. Imported by src/cli only,
 * never by the task pane (which has web-crypto.ts).
 */
import { createDecipheriv, createHash, createHmac, pbkdf2Sync } from 'crypto';
import { ITERATE_TICK_EVERY, type CryptoOp, type HashName, type SyncCrypto } from '../xlsx/crypto/ops';

const NODE_HASH: Record<HashName, string> = { MD5: 'md5', 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };

function bytes(b: Buffer): Uint8Array {
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

function aes(mode: 'cbc' | 'ecb', key: Uint8Array, iv: Uint8Array | null, data: Uint8Array): Uint8Array {
  if (key.length !== 16 && key.length !== 24 && key.length !== 32) throw new Error(`AES key of ${key.length} bytes`);
  const decipher = createDecipheriv(`aes-${key.length * 8}-${mode}`, key, iv);
  decipher.setAutoPadding(false);
  return bytes(Buffer.concat([decipher.update(data), decipher.final()]));
}

export const nodeCrypto: SyncCrypto = {
  sync: true,
  run(op: CryptoOp): Uint8Array {
    switch (op.op) {
      case 'digest':
        return bytes(createHash(NODE_HASH[op.hash]).update(op.data).digest());
      case 'iterate': {
        const name = NODE_HASH[op.hash];
        let h: Uint8Array = op.first;
        const buf = Buffer.alloc(4 + h.length);
        for (let n = 0; n < op.count; n++) {
          buf.writeUInt32LE(n, 0);
          buf.set(h, 4);
          h = createHash(name).update(buf).digest();
          if ((n + 1) % ITERATE_TICK_EVERY === 0) op.tick();
        }
        return bytes(Buffer.from(h));
      }
      case 'hmac':
        return bytes(createHmac(NODE_HASH[op.hash], op.key).update(op.data).digest());
      case 'aesCbcDecrypt':
        return aes('cbc', op.key, op.iv, op.data);
      case 'aesEcbDecrypt':
        return aes('ecb', op.key, null, op.data);
      case 'pbkdf2':
        return bytes(pbkdf2Sync(op.password, op.salt, op.iterations, op.length, NODE_HASH[op.hash]));
    }
  },
};
