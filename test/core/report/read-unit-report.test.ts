import { renderWorkbook } from '../../../src/core/workbook/render-workbook';
import { identityText } from '../../../src/core/sheet/identity';
import { sourceFromModel, withFigures, GridSheet, type ModelSource } from '../../../src/core/report/model-source';
import { readUnitReport } from '../../../src/core/report/read-unit-report';
import { reportCell } from '../../../src/core/report/unit-report';
import type { Finding } from '../../../src/core/rules/finding';
import { figures, pack, position, sheetOf, source, validate } from '../rules/helpers';

/** Findings a unit must act on, leaving out the attainment info. */
const actionable = (src: ModelSource): Finding[] => validate(src).findings.filter((f) => !(f.kind === 'target' && f.severity === 'info'));
const IDENTITY = { row: 5, col: 0 };

function setIdentity(src: ModelSource, annexId: string, change: Partial<{ packId: string; packVersion: string; unitCode: string }>): void {
  const sheet = sheetOf(src, annexId);
  const id = { packId: pack.id, packVersion: pack.version, annexId, unitCode: 'H01', ...change };
  sheet.set(IDENTITY.row, IDENTITY.col, `Mã nhận dạng biểu (không sửa): ${identityText(id)}`);
}

function setMeta(src: ModelSource, key: string, value: string): void {
  const meta = src.sheets.find((s) => s.name === '_annex_meta')!;
  for (let r = 0; r < meta.rowCount; r++) if (meta.cell(r, 0).value.kind === 'text' && (meta.cell(r, 0).value as { text: string }).text === key) meta.set(r, 1, value);
}

describe('reading a unit report from a CellSource', () => {
  test('finds every annex by its identity and reads the cells by code', () => {
    const figs = figures();
    const report = readUnitReport(source(figs), pack);
    expect(report.unitCode).toBe('H01');
    expect(report.unitName).toBe('LĐLĐ thành phố Bắc Kạn');
    expect([...report.annexes.keys()]).toEqual(pack.annexes.map((a) => a.id));
    expect([...report.annexes.values()].every((a) => a.foundBy === 'identity' && a.issues.length === 0)).toBe(true);
    expect(report.issues).toEqual([]);
    const members = reportCell(report, 'PL02', '5', '1')!;
    const at = position('PL02', '5', '1');
    expect(members).toMatchObject({ value: { kind: 'number', value: figs.PL02['5']['1'] }, hasFormula: false, row: at.row, col: at.col, address: `E${at.row + 1}` });
    expect(reportCell(report, 'PL02', '12', '1')!.hasFormula).toBe(true);
    expect(reportCell(report, 'PL01', '7.1', '1')).toBeUndefined();
    expect(report.annexes.get('PL02')!.layout!.cols.get('3')).toBe(6);
  });

  test('skips the hidden meta sheet and a "Kiểm tra" sheet, even one that copies an identity', () => {
    const src = source();
    const check = new GridSheet('Kiểm tra');
    check.set(0, 0, `x: ${identityText({ packId: pack.id, packVersion: pack.version, annexId: 'PL02', unitCode: 'H01' })}`);
    src.sheets.unshift(check);
    expect(readUnitReport(src, pack).annexes.get('PL02')!.sheetName).toBe('PL02 Đoàn viên CĐCS');
    expect(actionable(src)).toEqual([]);
  });
});

