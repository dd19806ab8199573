import type { CompletenessRow, Reporting } from '../merge/completeness';

/**
 * What each expected unit's report became, in the hidden identity sheet of the summary, so that the
 * overview and the draft report read it back from the file (`annex report tong-hop.xlsx`) without
 * parsing the words of "Tình hình nộp", which follow the summary's language:
 *
 *   summary.reporting    H01:onTime,H02:onTime,H07:missing,H08:late,N02:leftOut
 *
 * in the order of the lines of "Tình hình nộp"; a long list continues in "summary.reporting.2" …
 */
export type ReportingState = 'onTime' | 'late' | 'leftOut' | 'partly' | 'missing';

export const REPORTING_STATES: readonly ReportingState[] = ['onTime', 'late', 'leftOut', 'partly', 'missing'];
export const REPORTING_KEY = 'summary.reporting';

/** Characters per meta cell, well under Excel's 32 767. */
const CHUNK = 30000;

export function reportingState(r: Reporting): ReportingState {
  if (r.kind === 'reported') return r.timeliness === 'late' ? 'late' : 'onTime';
  return r.kind;
}

export function reportingMetaRows(rows: readonly CompletenessRow[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  let chunk: string[] = [];
  let length = 0;
  const flush = () => {
    out.push([out.length === 0 ? REPORTING_KEY : `${REPORTING_KEY}.${out.length + 1}`, chunk.join(',')]);
    chunk = [];
    length = 0;
  };
  for (const row of rows) {
    const item = `${row.unit.code}:${reportingState(row.reporting)}`;
    if (length + item.length + 1 > CHUNK && chunk.length) flush();
    chunk.push(item);
    length += item.length + 1;
  }
  flush();
  return out;
}

/** The states read back, in line order; null when the workbook has none (not a summary, or an older one). */
export function readReporting(meta: ReadonlyMap<string, string>): Array<{ code: string; state: ReportingState }> | null {
  const parts: string[] = [];
  for (let i = 1; ; i++) {
    const part = meta.get(i === 1 ? REPORTING_KEY : `${REPORTING_KEY}.${i}`);
    if (part === undefined) break;
    parts.push(part);
  }
  if (!parts.length) return null;
  const out: Array<{ code: string; state: ReportingState }> = [];
  for (const item of parts.join(',').split(',')) {
    const at = item.lastIndexOf(':');
    const code = item.slice(0, at).trim();
    const state = item.slice(at + 1).trim() as ReportingState;
    if (at > 0 && code && REPORTING_STATES.includes(state)) out.push({ code, state });
  }
  return out;
}
