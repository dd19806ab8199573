/**
 * Where a byte of a legacy .xls lies, for the fuzz oracle (oracle.ts): a small reading of the OLE
 * compound file (the header's FAT, the directory, the "Workbook" stream's sector chain) and of the
 * BIFF8 records in that stream, written from the specifications ([MS-CFB] 2.2–2.6, [MS-XLS] 2.4),
 * independent of SheetJS and of our reader. Each byte of the file is classified as:
 *   - the value bytes of a cell record (NUMBER, RK, MULRK, FORMULA's cached result, LABELSST's string
 *     index): a damaged byte there changes THAT cell, as Excel would read it too (BIFF has no checksum);
 *   - the row/column fields of a cell record: the value moves to another cell (the whole sheet may change);
 *   - the shared strings (SST and its CONTINUE records): the text cells;
 *   - anything else (headers, FAT, directory, other records, other streams, slack): structure. A damaged
 *     structural byte must leave every figure as written or be refused / reported, never change a
 *     figure silently.
 */
import { a1 } from '../../src/core/sheet/address';

export type ByteRole = { kind: 'structure' } | { kind: 'texts' } | { kind: 'value'; sheet: string; address: string } | { kind: 'position'; sheet: string; address: string };

export interface BiffMap {
  /** The role of the byte at a file offset. */
  roleAt(offset: number): ByteRole;
  /** How many figure (NUMBER/RK/MULRK/FORMULA) value bytes were found: a sanity check for the tests. */
  valueBytes: number;
}

const u16 = (b: Uint8Array, p: number) => b[p] | (b[p + 1] << 8);
const u32 = (b: Uint8Array, p: number) => (b[p] | (b[p + 1] << 8) | (b[p + 2] << 16)) + b[p + 3] * 0x1000000;

/** File offsets of the stream bytes, in stream order ([MS-CFB]: sector s starts at (s + 1) × size). */
function streamOffsets(file: Uint8Array, name: string): number[] {
  if (u32(file, 0) !== 0xe011cfd0) throw new Error('not an OLE compound file');
  const sectorSize = 1 << u16(file, 0x1e);
  const at = (s: number) => (s + 1) * sectorSize;
  const fatSectors: number[] = [];
  for (let i = 0; i < 109 && i < u32(file, 0x2c); i++) fatSectors.push(u32(file, 0x4c + 4 * i));
  if (u32(file, 0x44) !== 0xfffffffe) throw new Error('DIFAT sectors: not expected in a small test file');
  const fat: number[] = [];
  for (const s of fatSectors) for (let i = 0; i < sectorSize / 4; i++) fat.push(u32(file, at(s) + 4 * i));
  const chain = (start: number) => {
    const out: number[] = [];
    for (let s = start; s < 0xfffffffa && out.length <= fat.length; s = fat[s]) out.push(s);
    return out;
  };
  for (const dirSector of chain(u32(file, 0x30))) {
    for (let e = at(dirSector); e < at(dirSector) + sectorSize; e += 128) {
      const nameBytes = u16(file, e + 64);
      const entryName = String.fromCharCode(...Array.from({ length: Math.max(0, nameBytes / 2 - 1) }, (_, i) => u16(file, e + 2 * i)));
      if (entryName !== name) continue;
      const size = u32(file, e + 120);
      if (size < u32(file, 0x38)) throw new Error('Workbook stream in the mini stream: not expected in the test file');
      const out: number[] = [];
      for (const s of chain(u32(file, e + 116))) for (let i = 0; i < sectorSize && out.length < size; i++) out.push(at(s) + i);
      return out;
    }
  }
  throw new Error(`no ${name} stream`);
}

export function biffMap(file: Uint8Array): BiffMap {
  const where = streamOffsets(file, 'Workbook');
  const stream = Uint8Array.from(where, (p) => file[p]);
  const roles = new Map<number, ByteRole>();
  const sheetAt = new Map<number, string>();
  let valueBytes = 0;
  let sheet: string | null = null;
  let inSst = false;
  const mark = (from: number, n: number, role: ByteRole) => {
    for (let i = 0; i < n; i++) roles.set(where[from + i], role);
  };
  const cell = (data: number, row: number, col: number, valueAt: number, valueLen: number) => {
    const address = a1(row, col);
    mark(data, 4, { kind: 'position', sheet: sheet!, address});
    mark(valueAt, valueLen, { kind: 'value', sheet: sheet!, address });
    valueBytes += valueLen;
  };
  for (let p = 0; p + 4 <= stream.length; ) {
    const type = u16(stream, p);
    const len = u16(stream, p + 2);
    const d = p + 4;
    if (type === 0x0809) sheet = sheetAt.get(p) ?? null; // BOF: globals, or the sheet BOUNDSHEET named
    if (type === 0x0085) {
      // BOUNDSHEET8: lbPlyPos (stream position of the sheet's BOF), flags, ShortXLUnicodeString name.
      const chars = stream[d + 6];
      const wide = stream[d + 7] & 1;
      const name = wide ? String.fromCharCode(...Array.from({ length: chars }, (_, i) => u16(stream, d + 8 + 2 * i))) : String.fromCharCode(...stream.subarray(d + 8, d + 8 + chars));
      sheetAt.set(u32(stream, d), name);
    }
    inSst = type === 0x00fc || (inSst && type === 0x003c);
    if (inSst) mark(d, len, { kind: 'texts' });
    if (sheet !== null) {
      const row = u16(stream, d);
      const col = u16(stream, d + 2);
      if (type === 0x0203) cell(d, row, col, d + 6, 8); // NUMBER: Xnum
      if (type === 0x027e) cell(d, row, col, d + 6, 4); // RK
      if (type === 0x0006) cell(d, row, col, d + 6, 8); // FORMULA: the cached result (FormulaValue)
      if (type === 0x00fd) cell(d, row, col, d + 6, 4); // LABELSST: the string's index
      if (type === 0x00bd) {
        // MULRK: row, first column, (ixfe, RK) × n, last column.
        const n = (len - 6) / 6;
        for (let i = 0; i < n; i++) {
          const address = a1(row, col + i);
          mark(d + 4 + 6 * i + 2, 4, { kind: 'value', sheet, address });
          valueBytes += 4;
        }
        mark(d, 4, { kind: 'position', sheet, address: a1(row, col)});
        mark(d + len - 2, 2, { kind: 'position', sheet, address: a1(row, col)});
      }
    }
    p = d + len;
  }
  return {
    roleAt: (offset) => roles.get(offset) ?? { kind: 'structure' },
    valueBytes,
  };
}
