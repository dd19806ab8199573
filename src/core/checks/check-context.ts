import { fill } from '../i18n/format';
import { excelString, fitsLimits, formulaLength, formulaNesting, type FormulaLimits } from '../expr/formula-text';
import { cellKeyId, type CellKey } from '../pack/cell-key';
import type { PackIndex } from '../pack/pack-index';
import { rowNotAsked } from '../pack/kind-form';
import type { TemplatePack } from '../pack/types';
import { instanceKeys, VERDICT, type FigureRefs, type VerdictCode } from '../rules/compile-formula';
import type { CompareInstance, CompareRule, RuleScope } from '../rules/types';
import { a1 } from '../sheet/address';
import type { SheetModel } from '../sheet/model';
import { abs, annexCellAddress, STATUS_TEXTS, T } from './sheet-refs';
import type { SheetBuilder } from '../sheet/sheet-builder';
import type { StructureArrays } from './annex-structure';
import type { CheckCache } from './check-cache';
import { lineOf, type CheckLine, type LineBase, type LineDraft } from './check-lines';
import type { SheetFigure } from './figures';
import { FIG, LINE } from './layout';

/**
 * What every writer of the check sheet shares: the pack, the annex sheets, the cells being built,
 * the cached values (check-cache.ts), where each figure is, and the pieces of a line every kind of
 * line writes the same way.
 */
export class CheckContext {
  readonly byAnnex: ReadonlyMap<string, SheetModel>;
  private readonly figureRows: Map<string, number>;
  readonly refs: FigureRefs;

  constructor(
    readonly pack: TemplatePack,
    readonly index: PackIndex,
    sheets: readonly SheetModel[],
    readonly cells: SheetBuilder,
    readonly cache: CheckCache,
    readonly structure: ReadonlyMap<string, StructureArrays>,
    readonly figures: readonly SheetFigure[],
    readonly firstLine: number,
    private readonly limits: FormulaLimits,
    private readonly structureRow: ReadonlyMap<string, number>,
  ) {
    this.byAnnex = new Map(sheets.map((s) => [s.identity.annexId, s]));
    this.figureRows = new Map(figures.map((f) => [f.id, f.row]));
    // A row the unit's kind is not asked for has no figure: it reads as an empty cell.
    const notAsked = (k: CellKey) => !this.figureRows.has(cellKeyId(k)) && isNotAsked(index, k);
    this.refs = {
      kind: (k) => (notAsked(k) ? '0' : abs(this.figureRow(k), FIG.kind)),
      value: (k) => (notAsked(k) ? '0' : abs(this.figureRow(k), FIG.value)),
      filled: (k) => (notAsked(k) ? '0' : abs(this.figureRow(k), FIG.filled)),
    };
  }

  figureRow(k: CellKey): number {
    const r = this.figureRows.get(cellKeyId(k));
    if (r === undefined) throw new Error(`check sheet: no figure for ${cellKeyId(k)}`);
    return r;
  }

  /** TRUE when the annex's structure line fails: its cells are then absent to every formula. */
  absentCondition(annexId: string): string {
    const row = this.structureRow.get(annexId);
    return row === undefined ? 'TRUE' : `${abs(row, LINE.verdict)}=${VERDICT.error}`;
  }

  /**
   * What the sheet calls a line's rule: "QT 12" (the pack's 12th rule), "Có sẵn" (a built-in check),
   * "Cấu trúc" — words, not the pack's English ids ("PL02.members-flow"), which the CLI and the logs keep.
   */
  lineCode(ruleId: string): string {
    if (ruleId === 'structure') return T('checks.code.structure');
    if (ruleId.startsWith('builtin.')) return T('checks.code.builtin');
    const n = this.pack.rules.findIndex((r) => r.id === ruleId);
    return n < 0 ? ruleId : T('checks.code.rule', { n: n + 1 });
  }

  /** The first columns of a line: number, annex, rule, message, cells. */
  setLine(row: number, d: LineBase, text: string | { formula: string; cached: string }, cellsText: string): void {
    const c = this.cells;
    c.set(row, LINE.stt, row - this.firstLine + 1, 'center');
    c.set(row, LINE.annex, d.annexId, 'center');
    c.set(row, LINE.id, this.lineCode(d.ruleId), 'text');
    if (typeof text === 'string') c.set(row, LINE.text, text, 'text');
    else c.set(row, LINE.text, text.cached, 'text', text.formula);
    c.set(row, LINE.cells, cellsText, 'text');
  }

