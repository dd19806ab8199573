import type { TemplatePack } from '../pack/types';
import type { FigureMap } from '../report/model-source';
import { exampleFigures } from './example-figures';

/**
 * The OWN report of a summarising unit (a district federation, a sector union, the province), merged
 * beside its units' reports (status "own"): its own targets (PL01 columns 1 and 7) and its ratings of
 * the CĐCS below it (PL01 6, 12), its CĐCS counted in PL02 sections II–III (the CĐCS do not report
 * them), the members of CĐCS dissolved during the term (they no longer report: at the start of the
 * term, then lost), its inspection committee (PL06) and its own budget (PL07) — where what it
 * received from its units (7.12) and granted them (7.31) is exactly what they report paying up (7.30)
 * and receiving (25), so that consolidation cancels both sides. Example figures, like exampleFigures.
 */

const COPIED: Record<string, { rows: RegExp; cols?: RegExp }> = {
  PL01: { rows: /^(6(\.\d)?|7(\.\d)?|12(\.\d)?)$/ },
  PL02: { rows: /^(6|7\.\d|8\.\d|9(\.\d)?|10|11(\.\d)?|15(\.1)?)$/ },
  PL06: { rows: /./ },
  PL07: { rows: /./ },
};

/** Targets (column 1) and expectations (column 7) of every PL01 row: the unit's own congress targets. */
const TARGET_COLS = new Set(['1', '7']);

export function ownReportFigures(pack: TemplatePack, unitCode: string, units: readonly string[], seed = 2020): FigureMap {
  const whole = exampleFigures(pack, unitCode, seed);
  const own: FigureMap = {};
  const put = (annex: string, row: string, col: string, v: number | string) => (((own[annex] ??= {})[row] ??= {})[col] = v);
  for (const [annex, rows] of Object.entries(whole)) {
    for (const [row, cols] of Object.entries(rows)) {
      for (const [col, v] of Object.entries(cols)) {
        const copied = COPIED[annex]?.rows.test(row) || (annex === 'PL01' && TARGET_COLS.has(col) && !/\.\d$/.test(row));
        if (copied) put(annex, row, col, v);
      }
    }
  }
  // Section I: only the members of CĐCS dissolved during the term (start, then lost).
  const dissolved = (whole.PL02['4.2'] ?? {}) as Record<string, number>;
  for (const col of ['1', '2', '3']) {
    put('PL02', '1', col, 0);
    put('PL02', '2', col, dissolved[col] ?? 0);
    put('PL02', '4.2', col, dissolved[col] ?? 0);
    put('PL02', '5', col, 0);
  }
  put('PL03', '1', '1', 0);
  const below = units.map((u) => exampleFigures(pack, u, seed).PL07);
  const sum = (row: string, col: string) => below.reduce((a, f) => a + ((f[row]?.[col] as number | undefined) ?? 0), 0);
  const n = (row: string, col: string) => (own.PL07[row]?.[col] as number | undefined) ?? 0;
  ['1', '2', '3'].forEach((col, i) => {
    put('PL07', '7.12', col, sum('7.30', col));
    put('PL07', '7.31', col, sum('25', col));
    if (i > 0) put('PL07', '26', col, n('7.50', String(i)));
    const revenue = ['22', '23', '24', '7.11', '25', '7.12'].reduce((a, r) => a + n(r, col), 0);
    const spending = ['27', '29', '31', '7.21'].reduce((a, r) => a + n(r, col), 0);
    put('PL07', '7.50', col, n('26', col) + revenue - spending - n('7.30', col) - n('7.31', col) + n('7.40', col));
  });
  put('PL01', '1', '8', 'Báo cáo của chính đơn vị — số liệu ví dụ, không phải số liệu chính thức');
  return own;
}
