import { XlsxReadError } from '../../src/xlsx/read-errors';

/** The XlsxReadError a call throws; any other exception, or none, fails the test. */
export function refusal(f: () => unknown): XlsxReadError {
  try {
    f();
  } catch (error) {
    if (error instanceof XlsxReadError) return error;
    throw error;
  }
  throw new Error('not refused');
}
