import { SeededRandom } from '../../src/core/demo/random';
import { installPolyfills, TextDecoderPolyfill, TextEncoderPolyfill, WeakRefFallback } from '../../src/taskpane/polyfills';

/**
 * The pane's own polyfills for EdgeHTML 18 / Safari 13 (src/taskpane/polyfills.ts), against Node's
 * TextDecoder/TextEncoder (ICU, the WHATWG Encoding standard) on valid and hostile bytes.
 */

function randomBytes(random: SeededRandom, length: number, mostlyValid: boolean): Uint8Array {
  if (!mostlyValid) return Uint8Array.from({ length }, () => random.int(0, 255));
  // Valid text with damage: cut sequences, stray continuation bytes, surrogates encoded in UTF-8, overlongs.
  const text = Array.from({ length }, () => String.fromCodePoint(random.next() < 0.5 ? random.int(0x20, 0x7e) : random.next() < 0.7 ? random.int(0xc0, 0x1ef9) : random.int(0x1f300, 0x1f64f))).join('');
  const bytes = Array.from(new TextEncoder().encode(text));
  for (let k = random.int(0, 3); k > 0; k--) {
    const at = random.int(0, bytes.length);
    const damage = [[0x80], [0xc3], [0xe0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90], [0xc0, 0xaf], [0xff], [0xf0, 0x9f, 0x98]][random.int(0, 7)];
    bytes.splice(at, random.int(0, 1), ...damage);
  }
  return Uint8Array.from(bytes);
}

describe('TextDecoder for EdgeHTML 18: the same text as the standard decoder', () => {
  test.each(['utf-8', 'utf-16le', 'utf-16be'])('%s on random valid, damaged and random bytes', (label) => {
    const random = new SeededRandom(label.length * 7919);
    const differences: string[] = [];
    for (let i = 0; i < 1500; i++) {
      const bytes = randomBytes(random, random.int(0, 60), i % 3 !== 0);
      const input = i % 5 === 0 ? Uint8Array.from([...(label === 'utf-8' ? [0xef, 0xbb, 0xbf] : label === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff]), ...bytes]) : bytes;
      const expected = new TextDecoder(label).decode(input);
      const actual = new TextDecoderPolyfill(label).decode(input);
      if (actual !== expected) differences.push(`${Buffer.from(input).toString('hex')}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`);
    }
    expect(differences).toEqual([]);
  });

  test('views, buffers, labels, BOM kept on request, fatal errors, unknown encodings', () => {
    const bytes = new TextEncoder().encode('\uFEFFPhụ lục 😀');
    const view = new DataView(bytes.buffer, 3);
    expect(new TextDecoderPolyfill().decode(bytes)).toBe('Phụ lục 😀');
    expect(new TextDecoderPolyfill('UTF8').decode(view)).toBe('Phụ lục 😀');
    expect(new TextDecoderPolyfill('utf-8').decode(bytes.buffer)).toBe('Phụ lục 😀');
    expect(new TextDecoderPolyfill('utf-8', { ignoreBOM: true }).decode(bytes)).toBe('\uFEFFPhụ lục 😀');
    expect(new TextDecoderPolyfill().decode()).toBe('');
    expect(() => new TextDecoderPolyfill('utf-8', { fatal: true }).decode(Uint8Array.of(0x41, 0xc3))).toThrow(TypeError);
    expect(() => new TextDecoderPolyfill('windows-1258')).toThrow(RangeError);
    // A long text goes through String.fromCharCode in slices, not one call with a million arguments.
    const long = 'ư'.repeat(300_000);
    expect(new TextDecoderPolyfill().decode(new TextEncoder().encode(long))).toBe(long);
  });
});

test('TextEncoder for EdgeHTML 18: the same bytes as the standard encoder, lone surrogates included', () => {
  const random = new SeededRandom(11);
  const differences: string[] = [];
  for (let i = 0; i < 2000; i++) {
    const text = Array.from({ length: random.int(0, 40) }, () => String.fromCharCode(random.next() < 0.2 ? random.int(0xd7f0, 0xe010) : random.int(0, 0x2000))).join('');
    const expected = Buffer.from(new TextEncoder().encode(text)).toString('hex');
    const actual = Buffer.from(new TextEncoderPolyfill().encode(text)).toString('hex');
    if (actual !== expected) differences.push(`${JSON.stringify(text)}: ${actual} ≠ ${expected}`);
  }
  expect(differences).toEqual([]);
});

test('installs only what the engine lacks', () => {
  const modern = { TextDecoder, TextEncoder, ResizeObserver: class {}, WeakRef, addEventListener: () => undefined };
  expect(installPolyfills(modern)).toEqual([]);
  expect(modern.TextDecoder).toBe(TextDecoder);

  class FakeBlob {}
  const edge18: Record<string, unknown> = { Blob: FakeBlob, FileReader: class {}, addEventListener: () => undefined };
  expect(installPolyfills(edge18)).toEqual(['TextDecoder', 'TextEncoder', 'ResizeObserver', 'WeakRef', 'Blob#arrayBuffer']);
  expect(edge18.TextDecoder).toBe(TextDecoderPolyfill);
  expect(typeof (FakeBlob.prototype as { arrayBuffer?: unknown }).arrayBuffer).toBe('function');
});

test('the WeakRef fallback gives its target back, and refuses what WeakRef refuses', () => {
  const element = { id: 'tab' };
  expect(new WeakRefFallback(element).deref()).toBe(element);
  expect(() => new WeakRefFallback(42 as unknown as object)).toThrow(TypeError);
});
