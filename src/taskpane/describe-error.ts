import type { Lang } from '../core/i18n/format';
import { HostError } from '../excel/host';
import { describeHostError } from '../excel/host-error-text';
import type { Translate } from './i18n';

/**
 * Turns whatever the insertion threw into plain sentences for the user — never a stack trace.
 * HostErrors are worded by the adapter, which knows why it needs a requirement set (e.g. "ExcelApi 1.8
 * … Excel 2019 trở lên, Microsoft 365 hoặc Excel trên web"); anything else is shown by its first line.
 */
export function describeInsertError(error: unknown, lang: Lang, t: Translate): string {
  if (error instanceof HostError) return describeHostError(error, lang);
  return t('error.unexpected', { detail: firstLine(error instanceof Error ? error.message : String(error)) });
}

/** First line only, bounded: engine messages can carry debug text. */
function firstLine(message: string): string {
  const line = message.split('\n')[0].trim();
  return line.length > 300 ? `${line.slice(0, 297)}…` : line;
}
