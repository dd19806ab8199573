/**
 * Accent-insensitive search for Vietnamese names: staff often type without diacritics ("ba be" for
 * "Ba Bể"), and text may arrive composed (NFC) or decomposed (NFD). Both sides are folded the same way.
 */

/** "LĐLĐ huyện Ba Bể" → "ldld huyen ba be": marks stripped, đ → d, lower case, single spaces. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    // đ is a letter of its own, not d plus a mark: NFD leaves it alone.
    .replace(/đ/g, 'd')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when every word of the query occurs in the text, in any order ("be ba" finds "Ba Bể"). */
export function matchesQuery(text: string, query: string): boolean {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const folded = foldForSearch(text);
  return words.every((word) => folded.includes(word));
}
