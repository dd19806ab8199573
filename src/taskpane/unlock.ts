import type { OpenedWorkbook } from '../xlsx/open-workbook';

/**
 * The pane's side of an encrypted file: open it with the passwords the user chose "for every file";
 * while it still needs one, ask (a dialog: the file's name, whether the last try was wrong) and try
 * what is typed. Cancel leaves the file listed as needing its password — never as broken. Pure
 * logic over two callbacks, so it is tested without a browser (test/taskpane/unlock.test.ts).
 */

export interface PasswordRequest {
  fileName: string;
  /** The password the user just typed did not open it. */
  wrong: boolean;
  /** More files come in the same batch: offer "the same password for every file". */
  batch: boolean;
}

export interface PasswordAnswer {
  password: string;
  /** Try this password on the next encrypted files too (kept in memory for this list only). */
  forAll: boolean;
}

function isLocked(r: OpenedWorkbook): boolean {
  return !r.ok && (r.error.code === 'passwordRequired' || r.error.code === 'wrongPassword');
}

export async function openAsking(
  fileName: string,
  batch: boolean,
  open: (passwords: readonly string[]) => Promise<OpenedWorkbook>,
  ask: (request: PasswordRequest) => Promise<PasswordAnswer | null>,
  shared: string[],
): Promise<OpenedWorkbook> {
  let opened = await open(shared);
  let asked = false;
  while (isLocked(opened)) {
    const answer = await ask({ fileName, wrong: asked, batch });
    if (!answer) break;
    asked = true;
    opened = await open([answer.password]);
    if (opened.ok && answer.forAll && !shared.includes(answer.password)) shared.push(answer.password);
  }
  return opened;
}
