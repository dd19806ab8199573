/** Why a file was refused: a code for programs, a technical detail for logs (user texts: core/i18n/xlsx-messages). */

export type ReadErrorCode =
  /** 0 bytes: a save or an upload that did not finish. */
  | 'empty'
  /** readWorkbook only: the bytes are not a zip, so not .xlsx. */
  | 'notZip'
  /** A known format that is not a workbook we read (CSV, HTML, .xlsb, XML 2003, Word …): the detail names it. */
  | 'otherFormat'
  /** Encrypted with a scheme the reader cannot open (the detail names it): the unit must remove the password. */
  | 'encrypted'
  /** Encrypted with an open password, and no password was given (Excel's default one did not open it): not a broken file. */
  | 'passwordRequired'
  /** Encrypted, and none of the passwords given opens it: not a broken file. */
  | 'wrongPassword'
  | 'tooLarge'
  /** The file would take the run (merge, validation of many files) past its total size. */
  | 'totalTooLarge'
  | 'zipBomb'
  | 'unsafeXml'
  | 'tooManyCells'
  | 'tooSlow'
  | 'notWorkbook'
  | 'corrupt';

/** For 'otherFormat': what the file is, so the message can say it in the user's language. */
export type OtherFormat = 'text' | 'html' | 'xml2003' | 'xlsb' | 'odf' | 'word' | 'powerpoint' | 'pdf' | 'image' | 'rtf' | 'ole' | 'archive';

export interface ReadError {
  code: ReadErrorCode;
  detail: string;
  format?: OtherFormat;
}

/** Thrown inside the reader and turned into {ok:false} at its boundary; never escapes readWorkbook. */
export class XlsxReadError extends Error {
  constructor(
    readonly code: ReadErrorCode,
    readonly detail: string,
    readonly format?: OtherFormat,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'XlsxReadError';
  }
}

export function otherFormat(format: OtherFormat, detail: string): XlsxReadError {
  return new XlsxReadError('otherFormat', detail, format);
}

/** Any exception → ReadError: a RangeError from a huge allocation, a TypeError from a malformed structure: the file is to blame. */
export function toReadError(e: unknown): ReadError {
  if (e instanceof XlsxReadError) return e.format ? { code: e.code, detail: e.detail, format: e.format } : { code: e.code, detail: e.detail };
  if (e instanceof RangeError && /allocation|array length|string length|call stack/i.test(e.message)) {
    return { code: 'tooLarge', detail: `${e.name}: ${e.message}` };
  }
  return { code: 'corrupt', detail: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
}
