/**
 * Which passwords are tried on an encrypted workbook, and in what order.
 *
 * Excel hashes the password exactly as typed: the UTF-16LE code units of the text, with no Unicode
 * normalisation. A Vietnamese password typed with a precomposed keyboard ("Unicode dựng sẵn", NFC:
 * "ă" = U+0103) and one typed with a combining keyboard ("Unicode tổ hợp", NFD: "a" + U+0306) are
 * different passwords to Excel, though they look the same. So each password is tried as given, then
 * in NFC and in NFD when those differ: the unit's keyboard may not be the merger's.
 */

/**
 * What Excel writes when a workbook is protected without an open password the user chose (a
 * read-only recommendation, "protect structure" on old versions, some exporters): it encrypts with
 * this fixed password, and Excel and LibreOffice open such a file without asking. So does the reader.
 */
export const DEFAULT_PASSWORD = 'VelvetSweatshop';

/** The user's passwords in the order given, each with its NFC and NFD forms when they differ; no repeats. */
export function passwordCandidates(passwords: readonly string[]): string[] {
  const out: string[] = [];
  const add = (p: string) => {
    if (!out.includes(p)) out.push(p);
  };
  for (const p of passwords) {
    add(p);
    add(p.normalize('NFC'));
    add(p.normalize('NFD'));
  }
  return out;
}

export function base64Bytes(text: string): Uint8Array {
  const clean = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) throw new Error('not base64');
  const table = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const body = clean.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((body.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const ch of body) {
    value = (value << 6) | table.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (value >>> bits) & 0xff;
    }
  }
  return out;
}
