import type { Annex, IndicatorRow, PackRule, SignatureSpec, TemplatePack } from '../pack/types';
import { TABLES, type TableSpec } from './spec';

/**
 * A pack as the records of its workbook's sheets: per table sheet, one flat record per row, keyed by
 * the columns' fields ("target.value", "#annex" …). The exporter writes these; the compiler builds the
 * same shape back into the pack's JSON (compile-records.ts).
 */

export type FlatRecord = Map<string, unknown>;

/** The value at a dotted path of an object. */
export function getPath(o: unknown, path: string): unknown {
  let v: unknown = o;
  for (const k of path.split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[k];
  }
  return v;
}

function flat(spec: TableSpec, o: object, extra: Record<string, unknown> = {}): FlatRecord {
  const r: FlatRecord = new Map();
  for (const c of spec.columns) {
    const v = c.field.startsWith('#') ? extra[c.field] : getPath(o, c.field);
    if (v !== undefined) r.set(c.field, v);
  }
  return r;
}

function rowRecord(annex: Annex, row: IndicatorRow): FlatRecord {
  const cells = Object.entries(row.cells ?? {});
  const defaultAggregation = row.kind === 'header' ? 'none' : 'sum';
  const keepAggregation = row.aggregation.type !== defaultAggregation;
  const target = row.target;
  const r = flat(TABLES.rows, { ...row, ...(keepAggregation ? {} : { aggregation: undefined }) }, {
    '#annex': annex.id,
    '#cellsInput': cells.some(([, v]) => v === 'input') ? cells.filter(([, v]) => v === 'input').map(([k]) => k) : undefined,
    '#cellsNone': cells.some(([, v]) => v === 'none') ? cells.filter(([, v]) => v === 'none').map(([k]) => k) : undefined,
  });
  if (target) r.set('target.value', target.value);
  return r;
}

function signatureRecords(scope: string | undefined, spec: SignatureSpec | undefined): FlatRecord[] {
  if (!spec) return [];
  const blocks = spec.blocks.length ? spec.blocks : [{}];
  return blocks.map((b) => flat(TABLES.signatures, { ...b, dateLine: spec.dateLine }, { '#scope': scope }));
}

function ruleRecord(rule: PackRule): FlatRecord {
  const r = rule as unknown as Record<string, unknown>;
  const cells = r.cells as [string, string] | undefined;
  return flat(TABLES.rules, rule, { '#for': r.for ?? r.rows, '#cell1': cells?.[0], '#cell2': cells?.[1] });
}

export interface PackRecords {
  congresses: FlatRecord[];
  departments: FlatRecord[];
  units: FlatRecord[];
  annexes: FlatRecord[];
  columns: FlatRecord[];
  rows: FlatRecord[];
  signatures: FlatRecord[];
  sentences: FlatRecord[];
  rules: FlatRecord[];
}

export function packRecords(pack: TemplatePack): PackRecords {
  return {
    congresses: (pack.campaign.congresses ?? []).map((c) => flat(TABLES.congresses, c)),
    departments: pack.departments.map((d) => flat(TABLES.departments, d)),
    units: pack.units.map((u) => flat(TABLES.units, u)),
    annexes: pack.annexes.map((a) => flat(TABLES.annexes, a)),
    columns: pack.annexes.flatMap((a) => a.columns.map((c) => flat(TABLES.columns, c, { '#annex': a.id }))),
    rows: pack.annexes.flatMap((a) => a.rows.map((row) => rowRecord(a, row))),
    signatures: [...signatureRecords(undefined, pack.signature), ...pack.annexes.flatMap((a) => signatureRecords(a.id, a.signature))],
    sentences: Object.entries(pack.sentences ?? {}).map(([key, text]) => flat(TABLES.sentences, text, { '#key': key })),
    rules: pack.rules.map(ruleRecord),
  };
}
