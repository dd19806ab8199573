import { Decimal } from '../../../src/core/numbers/decimal';
import { formatDecimal, formatFixed } from '../../../src/core/numbers/format';

const d = (text: string) => Decimal.parse(text)!;

/** Figures as the reports write them: Vietnamese "1.250.000,5", English "1,250,000.5". */
describe('formatDecimal: grouping and decimal mark per language', () => {
  test.each([
    ['0', '0', '0'],
    ['999', '999', '999'],
    ['1000', '1.000', '1,000'],
    ['100000', '100.000', '100,000'],
    ['1234567', '1.234.567', '1,234,567'],
    ['1250000.5', '1.250.000,5', '1,250,000.5'],
    ['-1234.25', '-1.234,25', '-1,234.25'],
    ['-999', '-999', '-999'],
    ['0.000001', '0,000001', '0.000001'],
    ['12345678901234567890.5', '12.345.678.901.234.567.890,5', '12,345,678,901,234,567,890.5'],
  ])('%s → %s / %s', (text, vi, en) => {
    expect(formatDecimal(d(text), 'vi')).toBe(vi);
    expect(formatDecimal(d(text), 'en')).toBe(en);
  });

  test('long fractions are cut at six decimals by default, half away from zero', () => {
    expect(formatDecimal(d('2.3456789'), 'vi')).toBe('2,345679');
    expect(formatDecimal(d('2.3456785'), 'en')).toBe('2.345679');
    expect(formatDecimal(d('2.3456789'), 'vi', 2)).toBe('2,35');
    expect(formatDecimal(d('-0.125'), 'vi', 2)).toBe('-0,13');
    expect(formatDecimal(d('1999.96'), 'vi', 1)).toBe('2.000');
    expect(formatDecimal(d('0.0000004'), 'vi')).toBe('0');
  });
});

describe('formatFixed: exactly n decimals, as percentages are written', () => {
  test.each([
    ['147', 1, '147,0', '147.0'],
    ['147.25', 1, '147,3', '147.3'],
    ['3.5', 3, '3,500', '3.500'],
    ['0.1', 2, '0,10', '0.10'],
    ['-2', 1, '-2,0', '-2.0'],
    ['1234.5', 2, '1.234,50', '1,234.50'],
    ['147.6', 0, '148', '148'],
    ['1234', 0, '1.234', '1,234'],
  ])('%s with %i decimals → %s / %s', (text, digits, vi, en) => {
    expect(formatFixed(d(text), 'vi', digits)).toBe(vi);
    expect(formatFixed(d(text), 'en', digits)).toBe(en);
  });
});
