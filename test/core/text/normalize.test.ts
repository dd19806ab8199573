import { fileSlug, foldVietnamese } from '../../../src/core/text/normalize';

describe('foldVietnamese: accent-insensitive search keys', () => {
  test.each([
    ['LĐLĐ huyện Ba Bể', 'ldld huyen ba be'],
    ['ĐẠI HỘI XII', 'dai hoi xii'],
    ['đoàn viên', 'doan vien'],
    ['Nguyễn Thị Ánh Tuyết', 'nguyen thi anh tuyet'],
    ['abc 123', 'abc 123'],
  ])('%s → %s', (text, key) => expect(foldVietnamese(text)).toBe(key));

  test('precomposed and decomposed texts give the same key', () => {
    expect(foldVietnamese('Bể'.normalize('NFC'))).toBe(foldVietnamese('Bể'.normalize('NFD')));
  });
});

describe('fileSlug: ASCII file names', () => {
  test.each([
    ['LĐLĐ huyện Ba Bể', 'LDLD-huyen-Ba-Be'],
    ['  --Hà Nội!! ', 'Ha-Noi'],
    ['CĐCS "Trường" = 1/2', 'CDCS-Truong-1-2'],
    ['Đ', 'D'],
    ['đoàn viên', 'doan-vien'],
    ['***', ''],
  ])('%j → %j', (text, slug) => expect(fileSlug(text)).toBe(slug));

  test('cut at 60 characters by default, never ending in "-"', () => {
    expect(fileSlug('a'.repeat(70))).toBe('a'.repeat(60));
    expect(fileSlug('abc def', 4)).toBe('abc');
    expect(fileSlug(`${'a'.repeat(59)} b`)).toBe('a'.repeat(59));
    expect(fileSlug('abc-def', 7)).toBe('abc-def');
  });
});
