/**
 * A summary is itself a unit's form (its annex sheets carry the merging unit's identity) that also
 * says which reporting units are inside it, so that a merge one level up can refuse to count a unit
 * twice. The list lives in the hidden identity sheet, next to the pack and unit rows:
 *
 *   summary.of        H02
 *   summary.count     3
 *   summary.contains  H02.CS01,H02.CS02,H02.CS03
 *
 * A long list continues in "summary.contains.2", "summary.contains.3" … (a cell holds at most 32 767
 * characters; a national merge lists tens of thousands of units). `summary.count` lets a reader tell
 * a complete list from a truncated one.
 */

export const SUMMARY_KEYS = {
  of: 'summary.of',
  count: 'summary.count',
  contains: 'summary.contains',
} as const;

/** Characters per meta cell, well under Excel's 32 767. */
const CHUNK = 30000;

export interface SummaryContents {
  /** The merging unit the summary stands for. */
  of: string;
  /** Every reporting unit whose own figures are inside, sorted. */
  units: readonly string[];
}

export function summaryMetaRows(contents: SummaryContents): Array<[string, string]> {
  const rows: Array<[string, string]> = [
    [SUMMARY_KEYS.of, contents.of],
    [SUMMARY_KEYS.count, String(contents.units.length)],
  ];
  let chunk: string[] = [];
  let length = 0;
  const flush = () => {
    rows.push([rows.length === 2 ? SUMMARY_KEYS.contains : `${SUMMARY_KEYS.contains}.${rows.length - 1}`, chunk.join(',')]);
    chunk = [];
    length = 0;
  };
  for (const code of contents.units) {
    if (length + code.length + 1 > CHUNK && chunk.length) flush();
    chunk.push(code);
    length += code.length + 1;
  }
  if (chunk.length || rows.length === 2) flush();
  return rows;
}

export type SummaryRead =
  | { kind: 'form' }
  | { kind: 'summary'; contents: SummaryContents }
  /** The summary rows are there but do not agree (list cut short, another unit): not trusted. */
  | { kind: 'broken'; detail: string };

/** Reads the summary rows of an identity sheet (key → value). */
export function readSummaryContents(meta: ReadonlyMap<string, string>, unitCode: string): SummaryRead {
  const of = meta.get(SUMMARY_KEYS.of);
  if (of === undefined || of === '') return { kind: 'form' };
  if (of !== unitCode) return { kind: 'broken', detail: `${SUMMARY_KEYS.of}=${of}, unit ${unitCode}` };
  const parts: string[] = [];
  for (let i = 1; ; i++) {
    const part = meta.get(i === 1 ? SUMMARY_KEYS.contains : `${SUMMARY_KEYS.contains}.${i}`);
    if (part === undefined) break;
    parts.push(part);
  }
  // Copied out of the workbook's strings, so that keeping the list does not keep the workbook (see detached).
  const units = [...new Set((parts.join(',') + ',').slice(0, -1).split(',').map((s) => s.trim()).filter(Boolean))].sort();
  const count = Number(meta.get(SUMMARY_KEYS.count));
  if (!Number.isInteger(count) || count !== units.length) return { kind: 'broken', detail: `${SUMMARY_KEYS.count}=${meta.get(SUMMARY_KEYS.count) ?? ''}, ${units.length} listed` };
  return { kind: 'summary', contents: { of, units } };
}
