import { proseLabel } from '../../../src/core/text/prose-label';

test("a total's formula hint is left to the table; other brackets stay", () => {
  expect(proseLabel('Tổng thu (7.10 = 22 + 23 + 24 + 7.11 + 25 + 7.12)')).toBe('Tổng thu');
  expect(proseLabel('Tổng chi (7.20 = 27 + 29 + 31 + 7.21)')).toBe('Tổng chi');
  // Which row a repeated target is: kept, or two targets would read the same.
  expect(proseLabel('Kết nạp đoàn viên công đoàn mới (= mã 1)')).toBe('Kết nạp đoàn viên công đoàn mới (= mã 1)');
  expect(proseLabel('Tỷ lệ CĐCS xếp loại hoàn thành tốt nhiệm vụ trở lên (hằng năm)')).toBe('Tỷ lệ CĐCS xếp loại hoàn thành tốt nhiệm vụ trở lên (hằng năm)');
  expect(proseLabel('Nhà "Mái ấm Công đoàn" (A = B) xây mới')).toBe('Nhà "Mái ấm Công đoàn" (A = B) xây mới');
  expect(proseLabel('(5 = 2 + 3)')).toBe('(5 = 2 + 3)');
});

test('only a hint at the end, after the label, with spaces anywhere', () => {
  expect(proseLabel('  Tổng số (1=2+3)  ')).toBe('Tổng số');
  expect(proseLabel('Thu (A.1 = 2) khác')).toBe('Thu (A.1 = 2) khác');
  expect(proseLabel('Thu ( 7.10 = 22 )')).toBe('Thu');
  expect(proseLabel('Thu (7.10 = (22))')).toBe('Thu (7.10 = (22))');
  expect(proseLabel('Thu (ghi chú)')).toBe('Thu (ghi chú)');
  expect(proseLabel('Thu(7.10 = 22)')).toBe('Thu');
});
