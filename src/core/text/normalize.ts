/** Text helpers for Vietnamese: accent-insensitive search keys and ASCII file names. */

/** "LĐLĐ huyện Ba Bể" → "ldld huyen ba be": NFD, combining marks removed, đ → d, lower case. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** A file-name-safe ASCII slug: "LĐLĐ huyện Ba Bể" → "LDLD-huyen-Ba-Be". */
export function fileSlug(text: string, max = 60): string {
  const ascii = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
  return ascii.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, max).replace(/-+$/, '');
}
