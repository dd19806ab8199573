import { mergeSubmissions, type MergeResult } from '../../../src/core/merge/merge';
import type { TemplatePack } from '../../../src/core/pack/types';
import { loadPack } from '../../../src/core/load/load-pack';
import type { CellModel, ChartModel, SheetModel } from '../../../src/core/sheet/model';
import { directUnits, figuresOf, pack, submission } from '../merge/helpers';
import type { FigureMap } from '../../../src/core/demo/example-figures';

/**
 * A copy of the default pack with key indicators and yearly columns set (issue 13 gives the default
 * pack its own; until then the tests set them here): members and grassroots unions of PL02 are key,
 * PL07's and PL04's first three columns are the years 2018–2020.
 */
export function overviewPack(mutate: (p: Record<string, any>) => void = () => {}): TemplatePack {
  const raw = JSON.parse(JSON.stringify(pack)) as Record<string, any>;
  raw.format = 2;
  const annex = (id: string) => raw.annexes.find((a: { id: string }) => a.id === id);
  for (const code of ['5', '9']) annex('PL02').rows.find((r: { code: string }) => r.code === code).key = true;
  for (const id of ['PL07', 'PL04']) annex(id).columns.slice(0, 3).forEach((c: { year?: number }, i: number) => (c.year = 2018 + i));
  for (const code of ['20', '30']) annex('PL07').rows.find((r: { code: string }) => r.code === code).key = true;
  raw.departments.find((d: { id: string }) => d.id === 'TC').topics = ['Chương trình 740/CTr-TLĐ', 'Thu, chi tài chính công đoàn'];
  mutate(raw);
  return loadPack(raw, 'overview-test-pack');
}

export const units = (p: TemplatePack = pack) => directUnits(p).filter((u) => u !== 'H07');

/** The merge of these units' files; `include`: merged despite their errors (a reason given, as --include). */
export function mergeOf(p: TemplatePack, codes: readonly string[] = units(p), figures: (unit: string) => FigureMap = (u) => figuresOf(u, p), include = false): MergeResult {
  const overrides = include ? codes.map((unitCode) => ({ unitCode, reason: 'đã xác minh' })) : [];
  return mergeSubmissions(p, codes.map((u) => submission(u, { p, figures: figures(u) })), { overrides });
}

export function cellAtModel(sheet: SheetModel, row: number, col: number): CellModel | undefined {
  return sheet.cells.find((c) => c.row === row && c.col === col);
}

/** The numbers a chart's series hold in the sheet's cells. */
export function seriesValues(sheet: SheetModel, chart: ChartModel): Array<Array<number | string | null>> {
  return chart.series.map((s) => Array.from({ length: s.values.rows }, (_, i) => cellAtModel(sheet, s.values.row + i, s.values.col)?.value ?? null));
}
