/** Why a file was refused: a code for programs, a technical detail for logs (user texts: core/i18n/xlsx-messages). */

export type ReadErrorCode = 'notZip' | 'encrypted' | 'tooLarge' | 'zipBomb' | 'unsafeXml' | 'notWorkbook' | 'corrupt';

export interface ReadError {
  code: ReadErrorCode;
  detail: string;
}

/** Thrown inside the reader and turned into {ok:false} at its boundary; never escapes readWorkbook. */
export class XlsxReadError extends Error {
  constructor(
    readonly code: ReadErrorCode,
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'XlsxReadError';
  }
}
