/**
 * The task pane's plain logic, without a browser: accent-insensitive unit search, grouping, the
 * conflict check before inserting, and error wording. (Fast; lives beside the e2e suite it supports.)
 */
import { HostError } from '../../src/excel/host';
import { defaultPack } from '../../src/core/load/load-pack';
import { renderWorkbook } from '../../src/core/workbook/render-workbook';
import { makeTranslator } from '../../src/core/i18n/format';
import { paneMessages } from '../../src/core/i18n/pane-messages';
import { foldForSearch, matchesQuery } from '../../src/taskpane/search';
import { describeInsertError } from '../../src/taskpane/describe-error';
import { filterUnits, unitText } from '../../src/taskpane/templates/unit-options';
import { conflictingSheets } from '../../src/taskpane/templates/use-insertion';
import type { Finding } from '../../src/core/rules/finding';
import { fixOf, marksOf, summary } from '../../src/taskpane/validate/use-validation';

const translate = makeTranslator(paneMessages);
const t = (key: keyof typeof paneMessages, params?: Record<string, string | number>) => translate('vi', key, params);

describe('accent-insensitive search', () => {
  test('folds composed and decomposed text alike, đ included', () => {
    const nfc = 'LĐLĐ huyện Ba Bể'.normalize('NFC');
    const nfd = 'LĐLĐ huyện Ba Bể'.normalize('NFD');
    expect(nfc).not.toBe(nfd);
    expect(foldForSearch(nfc)).toBe('ldld huyen ba be');
    expect(foldForSearch(nfd)).toBe('ldld huyen ba be');
    expect(foldForSearch('  Chợ   Đồn ')).toBe('cho don');
  });

  test('every word of the query must occur, in any order, accents optional', () => {
    expect(matchesQuery('H02 · LĐLĐ huyện Ba Bể', 'ba be')).toBe(true);
    expect(matchesQuery('H02 · LĐLĐ huyện Ba Bể', 'Bể BA')).toBe(true);
    expect(matchesQuery('H02 · LĐLĐ huyện Ba Bể', 'h02')).toBe(true);
    expect(matchesQuery('H04 · LĐLĐ huyện Chợ Đồn', 'ba be')).toBe(false);
    expect(matchesQuery('anything', '   ')).toBe(true);
  });
});

describe('unit options', () => {
  const pack = defaultPack();

  test('grouped by kind in the federation order; empty groups left out', () => {
    const all = filterUnits(pack.units, '');
    expect(all.map((g) => g.kind)).toEqual(['district', 'sector', 'grassroots']);
    expect(all.flatMap((g) => g.units)).toHaveLength(pack.units.length);
    const ngan = filterUnits(pack.units, 'ngan son');
    expect(ngan.flatMap((g) => g.units.map(unitText))).toEqual(['H07 · LĐLĐ huyện Ngân Sơn']);
  });

  test('the unit code finds the unit and its grassroots unions', () => {
    const codes = filterUnits(pack.units, 'h02').flatMap((g) => g.units.map((u) => u.code));
    expect(codes[0]).toBe('H02');
    expect(codes.every((code) => code.startsWith('H02'))).toBe(true);
  });
});

describe('before inserting', () => {
  const model = renderWorkbook(defaultPack(), 'H02');

  test('conflicts are the annex sheets the workbook already has, compared without case', () => {
    const [first, second] = model.sheets.map((s) => s.name);
    expect(conflictingSheets(model, ['Sheet1', first.toUpperCase(), second])).toEqual([first, second]);
    expect(conflictingSheets(model, ['Sheet1', model.metaSheet.name])).toEqual([]);
  });
});

describe('error wording', () => {
  test('a missing requirement set is named, with the Excel versions that have it', () => {
    const text = describeInsertError(new HostError('unsupported', 'ExcelApi 1.8', { feature: 'insert' }), 'vi', t);
    expect(text).toContain('ExcelApi 1.8');
    // Microsoft's table for 1.8: not Office 2019 (volume-licensed 2019 stops at 1.7).
    expect(text).toMatch(/Excel trên web.*phiên bản 1808.*Office 2021 trở lên.*Mac từ 16\.17.*iPad/);
    expect(text).not.toMatch(/2019/);
  });

  test('an unexpected error shows its first line only, never a stack', () => {
    const error = new TypeError('x is undefined\n    at render (src/a.ts:1:2)');
    const text = describeInsertError(error, 'vi', t);
    expect(text).toBe('Đã xảy ra lỗi: x is undefined');
  });
});

describe('Kiểm tra tab logic', () => {
  const finding = (over: Partial<Finding>): Finding => ({
    kind: 'builtin',
    ruleId: 'builtin.negative',
    severity: 'error',
    annexId: 'PL02',
    sheetName: 'PL02 Đoàn viên CĐCS',
    cells: [],
    address: 'G34',
    rowCode: '14',
    colCode: '3',
    label: null,
    message: { vi: 'Không được là số âm; đang là -5.', en: 'Must not be negative; it is -5.' },
    ...over,
  });

  test('summary: counts of each severity, or the workbook is ready', () => {
    expect(summary({ counts: { error: 3, warning: 2, info: 0 } }, t)).toBe('3 lỗi, 2 cảnh báo');
    expect(summary({ counts: { error: 0, warning: 0, info: 0 } }, t)).toBe('Không có lỗi — sổ làm việc sẵn sàng gửi');
    expect(summary({ counts: { error: 0, warning: 1, info: 2 } }, t)).toBe('Không có lỗi — sổ làm việc sẵn sàng gửi; 1 cảnh báo, 2 lưu ý');
  });

  test('marks the primary cell of each finding; the text-number fix targets its sheet', () => {
    const text = finding({ ruleId: 'builtin.textNumber', severity: 'warning', address: 'F12', fix: { address: 'F12', value: 1250 } });
    const workbook = finding({ annexId: null, sheetName: null, address: null });
    expect(marksOf([finding({}), text, workbook])).toEqual([
      { sheet: 'PL02 Đoàn viên CĐCS', address: 'G34', severity: 'error' },
      { sheet: 'PL02 Đoàn viên CĐCS', address: 'F12', severity: 'warning' },
    ]);
    expect(fixOf(text)).toEqual({ sheet: 'PL02 Đoàn viên CĐCS', address: 'F12', value: 1250 });
    expect(fixOf(finding({}))).toBeNull();
  });
});
