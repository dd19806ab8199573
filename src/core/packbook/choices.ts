/**
 * The closed choices of a pack workbook: each value of the pack's JSON has a Vietnamese word that
 * the officer picks from a list in the cell (the workbook's validation lists). The compiler takes
 * either the word or the JSON value, in any case; the exporter writes the word.
 */

export interface Choice {
  value: string;
  vi: string;
}

export type ChoiceSet = readonly Choice[];

export const CHOICES = {
  unitKind: [
    { value: 'province', vi: 'tỉnh' },
    { value: 'district', vi: 'huyện' },
    { value: 'sector', vi: 'ngành' },
    { value: 'grassroots', vi: 'cơ sở' },
  ],
  columnKind: [
    { value: 'input', vi: 'nhập' },
    { value: 'computed', vi: 'công thức' },
    { value: 'text', vi: 'ghi chú' },
  ],
  rowKind: [
    { value: 'header', vi: 'tiêu đề' },
    { value: 'input', vi: 'nhập' },
    { value: 'computed', vi: 'công thức' },
  ],
  numberType: [
    { value: 'integer', vi: 'số nguyên' },
    { value: 'money', vi: 'tiền' },
    { value: 'decimal', vi: 'số thập phân' },
    { value: 'percent', vi: 'tỷ lệ %' },
    { value: 'text', vi: 'chữ' },
  ],
  aggregation: [
    { value: 'sum', vi: 'cộng' },
    { value: 'ratio', vi: 'tỷ lệ' },
    { value: 'min', vi: 'nhỏ nhất' },
    { value: 'max', vi: 'lớn nhất' },
    { value: 'text', vi: 'chữ' },
    { value: 'none', vi: 'không tổng hợp' },
  ],
  severity: [
    { value: 'error', vi: 'lỗi' },
    { value: 'warning', vi: 'cảnh báo' },
    { value: 'info', vi: 'thông tin' },
  ],
  missing: [
    { value: 'skipIfAny', vi: 'bỏ qua nếu thiếu một ô' },
    { value: 'skipIfAll', vi: 'bỏ qua nếu thiếu hết' },
    { value: 'zero', vi: 'coi ô trống là 0' },
  ],
  ruleKind: [
    { value: 'compare', vi: 'so sánh' },
    { value: 'compulsoryPair', vi: 'cặp bắt buộc' },
    { value: 'exclusivePair', vi: 'cặp loại trừ' },
    { value: 'target', vi: 'chỉ tiêu' },
  ],
  divideByZero: [
    { value: 'skip', vi: 'bỏ qua' },
    { value: 'report', vi: 'báo lỗi' },
  ],
  measure: [
    { value: 'termTotal', vi: 'cả nhiệm kỳ' },
    { value: 'annual', vi: 'hằng năm' },
    { value: 'rate', vi: 'tỷ lệ' },
  ],
  direction: [
    { value: '>=', vi: 'không thấp hơn' },
    { value: '<=', vi: 'không cao hơn' },
  ],
  transfer: [
    { value: 'toParent', vi: 'nộp cấp trên' },
    { value: 'fromChildren', vi: 'thu từ cấp dưới' },
    { value: 'fromParent', vi: 'nhận từ cấp trên' },
    { value: 'toChildren', vi: 'cấp cho cấp dưới' },
  ],
  period: [{ value: 'toPeriodEnd', vi: 'đến cuối kỳ' }],
  when: [{ value: 'nonZero', vi: 'khi khác 0' }],
  yesNo: [
    { value: 'true', vi: 'có' },
    { value: 'false', vi: 'không' },
  ],
} as const satisfies Record<string, ChoiceSet>;

export type ChoiceName = keyof typeof CHOICES;

function norm(s: string): string {
  return s.normalize('NFC').trim().toLocaleLowerCase('vi').replace(/\s+/g, ' ');
}

/** The JSON value of a word or value; undefined when it is neither. */
export function choiceValue(set: ChoiceSet, text: string): string | undefined {
  const n = norm(text);
  return set.find((c) => norm(c.vi) === n || norm(c.value) === n)?.value;
}

/** The word written for a JSON value (the value itself when unknown). */
export function choiceWord(set: ChoiceSet, value: string): string {
  return set.find((c) => c.value === value)?.vi ?? value;
}

export function choiceWords(set: ChoiceSet): string {
  return set.map((c) => c.vi).join(', ');
}
