/**
 * The pane's password flow (src/taskpane/unlock.ts) over the real reader and Web Crypto: the dialog
 * is a callback answering as a user would; the files are the LibreOffice fixtures.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { webCrypto } from '../../src/xlsx/crypto/web-crypto';
import { openWorkbookFileAsync, type OpenedWorkbook } from '../../src/xlsx/open-workbook';
import { openAsking, type PasswordAnswer, type PasswordRequest } from '../../src/taskpane/unlock';

const VI = 'Bắc Kạn 2020';
const crypto = webCrypto(globalThis.crypto.subtle);
const opener = (file: string) => {
  const bytes = new Uint8Array(readFileSync(join(__dirname, '../corpus/encrypted', file)));
  return (passwords: readonly string[]) => openWorkbookFileAsync({ name: file, bytes }, { crypto, passwords });
};
const code = (r: OpenedWorkbook) => (r.ok ? 'ok' : r.error.code);

/** A user who answers from a script, and the requests the dialog showed. */
function user(answers: Array<PasswordAnswer | null>) {
  const shown: PasswordRequest[] = [];
  return { shown, ask: async (r: PasswordRequest) => (shown.push(r), answers.shift() ?? null) };
}

describe('the pane asks for a password as Excel does', () => {
  it('opens a default-password file without asking', async () => {
    const u = user([]);
    expect(code(await openAsking('default-password.xls', false, opener('default-password.xls'), u.ask, []))).toBe('ok');
    expect(u.shown).toEqual([]);
  });

  it('asks, says a wrong password is wrong, asks again, and opens with the right one', async () => {
    const u = user([{ password: 'sai', forAll: false }, { password: VI, forAll: false }]);
    const shared: string[] = [];
    expect(code(await openAsking('password-vi.xls', true, opener('password-vi.xls'), u.ask, shared))).toBe('ok');
    expect(u.shown).toEqual([
      { fileName: 'password-vi.xls', wrong: false, batch: true },
      { fileName: 'password-vi.xls', wrong: true, batch: true },
    ]);
    expect(shared).toEqual([]);
  });

  it('"the same password for every file" opens the next files without asking', async () => {
    const shared: string[] = [];
    const first = user([{ password: VI, forAll: true }]);
    expect(code(await openAsking('password-vi.xls', true, opener('password-vi.xls'), first.ask, shared))).toBe('ok');
    expect(shared).toEqual([VI]);
    const next = user([]);
    expect(code(await openAsking('password-vi.ods', true, opener('password-vi.ods'), next.ask, shared))).toBe('ok');
    expect(next.shown).toEqual([]);
  });

  it('cancel leaves the file needing its password — not broken', async () => {
    const u = user([null]);
    expect(code(await openAsking('password-vi.xls', false, opener('password-vi.xls'), u.ask, []))).toBe('passwordRequired');
    const w = user([{ password: 'sai', forAll: false }, null]);
    expect(code(await openAsking('password-vi.xls', false, opener('password-vi.xls'), w.ask, []))).toBe('wrongPassword');
  });
});
