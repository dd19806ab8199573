import { coerceCell } from '../../../src/core/rules/coerce';
import type { Finding } from '../../../src/core/rules/finding';
import { figures, num, position, put, sheetOf, source, validate } from './helpers';

const builtins = (findings: Finding[]) => findings.filter((f) => f.kind === 'builtin');

function check(annex: string, row: string, col: string, value: number | string | undefined): Finding[] {
  return builtins(validate(source(put(figures(), annex, row, col, value))).findings);
}

const addressOf = (annex: string, row: string, col: string) => {
  const p = position(annex, row, col);
  return `${String.fromCharCode(65 + p.col)}${p.row + 1}`;
};

describe('coerceCell: the one place where a cell becomes a number', () => {
  test.each([
    [{ kind: 'blank' }, 'blank'],
    [{ kind: 'text', text: '   ' }, 'blank'],
    [{ kind: 'number', value: 12 }, 'number'],
    [{ kind: 'text', text: '1.250' }, 'textNumber'],
    [{ kind: 'text', text: '=A1+B1' }, 'formulaText'],
    [{ kind: 'text', text: 'không có' }, 'text'],
    [{ kind: 'bool', value: true }, 'bool'],
    [{ kind: 'error', code: '#N/A' }, 'error'],
  ] as const)('%j → %s', (value, kind) => expect(coerceCell(value).kind).toBe(kind));
});

describe('built-in checks, derived from the pack', () => {
  test('the demo figures pass every built-in check', () => {
    expect(builtins(validate(source()).findings)).toEqual([]);
  });

  test('required input left empty', () => {
    const [f] = check('PL02', '5', '1', undefined);
    expect(f).toMatchObject({ ruleId: 'builtin.required', severity: 'error', annexId: 'PL02', rowCode: '5', colCode: '1', address: addressOf('PL02', '5', '1'), label: 'Đoàn viên công đoàn đến 31/12/2020 (5 = 2 + 3 − 4)' });
    expect(f.message.vi).toBe('Chưa nhập số liệu bắt buộc.');
  });

  test('a count must be a whole number', () => {
    const [f] = check('PL02', '3.1', '2', 12.5);
    expect(f).toMatchObject({ ruleId: 'builtin.integer', severity: 'error' });
    expect(f.message.vi).toBe('Phải là số nguyên; đang là 12,5.');
  });

  test('money with no more decimals than the pack allows', () => {
    expect(check('PL03', '12.1', '1', 12.3)).toEqual([]);
    const [f] = check('PL03', '12.1', '1', 12.34);
    expect(f).toMatchObject({ ruleId: 'builtin.decimals' });
    expect(f.message.vi).toBe('Chỉ được 1 chữ số thập phân; đang là 12,34.');
    expect(check('PL07', '22', '1', 1000.5)[0]).toMatchObject({ ruleId: 'builtin.decimals' });
  });

  test('a percentage from 0 to 100', () => {
    const [f] = check('PL01', '6', '1', 120);
    expect(f).toMatchObject({ ruleId: 'builtin.percentRange', severity: 'error' });
    expect(f.message.en).toBe('A percentage must be from 0 to 100; it is 120.');
  });

  test('no negative figure unless the row allows it (a balance may be negative)', () => {
    const findings = check('PL02', '4.1', '1', -3);
    expect(findings.map((f) => f.ruleId)).toEqual(['builtin.negative']);
    expect(builtins(validate(source(put(figures(), 'PL07', '26', '1', -1000))).findings)).toEqual([]);
  });

  test.each([
    ['1.250', 1250, '1.250'],
    ['1.250,5', 1250.5, '1.250,5'],
    ['1,250.5', 1250.5, '1.250,5'],
    ['1250', 1250, '1.250'],
  ])('a number typed as text "%s" → %d, with the one-click fix', (text, value, shown) => {
    const findings = check('PL03', '12.1', '1', text);
    const f = findings.find((x) => x.ruleId === 'builtin.textNumber')!;
    expect(f.severity).toBe('warning');
    expect(f.fix).toEqual({ address: addressOf('PL03', '12.1', '1'), value });
    expect(f.message.vi).toBe(`Số được nhập dưới dạng chữ "${text}"; sẽ được hiểu là ${shown}. Hãy nhập lại thành số (hoặc bấm sửa).`);
  });

  test('words in a number cell', () => {
    const [f] = check('PL02', '3.1', '1', 'khoảng 300');
    expect(f).toMatchObject({ ruleId: 'builtin.notNumber', severity: 'error' });
    expect(f.message.vi).toBe('Ô cần một số nhưng chứa chữ "khoảng 300".');
  });

  test('text starting with "=" in an input cell is text, never evaluated', () => {
    const [f] = check('PL02', '3.1', '1', '=E15+E16');
    expect(f).toMatchObject({ ruleId: 'builtin.formulaText', severity: 'error' });
  });

  test.each(['#REF!', '#DIV/0!', '#VALUE!', '#N/A', '#NAME?'])('the error value %s, in an input or a computed cell', (code) => {
    const src = source();
    const input = position('PL02', '3.1', '1');
    const computed = position('PL02', '12', '1');
    const sheet = sheetOf(src, 'PL02');
    sheet.set(input.row, input.col, { value: { kind: 'error', code } });
    sheet.set(computed.row, computed.col, { value: { kind: 'error', code }, formula: 'E25+E26' });
    const found = builtins(validate(src).findings).filter((f) => f.ruleId === 'builtin.errorValue');
    expect(found.map((f) => f.rowCode)).toEqual(['3.1', '12']);
    expect(found[0].message.vi).toBe(`Ô có giá trị lỗi ${code} (công thức hỏng hoặc tham chiếu bị xóa).`);
  });

  test('TRUE/FALSE in a number cell', () => {
    const src = source();
    const p = position('PL06', '5.1', '1');
    sheetOf(src, 'PL06').set(p.row, p.col, { value: { kind: 'bool', value: true } });
    expect(builtins(validate(src).findings).map((f) => f.ruleId)).toEqual(['builtin.bool']);
  });

  test('a computed cell typed over: the formula is gone; the figure is recomputed', () => {
    const figs = figures();
    const src = source(put(figs, 'PL02', '12', '1', 5), 'H01', { overwrite: true });
    const [f] = builtins(validate(src).findings);
    const recomputed = num(figs, 'PL02', '11.1', '1') + num(figs, 'PL02', '11.2', '1');
    expect(f).toMatchObject({ ruleId: 'builtin.formulaOverwritten', severity: 'warning', rowCode: '12', colCode: '1' });
    expect(f.message.vi).toBe(`Ô tính tự động đã bị ghi đè bằng 5 (mất công thức); số liệu được tính lại từ các ô nhập là ${recomputed}.`);
    // The rules use the recomputed figure, so PL01 r6.2 = PL02 r12 still holds.
    expect(validate(src).findings.filter((x) => x.kind === 'rule' && x.severity !== 'info')).toEqual([]);
  });

  test('notes columns take any text', () => {
    expect(check('PL02', '1', '4', 'Số liệu ước tính')).toEqual([]);
  });
});
