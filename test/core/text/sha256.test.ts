import { createHash } from 'crypto';
import { sha256Hex, utf8Bytes } from '../../../src/core/text/sha256';

const node = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

describe("sha256Hex: the core's own digest equals Node's", () => {
  test('published vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  });

  test('every length across the padding edges (55, 56, 63, 64, 119, 120 bytes …) and several blocks', () => {
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i * 131 + 7) & 0xff);
    const differences: number[] = [];
    for (let n = 0; n <= 300; n++) if (sha256Hex(bytes.subarray(0, n)) !== node(bytes.subarray(0, n))) differences.push(n);
    expect(differences).toEqual([]);
  });

  test('a text is digested as its UTF-8 bytes', () => {
    const text = 'Liên đoàn Lao động tỉnh Bắc Kạn — Kế hoạch 56/KH-LĐLĐ 😀';
    expect(sha256Hex(text)).toBe(node(Buffer.from(text, 'utf8')));
    expect(Array.from(utf8Bytes('Đ€'))).toEqual([0xc4, 0x90, 0xe2, 0x82, 0xac]);
  });

  test('a large input (1 MB, its bit length past 2^23)', () => {
    const big = new Uint8Array(1 << 20).map((_, i) => i % 251);
    expect(sha256Hex(big)).toBe(node(big));
  });
});
