import { defaultPack } from '../../../src/core/load/load-pack';
import { describeIssue } from '../../../src/core/pack/json-checker';
import { packWorkbook } from '../../../src/core/packbook/export';
import type { CellModel, SheetModel, WorkbookModel } from '../../../src/core/sheet/model';
import { writeWorkbook } from '../../../src/xlsx/write';
import { compileBytes } from './helpers';

/** The default pack's workbook changed by `edit`, compiled: the problems said, in Vietnamese. */
function problems(edit: (book: WorkbookModel) => void, lang: 'vi' | 'en' = 'vi'): string[] {
  const book = packWorkbook(defaultPack());
  edit(book);
  const read = compileBytes(writeWorkbook(book));
  if (read.ok) throw new Error('the pack workbook was accepted');
  if ('unreadable' in read) throw new Error(read.unreadable.en);
  return read.issues.map((i) => describeIssue(i, lang));
}

const sheet = (book: WorkbookModel, name: string): SheetModel => book.sheets.find((s) => s.name === name)!;
function setCell(s: SheetModel, row: number, col: number, value: CellModel['value'], formula?: string): void {
  const cells = s.cells.filter((c) => !(c.row === row && c.col === col));
  cells.push({ row, col, value, style: 'text', locked: false, ...(formula !== undefined && { formula }) });
  s.cells = cells.sort((a, b) => a.row - b.row || a.col - b.col);
  s.size = { rows: Math.max(s.size.rows, row + 1), cols: Math.max(s.size.cols, col + 1) };
}
const cellValue = (s: SheetModel, row: number, col: number) => s.cells.find((c) => c.row === row && c.col === col)?.value;
/** 0-based row of the record whose column `col` holds `value`. */
const rowOf = (s: SheetModel, col: number, value: string, after = 0) => s.cells.find((c) => c.col === col && c.value === value && c.row > after)!.row;

