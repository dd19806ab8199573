import { mergeSubmissions, type MergeResult } from '../../../src/core/merge/merge';
import type { TemplatePack } from '../../../src/core/pack/types';
import { loadPack } from '../../../src/core/load/load-pack';
import type { CellModel, ChartModel, SheetModel } from '../../../src/core/sheet/model';
import { directUnits, figuresOf, pack, submission } from '../merge/helpers';
import type { FigureMap } from '../../../src/core/demo/example-figures';

/**
 * A copy of the default pack (its own key indicators: PL01 1, 2, 6, 10; PL02 3.1, 5, 7.1, 9; PL04 6;
 * PL07 7.10, 7.20; its yearly columns 2018–2020 in PL01, PL04, PL07), changed by `mutate`. The
 * default pack leaves every target value for the province to fill ("Chưa có chỉ tiêu"); here they are
 * filled as a province would (test values): a term total of 2.000 for row 1 and 100 for the others,
 * 80 % for a rate or an annual level.
 */
export function overviewPack(mutate: (p: Record<string, any>) => void = () => {}): TemplatePack {
  const raw = JSON.parse(JSON.stringify(pack)) as Record<string, any>;
  raw.format = 2;
  for (const a of raw.annexes) for (const r of a.rows) if (r.target) r.target.value = r.target.measure === 'termTotal' ? (r.code === '1' ? 2000 : 100) : 80;
  raw.departments.find((d: { id: string }) => d.id === 'TC').topics = ['Chương trình 740/CTr-TLĐ', 'Thu, chi tài chính công đoàn'];
  mutate(raw);
  return loadPack(raw, 'overview-test-pack');
}

export const units = (p: TemplatePack = pack) => directUnits(p).filter((u) => u !== 'H07');
/** The units the merging province expects: "13/14 đơn vị đã gửi" with H07 missing. */
export const expectedCount = (p: TemplatePack = pack) => directUnits(p).length;

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
