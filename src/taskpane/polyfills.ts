/**
 * What the webviews that host ExcelApi 1.8 without being Chromium lack and core-js does not give (core-js
 * comes through babel, by usage: see webpack.config.js). Imported first by the pane's entry; each piece is
 * installed only where the engine has none.
 *
 * - TextDecoder / TextEncoder — EdgeHTML 18 (Microsoft 365 before Version 2101, retail Office 2016/2019
 *   without WebView2) has neither; the workbook reader and writer use them. UTF-8 and UTF-16 only, which is
 *   all the reader asks for, decoded as the WHATWG Encoding standard says (U+FFFD for each bad sequence,
 *   byte-order mark dropped).
 * - Blob#arrayBuffer — EdgeHTML 18 and Safari 13: the Tổng hợp tab reads the picked files with it.
 * - ResizeObserver — EdgeHTML 18 and Safari 13.0: Fluent's MessageBar observes its width to reflow.
 *   A minimal one: the size when observed and on each window resize (a task pane changes width only then).
 * - WeakRef — EdgeHTML 18 and Safari before 14.1: tabster (Fluent's focus manager) wraps every element it
 *   tracks in one and fails to start without it. The fallback holds its target strongly: deref() never
 *   returns undefined, which WeakRef's contract allows (a target may stay alive); tabster checks that the
 *   element is still in the document anyway. The cost is memory kept until the pane closes.
 */

const REPLACEMENT = 0xfffd;

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

const LABELS: Record<string, Encoding> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  'unicode11utf8': 'utf-8',
  'unicode20utf8': 'utf-8',
  'x-unicode20utf8': 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16': 'utf-16le',
  ucs2: 'utf-16le',
  'ucs-2': 'utf-16le',
  unicode: 'utf-16le',
  'utf-16be': 'utf-16be',
  unicodefffe: 'utf-16be',
};

/** Code units to a string, in slices (one apply() with too many arguments overflows the stack). */
function fromCodeUnits(units: number[]): string {
  let out = '';
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode.apply(null, units.slice(i, i + 8192));
  return out;
}

function bytesOf(input?: ArrayBuffer | ArrayBufferView | null): Uint8Array {
  if (input === undefined || input === null) return new Uint8Array(0);
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  throw new TypeError('TextDecoder.decode: the input is not an ArrayBuffer or a view of one');
}

/** The WHATWG UTF-8 decoder: each maximal invalid subpart becomes one U+FFFD. */
function decodeUtf8(bytes: Uint8Array, start: number, fatal: boolean): string {
  const units: number[] = [];
  let needed = 0;
  let seen = 0;
  let codePoint = 0;
  let lower = 0x80;
  let upper = 0xbf;
  const bad = () => {
    if (fatal) throw new TypeError('The encoded data was not valid utf-8');
    units.push(REPLACEMENT);
  };
  for (let i = start; i < bytes.length; i++) {
    const byte = bytes[i];
    if (needed === 0) {
      if (byte <= 0x7f) units.push(byte);
      else if (byte >= 0xc2 && byte <= 0xdf) {
        needed = 1;
        codePoint = byte & 0x1f;
      } else if (byte >= 0xe0 && byte <= 0xef) {
        if (byte === 0xe0) lower = 0xa0;
        if (byte === 0xed) upper = 0x9f;
        needed = 2;
        codePoint = byte & 0xf;
      } else if (byte >= 0xf0 && byte <= 0xf4) {
        if (byte === 0xf0) lower = 0x90;
        if (byte === 0xf4) upper = 0x8f;
        needed = 3;
        codePoint = byte & 0x7;
      } else bad();
      continue;
    }
    if (byte < lower || byte > upper) {
      // The sequence so far is one error; this byte starts over.
      needed = seen = codePoint = 0;
      lower = 0x80;
      upper = 0xbf;
      bad();
      i--;
      continue;
    }
    lower = 0x80;
    upper = 0xbf;
    codePoint = (codePoint << 6) | (byte & 0x3f);
    if (++seen !== needed) continue;
    if (codePoint > 0xffff) {
      const c = codePoint - 0x10000;
      units.push(0xd800 + (c >> 10), 0xdc00 + (c & 0x3ff));
    } else units.push(codePoint);
    needed = seen = codePoint = 0;
  }
  if (needed !== 0) bad();
  return fromCodeUnits(units);
}

/** UTF-16: a lone surrogate or an odd last byte becomes U+FFFD. */
function decodeUtf16(bytes: Uint8Array, start: number, bigEndian: boolean, fatal: boolean): string {
  const units: number[] = [];
  const bad = () => {
    if (fatal) throw new TypeError('The encoded data was not valid utf-16');
    units.push(REPLACEMENT);
  };
  let lead = -1;
  for (let i = start; i + 1 < bytes.length; i += 2) {
    const unit = bigEndian ? (bytes[i] << 8) | bytes[i + 1] : bytes[i] | (bytes[i + 1] << 8);
    if (lead >= 0) {
      if (unit >= 0xdc00 && unit <= 0xdfff) {
        units.push(lead, unit);
        lead = -1;
        continue;
      }
      lead = -1;
      bad();
    }
    if (unit >= 0xd800 && unit <= 0xdbff) lead = unit;
    else if (unit >= 0xdc00 && unit <= 0xdfff) bad();
    else units.push(unit);
  }
  if (lead >= 0 || (bytes.length - start) % 2 === 1) bad();
  return fromCodeUnits(units);
}

