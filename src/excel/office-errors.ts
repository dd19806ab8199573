import { HostError } from './host';

/**
 * An error of Office.js (OfficeExtension.Error, named "RichApi.Error": it has a string `code` such as
 * "InvalidArgument" and Excel's message) becomes HostError('officeError', message). HostErrors pass
 * through; anything else is a bug of ours and is rethrown untouched, stack and all.
 */
export function isOfficeError(e: unknown): e is { code: string; message: string } {
  return typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string' && typeof (e as { message?: unknown }).message === 'string';
}

export function toHostError(e: unknown): unknown {
  if (e instanceof HostError) return e;
  if (isOfficeError(e)) return new HostError('officeError', e.message || e.code);
  return e;
}

/** Runs an Office.js batch and maps its errors. */
export async function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Excel.run(batch);
  } catch (e) {
    throw toHostError(e);
  }
}
