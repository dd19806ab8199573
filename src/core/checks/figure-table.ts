import type { ChecksMessageKey } from '../i18n/checks-messages';
import { callMany, excelString } from '../expr/formula-text';
import { cellsOf } from '../rules/bind';
import { VERDICT } from '../rules/compile-formula';
import {
  BUILTIN_SEVERITY,
  builtinFlagFormulas,
  computedFigureFormulas,
  FORMULA_BUILTINS,
  inputFigureFormulas,
  PARSE_STEPS,
  type FigureColumn,
} from '../rules/figure-formula';
import { computedFormula } from '../rules/figures';
import { a1, quoteSheet } from '../sheet/address';
import type { CheckContext } from './check-context';
import type { CheckLine } from './check-lines';
import type { SheetFigure } from './figures';
import { FIG, figureColumn, figureKey, flagColumn, LINE } from './layout';
import { abs, annexCellAddress, cellText, T } from './sheet-refs';

/**
 * Part II of the check sheet, the figure table: one row per value cell of the annexes, as the
 * formulas of part I read it — the reading of an input cell step by step (figure-formula.ts), a
 * computed cell recomputed from its inputs, the built-in checks of the cell as 0/1 flags, and the
 * mark that shades the annex cell when a check it takes part in fails.
 */

const READINGS = ['blank', 'number', 'textNumber', 'formulaText', 'text', 'bool', 'error', 'absent'].map((k) => T(`checks.reading.${k}` as ChecksMessageKey));

/** The section title, the header and every figure row. */
export function writeFigureTable(ctx: CheckContext, sectionRow: number, lines: readonly CheckLine[]): void {
  ctx.cells.set(sectionRow, 0, T('checks.sectionFigures'), 'section');
  writeHeader(ctx, sectionRow + 1);
  const verdictOf = new Map(lines.map((l) => [l.row, l.cached]));
  ctx.figures.forEach((fig, i) => writeFigure(ctx, fig, i + 1, verdictOf));
}

/** The titles of part II's columns: what a reader looks at, then the formulas' working columns in small print. */
const FIG_TITLES: Record<keyof typeof FIG, ChecksMessageKey> = {
  stt: 'checks.col.stt', annex: 'checks.col.annex', address: 'checks.fig.address', label: 'checks.fig.label', value: 'checks.fig.value', reading: 'checks.fig.reading',
  kind: 'checks.fig.kind', coerced: 'checks.fig.coerced', key: 'checks.fig.key', errors: 'checks.col.errors', warnings: 'checks.col.warnings', mark: 'checks.col.mark', filled: 'checks.fig.filled',
};
const LARGE_TITLES = new Set<keyof typeof FIG>(['stt', 'annex', 'address', 'label', 'value', 'reading']);

function writeHeader(ctx: CheckContext, row: number): void {
  for (const [name, key] of Object.entries(FIG_TITLES) as Array<[keyof typeof FIG, ChecksMessageKey]>) ctx.cells.set(row, FIG[name], T(key), LARGE_TITLES.has(name) ? 'header' : 'smallHeader');
  for (const step of PARSE_STEPS) ctx.cells.set(row, figureColumn(step), step, 'smallHeader');
  for (const id of FORMULA_BUILTINS) ctx.cells.set(row, flagColumn(id), id.replace('builtin.', ''), 'smallHeader');
}

/** One figure row: where the cell is, its reading, its flags, its mark. */
function writeFigure(ctx: CheckContext, fig: SheetFigure, n: number, verdictOf: ReadonlyMap<number, number>): void {
  const { cells } = ctx;
  const r = fig.row;
  const annexSheet = fig.sheet;
  const pos = annexCellAddress(annexSheet, fig.key);
  if (!pos) return;
  const label = ctx.index.label(fig.key) ?? '';
  const colLabel = cellText(annexSheet, annexSheet.layout.codeRow, pos.col) || fig.key.colCode;
  cells.set(r, FIG.stt, n, 'center');
  cells.set(r, FIG.annex, fig.key.annexId, 'center');
  cells.set(r, FIG.address, fig.address, 'center');
  cells.set(r, FIG.label, T('checks.fig.where', { label, row: fig.key.rowCode, col: fig.key.colCode }), 'text');
  cells.set(r, FIG.key, figureKey(fig.key.annexId, cellText(annexSheet, pos.row, annexSheet.layout.rowCodeCol) || fig.key.rowCode, colLabel), 'small');
  const cell = `${quoteSheet(annexSheet.name)}!${a1(pos.row, pos.col, true)}`;
  if (fig.computed) writeComputedReading(ctx, fig, cell);
  else writeInputReading(ctx, fig, cell);
  const { errors, warnings } = writeFlags(ctx, fig);
  const own = `IF(${abs(r, FIG.errors)}>0,2,IF(${abs(r, FIG.warnings)}>0,1,0))`;
  const sources = [own, ...fig.markedBy.map((lr) => abs(lr, LINE.mark))];
  const markOf = (verdict: number | undefined) => (verdict === VERDICT.error ? 2 : verdict === VERDICT.warning ? 1 : 0);
  const ownMark = errors > 0 ? 2 : warnings > 0 ? 1 : 0;
  cells.set(r, FIG.mark, Math.max(ownMark, ...fig.markedBy.map((lr) => markOf(verdictOf.get(lr)))), 'small', callMany('MAX', sources));
}