  /** Status, errors, warnings and mark of a line from its verdict cell (`count`: how many findings an error or warning is). */
  verdictColumns(row: number, verdict: string, cached: VerdictCode, count?: { formula: string; cached: number }): void {
    const c = this.cells;
    const L = abs(row, LINE.verdict);
    c.set(row, LINE.verdict, cached, 'small', verdict);
    c.set(row, LINE.status, STATUS_TEXTS[cached + 2], 'status', `CHOOSE(${L}+3,${STATUS_TEXTS.map((s) => excelString(s)).join(',')})`);
    const n = count ?? { formula: '1', cached: 1 };
    c.set(row, LINE.errors, cached === VERDICT.error ? n.cached : 0, 'number', `IF(${L}=${VERDICT.error},${n.formula},0)`);
    c.set(row, LINE.warnings, cached === VERDICT.warning ? n.cached : 0, 'number', `IF(${L}=${VERDICT.warning},${n.formula},0)`);
    c.set(row, LINE.mark, cached === VERDICT.error ? 2 : cached === VERDICT.warning ? 1 : 0, 'small', `IF(${L}=${VERDICT.error},2,IF(${L}=${VERDICT.warning},1,0))`);
  }

  /** A line without formulas: needs the add-in, or cannot be checked in this workbook. */
  staticLine(row: number, d: LineBase, text: string, verdict: VerdictCode): CheckLine {
    const c = this.cells;
    this.setLine(row, d, text, d.keys.length ? this.cellsText(d.keys) : '');
    c.set(row, LINE.verdict, verdict, 'small');
    c.set(row, LINE.status, STATUS_TEXTS[verdict + 2], 'status');
    c.set(row, LINE.errors, 0, 'number');
    c.set(row, LINE.warnings, 0, 'number');
    c.set(row, LINE.mark, 0, 'small');
    return lineOf(d, row, verdict);
  }

  /** "PL02: E12, E13; PL03: F9": the cells of a line, by annex. */
  cellsText(keys: readonly CellKey[]): string {
    const groups = new Map<string, string[]>();
    for (const k of keys) {
      const sheet = this.byAnnex.get(k.annexId);
      const at = sheet && annexCellAddress(sheet, k);
      if (!at) continue;
      const list = groups.get(k.annexId) ?? [];
      list.push(a1(at.row, at.col));
      groups.set(k.annexId, list);
    }
    return [...groups].map(([annex, addrs]) => `${annex}: ${addrs.join(', ')}`).join('; ');
  }

  /** The line as "kiểm tra bằng add-in" when one of its formulas is past Excel's limits; null when they fit. */
  tooLong(d: LineDraft, row: number, formulas: readonly string[]): CheckLine | null {
    const bad = formulas.find((f) => !fitsLimits(f, this.limits));
    if (!bad) return null;
    const reason = T('checks.addIn.tooLong', { length: formulaLength(bad), depth: formulaNesting(bad) });
    return this.staticLine(row, { ...d, kind: 'addIn', addInReason: 'tooLong' }, `${reason} ${this.ruleText(d)}`, VERDICT.addIn);
  }

  private ruleText(d: LineDraft): string {
    if (d.kind === 'compare') return this.staticCompareText(d.compare.rule, d.compare.inst);
    if (d.kind === 'presence') return d.presence.rule.message.vi;
    return '';
  }

  /** A compare line's message before the figures are known ("…" where the values go). */
  staticCompareText(rule: CompareRule, inst: CompareInstance): string {
    const pending = T('checks.pending');
    return fill(rule.message.vi, { ...this.staticPlaceholders(inst.scope, instanceKeys(inst)), left: pending, right: pending, diff: pending }, 'vi');
  }

  /** The placeholders of a message known before the figures: row, column, cell, label of the primary cell. */
  staticPlaceholders(scope: RuleScope, keys: readonly CellKey[]): Record<string, string> {
    const primary = keys[0];
    const sheet = primary && this.byAnnex.get(primary.annexId);
    const at = sheet && primary ? annexCellAddress(sheet, primary) : null;
    return {
      row: scope.row ?? primary?.rowCode ?? '',
      col: scope.col ?? primary?.colCode ?? '',
      cell: at ? a1(at.row, at.col) : '',
      label: primary ? (this.index.label(primary) ?? '') : '',
    };
  }
}

function isNotAsked(index: PackIndex, k: CellKey): boolean {
  const row = index.annex(k.annexId)?.row(k.rowCode);
  return row !== undefined && rowNotAsked(row);
}