export class TextDecoderPolyfill {
  readonly encoding: Encoding;
  readonly fatal: boolean;
  readonly ignoreBOM: boolean;

  constructor(label = 'utf-8', options: { fatal?: boolean; ignoreBOM?: boolean } = {}) {
    const encoding = LABELS[String(label).trim().toLowerCase()];
    if (!encoding) throw new RangeError(`TextDecoder: the encoding "${label}" is not supported`);
    this.encoding = encoding;
    this.fatal = Boolean(options.fatal);
    this.ignoreBOM = Boolean(options.ignoreBOM);
  }

  decode(input?: ArrayBuffer | ArrayBufferView | null, options?: { stream?: boolean }): string {
    if (options?.stream) throw new TypeError('TextDecoder: streaming is not supported here');
    const bytes = bytesOf(input);
    const bom = (a: number, b: number, c?: number) => !this.ignoreBOM && bytes[0] === a && bytes[1] === b && (c === undefined || bytes[2] === c);
    if (this.encoding === 'utf-8') return decodeUtf8(bytes, bom(0xef, 0xbb, 0xbf) ? 3 : 0, this.fatal);
    const bigEndian = this.encoding === 'utf-16be';
    return decodeUtf16(bytes, (bigEndian ? bom(0xfe, 0xff) : bom(0xff, 0xfe)) ? 2 : 0, bigEndian, this.fatal);
  }
}

export class TextEncoderPolyfill {
  readonly encoding = 'utf-8';

  /** UTF-8 bytes of the text; a lone surrogate becomes U+FFFD, as the standard says. */
  encode(input = ''): Uint8Array {
    const text = String(input);
    const out = new Uint8Array(text.length * 3);
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
          i++;
        } else c = REPLACEMENT;
      } else if (c >= 0xd800 && c <= 0xdfff) c = REPLACEMENT;
      if (c < 0x80) out[n++] = c;
      else if (c < 0x800) {
        out[n++] = 0xc0 | (c >> 6);
        out[n++] = 0x80 | (c & 0x3f);
      } else if (c < 0x10000) {
        out[n++] = 0xe0 | (c >> 12);
        out[n++] = 0x80 | ((c >> 6) & 0x3f);
        out[n++] = 0x80 | (c & 0x3f);
      } else {
        out[n++] = 0xf0 | (c >> 18);
        out[n++] = 0x80 | ((c >> 12) & 0x3f);
        out[n++] = 0x80 | ((c >> 6) & 0x3f);
        out[n++] = 0x80 | (c & 0x3f);
      }
    }
    return out.slice(0, n);
  }
}

/** The size of each observed element when observed and after each window resize. */
export class ResizeObserverFallback {
  private readonly targets: Element[] = [];
  private readonly onResize = () => this.notify(this.targets);

  constructor(private readonly callback: (entries: Array<{ target: Element; contentRect: DOMRectReadOnly }>, observer: ResizeObserverFallback) => void) {}

  observe(target: Element): void {
    if (this.targets.indexOf(target) >= 0) return;
    this.targets.push(target);
    if (this.targets.length === 1) window.addEventListener('resize', this.onResize);
    setTimeout(() => this.notify([target]), 0);
  }

  unobserve(target: Element): void {
    const at = this.targets.indexOf(target);
    if (at >= 0) this.targets.splice(at, 1);
    if (this.targets.length === 0) window.removeEventListener('resize', this.onResize);
  }

  disconnect(): void {
    this.targets.length = 0;
    window.removeEventListener('resize', this.onResize);
  }

  private notify(targets: Element[]): void {
    const live = targets.filter((t) => this.targets.indexOf(t) >= 0);
    if (live.length > 0) this.callback(live.map((target) => ({ target, contentRect: target.getBoundingClientRect() })), this);
  }
}

/** A WeakRef that keeps its target (see above). */
export class WeakRefFallback<T extends object> {
  constructor(private readonly target: T) {
    if (typeof target !== 'object' && typeof target !== 'function') throw new TypeError('WeakRef: the target must be an object');
  }

  deref(): T | undefined {
    return this.target;
  }
}

/** Reads a Blob through FileReader, for engines without Blob#arrayBuffer. */
function blobArrayBuffer(this: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(this);
  });
}

/** Installs each missing piece on `scope` (the window); returns the names installed. */
export function installPolyfills(scope: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): string[] {
  const installed: string[] = [];
  const define = (name: string, value: unknown) => {
    Object.defineProperty(scope, name, { value, writable: true, configurable: true });
    installed.push(name);
  };
  if (typeof scope.TextDecoder !== 'function') define('TextDecoder', TextDecoderPolyfill);
  if (typeof scope.TextEncoder !== 'function') define('TextEncoder', TextEncoderPolyfill);
  if (typeof scope.ResizeObserver !== 'function' && typeof scope.addEventListener === 'function') define('ResizeObserver', ResizeObserverFallback);
  if (typeof scope.WeakRef !== 'function') define('WeakRef', WeakRefFallback);
  const blob = scope.Blob as { prototype: Blob } | undefined;
  if (blob && typeof blob.prototype.arrayBuffer !== 'function' && typeof scope.FileReader === 'function') {
    Object.defineProperty(blob.prototype, 'arrayBuffer', { value: blobArrayBuffer, writable: true, configurable: true });
    installed.push('Blob#arrayBuffer');
  }
  return installed;
}

installPolyfills();