describe('tampered structure is reported once per annex', () => {
  test('a renamed sheet is still found by its identity: nothing to report', () => {
    const src = source();
    sheetOf(src, 'PL02').name = 'Đoàn viên (sửa)';
    expect(readUnitReport(src, pack).annexes.get('PL02')!.sheetName).toBe('Đoàn viên (sửa)');
    expect(actionable(src)).toEqual([]);
  });

  test('identity cell lost and sheet renamed: found by the defined name, said as info', () => {
    const src = source();
    const sheet = sheetOf(src, 'PL02');
    sheet.set(IDENTITY.row, IDENTITY.col, null);
    sheet.name = 'DV';
    const name = src.names.find((n) => n.name === 'ANNEX_SHEET_PL02')!;
    name.formula = "'DV'!$A$6";
    const findings = actionable(src);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ kind: 'structure', ruleId: 'structure.annex', annexId: 'PL02', severity: 'info', sheetName: 'DV' });
    expect(findings[0].message.vi).toMatch(/trang được nhận ra qua tên định danh/);
  });

  test('identity cell lost, sheet name kept: found by its name', () => {
    const src = source();
    sheetOf(src, 'PL03').set(IDENTITY.row, IDENTITY.col, null);
    src.names = [];
    const [f] = actionable(src);
    expect(f.message.vi).toMatch(/trang được nhận ra qua tên trang/);
  });

  test('a deleted row: one error, and the rules that needed it stay silent', () => {
    const src = source();
    sheetOf(src, 'PL02').deleteRows(position('PL02', '5', '1').row);
    const findings = actionable(src);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ kind: 'structure', annexId: 'PL02', severity: 'error' });
    expect(findings[0].message.vi).toBe('Cấu trúc Phụ lục 02 (trang "PL02 Đoàn viên CĐCS") đã bị thay đổi: thiếu dòng mã 5 ("Đoàn viên công đoàn đến 31/12/2020 (5 = 2 + 3 − 4)").');
    expect(findings[0].structure).toEqual([{ kind: 'rowMissing', code: '5', label: 'Đoàn viên công đoàn đến 31/12/2020 (5 = 2 + 3 − 4)', holds: 'inputs' }]);
  });

  test('an inserted row without a code: a warning; every figure below is still read right', () => {
    const src = source();
    const sheet = sheetOf(src, 'PL02');
    const at = position('PL02', '5', '1').row;
    sheet.insertRows(at);
    sheet.set(at, 1, 'Đoàn viên chuyển đến');
    sheet.set(at, 4, 12);
    const findings = actionable(src);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ kind: 'structure', annexId: 'PL02', severity: 'warning' });
    expect(findings[0].message.vi).toMatch(new RegExp(`hàng ${at + 1} được chèn thêm, không có mã số`));
    expect(readUnitReport(src, pack).annexes.get('PL02')!.layout!.rows.get('5')).toBe(at + 1);
  });

  test('an inserted empty row is harmless', () => {
    const src = source();
    sheetOf(src, 'PL03').insertRows(position('PL03', '4', '1').row);
    expect(actionable(src)).toEqual([]);
  });

  test('a moved row is read right by its code, and said as info', () => {
    const src = source();
    const sheet = sheetOf(src, 'PL06');
    sheet.moveRow(position('PL06', '2.1', '1').row, position('PL06', '1', '1').row);
    const findings = actionable(src);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'info', structure: [{ kind: 'rowMoved', codes: ['2.1'] }] });
    expect(findings[0].message.vi).toMatch(/dòng 2\.1 đã bị chuyển chỗ — vẫn đọc đúng theo mã số/);
  });

  test('a renamed code: the row is missing and an unknown code is there, in one finding', () => {
    const src = source();
    const p = position('PL02', '5.2', '1');
    sheetOf(src, 'PL02').set(p.row, 2, '5.3');
    const findings = actionable(src);
    expect(findings).toHaveLength(1);
    expect(findings[0].structure!.map((i) => i.kind).sort()).toEqual(['rowMissing', 'rowUnknown']);
    expect(findings[0].message.vi).toMatch(/thiếu dòng mã 5\.2 \("Trong đó: người dân tộc thiểu số"\)/);
    expect(findings[0].message.vi).toMatch(/hàng \d+ có mã lạ "5\.3" \(đổi mã hoặc thêm dòng\?\)/);
  });

  test('the same code twice: not read, an error', () => {
    const src = source();
    const p = position('PL06', '5', '1');
    sheetOf(src, 'PL06').set(p.row, 2, '6');
    const [f] = actionable(src);
    expect(f.severity).toBe('error');
    expect(f.structure!.map((i) => i.kind).sort()).toEqual(['rowDuplicate', 'rowMissing']);
  });

  test('a deleted value column: an error naming it', () => {
    const src = source();
    sheetOf(src, 'PL02').deleteCols(position('PL02', '1', '3').col);
    const [f] = actionable(src);
    expect(f).toMatchObject({ annexId: 'PL02', severity: 'error' });
    expect(f.message.vi).toMatch(/thiếu cột mã 3 \("Khu vực ngoài nhà nước"\)/);
  });

  test('an inserted column with figures but no code: a warning; other columns read right', () => {
    const src = source();
    const sheet = sheetOf(src, 'PL04');
    const c = position('PL04', '1', '2').col;
    sheet.insertCols(c);
    sheet.set(position('PL04', '1', '1').row, c, 7);
    const findings = actionable(src);
    expect(findings).toHaveLength(1);
    expect(findings[0].structure).toEqual([{ kind: 'colWithoutCode', col: 'F' }]);
  });

  test('a workbook of another version of the pack with another layout: one finding for the workbook', () => {
    const src = source();
    for (const a of pack.annexes) setIdentity(src, a.id, { packVersion: '0.9.0' });
    setMeta(src, 'pack.version', '0.9.0');
    setMeta(src, 'pack.layout', '0123456789abcdef');
    const findings = actionable(src);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'structure.otherVersion', annexId: null, severity: 'error' });
    expect(findings[0].message.vi).toBe('Sổ làm việc được lập theo phiên bản 0.9.0 của bộ mẫu, nhưng cần phiên bản 2.0.0: hãy nhập số liệu vào biểu mẫu mới.');
  });

  test('a workbook of another version with the same layout: read, and a note says which version', () => {
    const src = source();
    for (const a of pack.annexes) setIdentity(src, a.id, { packVersion: '0.9.0' });
    setMeta(src, 'pack.version', '0.9.0');
    const findings = validate(src).findings.filter((f) => f.kind === 'structure');
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['structure.earlierVersion', 'info']]);
  });

  test('one sheet of another version: said in that annex', () => {
    const src = source();
    setIdentity(src, 'PL04', { packVersion: '0.9.0' });
    const findings = actionable(src);
    expect(findings.map((f) => [f.annexId, f.structure?.[0].kind])).toEqual([['PL04', 'otherVersion']]);
  });

  test('a sheet copied from another unit\'s workbook', () => {
    const src = source();
    setIdentity(src, 'PL03', { unitCode: 'H02' });
    const [f] = actionable(src);
    expect(f.message.vi).toMatch(/trang mang mã đơn vị H02, khác với đơn vị của sổ làm việc H01/);
  });

  test('an unknown unit', () => {
    const src = source();
    for (const a of pack.annexes) setIdentity(src, a.id, { unitCode: 'X99' });
    // Read against the whole pack (an unknown unit has no kind): only the workbook's own finding is structural.
    const findings = actionable(src).filter((f) => f.kind === 'structure');
    expect(findings.map((f) => f.ruleId)).toEqual(['structure.unitUnknown']);
  });

  test('another pack: one finding, nothing else', () => {
    const src = source();
    for (const a of pack.annexes) setIdentity(src, a.id, { packId: 'bao-cao-khac' });
    const findings = actionable(src);
    expect(findings).toHaveLength(1);
    expect(findings[0].message.vi).toBe(`Sổ làm việc thuộc bộ mẫu khác: "bao-cao-khac ${pack.version}" (cần "${pack.id} ${pack.version}").`);
  });

  test('a workbook that is no form at all', () => {
    const sheet = new GridSheet('Sheet1');
    sheet.set(0, 0, 'Danh sách');
    const findings = actionable({ label: 'x.xlsx', sheets: [sheet], names: [] });
    expect(findings.map((f) => f.ruleId)).toEqual(['structure.notPackWorkbook']);
  });

  test('a missing annex: one error; rules reading it stay silent', () => {
    const src = source();
    src.sheets = src.sheets.filter((s) => s.name !== 'PL06 Kiểm tra giám sát');
    const findings = actionable(src);
    expect(findings.map((f) => [f.ruleId, f.annexId])).toEqual([['structure.annexMissing', 'PL06']]);
    expect(findings[0].message.vi).toMatch(/^Không tìm thấy Phụ lục 06 \(trang "PL06 Kiểm tra giám sát"\) trong sổ làm việc/);
  });

  test('a workbook made with some annexes only misses none', () => {
    const model = withFigures(renderWorkbook(pack, 'H01', ['PL02', 'PL05']), { PL02: figures().PL02, PL05: figures().PL05 });
    expect(actionable(sourceFromModel(model))).toEqual([]);
  });

  test('the column-code row deleted: the annex cannot be read, said once', () => {
    const src = source();
    const sheet = sheetOf(src, 'PL03');
    sheet.deleteRows(position('PL03', 'I', '1').row - 1);
    const [f] = actionable(src);
    expect(f.message.vi).toMatch(/không tìm thấy dòng mã cột/);
  });
});