describe('a pack workbook with a problem: each said once, with its sheet and cell; the pack refused whole', () => {
  test('a sheet missing', () => {
    expect(problems((b) => (b.sheets = b.sheets.filter((s) => s.name !== 'Quy tắc')))).toEqual(['Quy tắc: thiếu trang tính "Quy tắc"']);
  });

  test('a header renamed', () => {
    expect(problems((b) => setCell(sheet(b, 'Đơn vị'), 0, 2, 'Kiểu'))).toEqual(['Đơn vị!C1: tiêu đề cột phải là "Loại" (đang là "Kiểu"); không đổi tên, không đổi thứ tự các cột']);
  });

  test('headers reordered', () => {
    const out = problems((b) => {
      setCell(sheet(b, 'Quy tắc'), 0, 0, 'Phụ lục');
      setCell(sheet(b, 'Quy tắc'), 0, 1, 'Mã quy tắc');
    });
    expect(out).toEqual([
      'Quy tắc!A1: tiêu đề cột phải là "Mã quy tắc" (đang là "Phụ lục"); không đổi tên, không đổi thứ tự các cột',
      'Quy tắc!B1: tiêu đề cột phải là "Phụ lục" (đang là "Mã quy tắc"); không đổi tên, không đổi thứ tự các cột',
    ]);
  });

  test('a duplicate code names both cells', () => {
    const out = problems((b) => {
      const units = sheet(b, 'Đơn vị');
      const row = units.size.rows;
      ['H01', 'Đơn vị thêm', 'huyện', 'T00'].forEach((v, col) => setCell(units, row, col, v));
    });
    expect(out).toEqual([expect.stringMatching(/^Đơn vị!A\d+: trùng mã "H01" \(đã có ở Đơn vị!A2\)$/)]);
  });

  test('a cycle in computed rows, at the formula of the row', () => {
    // The finance annex's first sum of input rows; its first part is made a formula over the sum.
    const finance = defaultPack().annexes.find((a) => a.id === 'PL07')!;
    const refs = (f: string) => [...f.matchAll(/\{r([^},]+)\}/g)].map((m) => m[1]);
    const sum = finance.rows.find((r) => r.kind === 'computed' && r.formula && refs(r.formula).length >= 2)!;
    const [part, other] = refs(sum.formula!);
    const out = problems((b) => {
      const rows = sheet(b, 'Dòng');
      const total = rowOf(rows, 1, sum.code, rowOf(rows, 0, 'PL07') - 1);
      const first = rowOf(rows, 1, part, rowOf(rows, 0, 'PL07') - 1);
      setCell(rows, first, 6, 'công thức');
      setCell(rows, first, 8, `{r${sum.code}} - {r${other}}`);
      expect(total).not.toBe(first);
    });
    expect(out).toHaveLength(1);
    const dots = (code: string) => code.replace(/\./g, '\\.');
    expect(out[0]).toMatch(new RegExp(`^Dòng!I\\d+: công thức tham chiếu vòng: ${dots(sum.code)} → ${dots(part)} → ${dots(sum.code)}$`));
  });

  test('a "Cấp trên" pointing nowhere', () => {
    expect(problems((b) => setCell(sheet(b, 'Đơn vị'), 3, 3, 'H99'))).toEqual(['Đơn vị!D4: tham chiếu đến đơn vị "H99" không tồn tại']);
  });

  test('a unit that is its own ancestor', () => {
    const out = problems((b) => {
      const units = sheet(b, 'Đơn vị');
      setCell(units, 1, 3, String(cellValue(units, 2, 0)));
      setCell(units, 2, 3, String(cellValue(units, 1, 0)));
    });
    expect(out).toEqual(['Đơn vị!D2: đơn vị là cấp trên của chính nó qua: H01 → H02 → H01']);
  });

  test('a rule over an unknown row, named at the cell of its check', () => {
    const out = problems((b) => {
      const rules = sheet(b, 'Quy tắc');
      const row = rowOf(rules, 1, 'PL07');
      setCell(rules, row, 3, '{r99} = {r22}');
    });
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^Quy tắc!D\d+: .*PL07.*"99"/);
  });

  test('formulas instead of values', () => {
    expect(problems((b) => setCell(sheet(b, 'Đơn vị'), 1, 1, 'LĐLĐ', '"LĐ"&"LĐ"'))).toEqual(['Đơn vị!B2: ô chứa công thức (="LĐ"&"LĐ"); bộ mẫu chỉ nhận giá trị: hãy dán giá trị (Paste Values)']);
  });

  test('merged cells', () => {
    expect(problems((b) => sheet(b, 'Phụ lục').merges.push({ row: 1, col: 5, rows: 1, cols: 2 }))).toEqual(['Phụ lục!F2: ô gộp F2:G2; hãy bỏ gộp ô (Unmerge Cells)']);
  });

  test('10 000 empty-looking rows with a stray space: one problem', () => {
    const out = problems((b) => {
      const units = sheet(b, 'Đơn vị');
      for (let r = 0; r < 10000; r++) setCellFast(units, 100 + r, r % 4, ' ');
    });
    expect(out).toEqual(['Đơn vị!A101: ô chỉ có khoảng trắng (và 9.999 ô như vậy nữa); hãy xóa nội dung các ô này (phím Delete)']);
  });

  test('a value that is not its column\'s, in both languages', () => {
    const book = (b: WorkbookModel) => setCell(sheet(b, 'Đơn vị'), 1, 2, 'quận');
    expect(problems(book)).toEqual(['Đơn vị!C2: "quận" không có trong danh sách: tỉnh, huyện, ngành, cơ sở']);
    expect(problems(book, 'en')).toEqual(['Đơn vị!C2: "quận" is not one of: tỉnh, huyện, ngành, cơ sở']);
  });

  test('every problem at once', () => {
    const out = problems((b) => {
      setCell(sheet(b, 'Đơn vị'), 3, 3, 'H99');
      setCell(sheet(b, 'Đơn vị'), 1, 1, 'x', '"x"');
      sheet(b, 'Phụ lục').merges.push({ row: 1, col: 5, rows: 1, cols: 2 });
    });
    expect(out).toHaveLength(3);
  });

  test('an annex workbook given as a pack is not a pack workbook', () => {
    const { renderWorkbook } = jest.requireActual('../../../src/core/workbook/render-workbook');
    const read = compileBytes(writeWorkbook(renderWorkbook(defaultPack(), 'H01')), 'H01.xlsx');
    expect(read.ok).toBe(false);
    expect(!read.ok && 'issues' in read && describeIssue(read.issues[0], 'vi')).toMatch(/^H01\.xlsx: không phải sổ bộ mẫu/);
  });
});

/** Appends without re-sorting (rows set in order, after every existing cell). */
function setCellFast(s: SheetModel, row: number, col: number, value: string): void {
  s.cells.push({ row, col, value, style: 'text', locked: false });
  s.size = { rows: Math.max(s.size.rows, row + 1), cols: Math.max(s.size.cols, col + 1) };
}