const at = (row: number) => (c: FigureColumn) => abs(row, figureColumn(c));

/** An input cell: read step by step as coerceCell reads it. */
function writeInputReading(ctx: CheckContext, fig: SheetFigure, cell: string): void {
  const { cells, cache } = ctx;
  const r = fig.row;
  const f = inputFigureFormulas(cell, ctx.absentCondition(fig.key.annexId), at(r));
  const coerced = cache.coerced(fig.key, false);
  for (const step of PARSE_STEPS) cells.set(r, figureColumn(step), null, 'small', f[step]);
  cells.set(r, FIG.coerced, coerced, 'small', f.coerced);
  cells.set(r, FIG.kind, cache.kind(fig.key), 'small', f.kind);
  cells.set(r, FIG.value, cache.value(fig.key), 'number', f.value);
  cells.set(r, FIG.filled, cache.filled(fig.key), 'small', f.filled);
  cells.set(r, FIG.reading, READINGS[coerced], 'center', `CHOOSE(${at(r)('coerced')}+1,${READINGS.map((x) => excelString(x)).join(',')})`);
}

/** A computed cell: recomputed from its inputs' figures, as the one recomputation does (rules/figures.ts). */
function writeComputedReading(ctx: CheckContext, fig: SheetFigure, cell: string): void {
  const { cells, cache } = ctx;
  const r = fig.row;
  const absent = ctx.absentCondition(fig.key.annexId);
  const expr = computedFormula(ctx.pack, fig.key);
  const f = expr ? computedFigureFormulas(expr, cellsOf(expr), cell, absent, ctx.refs, at(r)) : { coerced: `IF(${absent},7,IF(ISERROR(${cell}),6,0))`, kind: '2', value: '0', filled: '0' };
  const K = cache.kind(fig.key);
  cells.set(r, FIG.coerced, cache.coerced(fig.key, true), 'small', f.coerced);
  cells.set(r, FIG.kind, K, 'small', f.kind);
  cells.set(r, FIG.value, cache.value(fig.key), 'number', f.value);
  cells.set(r, FIG.filled, cache.filled(fig.key, true), 'small', f.filled);
  const kindAt = at(r)('kind');
  const [absentText, unreadable, blank, computed] = [READINGS[7], T('checks.reading.computedUnreadable'), T('checks.reading.computedBlank'), T('checks.reading.computed')];
  const reading = K === 3 ? absentText : K === 2 ? unreadable : K === 0 ? blank : computed;
  const formula = `IF(${kindAt}=3,${excelString(absentText)},IF(${kindAt}=2,${excelString(unreadable)},IF(${kindAt}=0,${excelString(blank)},${excelString(computed)})))`;
  cells.set(r, FIG.reading, reading, 'center', formula);
}

/** The built-in checks of the cell as 0/1 flags, and their counts by severity. */
function writeFlags(ctx: CheckContext, fig: SheetFigure): { errors: number; warnings: number } {
  const { cells, cache } = ctx;
  const r = fig.row;
  const flags = builtinFlagFormulas(fig.spec, at(r));
  let errors = 0;
  let warnings = 0;
  const errorCells: string[] = [];
  const warningCells: string[] = [];
  for (const id of fig.builtins) {
    const hit = cache.builtinHit(fig.key, id, fig.computed) ? 1 : 0;
    cells.set(r, flagColumn(id), hit, 'small', flags[id]);
    if (BUILTIN_SEVERITY[id] === 'error') {
      errors += hit;
      errorCells.push(abs(r, flagColumn(id)));
    } else {
      warnings += hit;
      warningCells.push(abs(r, flagColumn(id)));
    }
  }
  cells.set(r, FIG.errors, errors, 'small', errorCells.length ? callMany('SUM', errorCells) : '0');
  cells.set(r, FIG.warnings, warnings, 'small', warningCells.length ? callMany('SUM', warningCells) : '0');
  return { errors, warnings };
}
