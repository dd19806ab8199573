import { statusWords } from '../i18n/status-words';
import type { TemplatePack } from '../pack/types';
import { sourceFromModel } from '../report/model-source';
import { readUnitReport } from '../report/read-unit-report';
import { reportCell, type UnitReport } from '../report/unit-report';
import { runBuiltins } from '../rules/builtins';
import { coerceCell, isFilled } from '../rules/coerce';
import { VERDICT, severityCode, type VerdictCode } from '../rules/compile-formula';
import { divides } from '../expr/ast';
import { functionSpec, takesRanges } from '../expr/functions';
import { comparisonHolds, evaluate } from '../rules/evaluate';
import { COERCED, FIGURE_KIND } from '../rules/figure-formula';
import { computedFormula, FigureReader, figureValue } from '../rules/figures';
import type { Finding } from '../rules/finding';
import { runRule } from '../rules/run-rules';
import { type RuleContext } from '../rules/rule-context';
import { packIndex } from '../pack/pack-index';
import { rowNotAsked } from '../pack/kind-form';
import { type BoundExpr, type CompareInstance, type CompareRule, type PresenceInstance, type PresenceRule, type TargetRule } from '../rules/types';
import { cellKeyId, type CellKey } from '../pack/cell-key';
import type { MetaSheetModel, SheetModel, WorkbookModel } from '../sheet/model';

type Shown = 'blank' | 'number' | 'error';

const UNAMBIGUOUS_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?%?$/;

/**
 * The values the check sheet's formulas have for the workbook as it is written — the cached values
 * of the file, shown by a viewer that does not calculate — computed by the evaluator itself: the
 * same FigureReader, builtins and rules that `annex validate` runs, so the cache says what the
 * formulas will say once recalculated.
 */
export class CheckCache {
  readonly report: UnitReport;
  readonly figures: FigureReader;
  private readonly ctx: RuleContext;
  private readonly hits = new Map<string, Finding>();
  /** Annexes whose structure check fails: the formulas treat their cells as absent. */
  readonly brokenAnnexes: Set<string>;

  constructor(
    readonly pack: TemplatePack,
    sheets: readonly SheetModel[],
    metaSheet: MetaSheetModel,
    names: WorkbookModel['names'],
    brokenAnnexes: ReadonlySet<string> = new Set(),
  ) {
    this.report = readUnitReport(sourceFromModel({ sheets: [...sheets], metaSheet, names }), pack);
    this.figures = new FigureReader(this.report, pack);
    this.ctx = { report: this.report, pack, figures: this.figures };
    this.brokenAnnexes = new Set(brokenAnnexes);
    for (const f of runBuiltins(this.report, pack, this.figures)) {
      const c = f.cells[0];
      if (c) this.hits.set(`${c.annexId}|${c.rowCode}|${c.colCode}|${f.ruleId}`, f);
    }
  }

  private absent(key: CellKey): boolean {
    return this.brokenAnnexes.has(key.annexId) || reportCell(this.report, key.annexId, key.rowCode, key.colCode) === undefined;
  }

  /** The `coerced` column (COERCED codes); for a computed cell only whether it shows an error value. */
  coerced(key: CellKey, computed: boolean): number {
    if (this.absent(key)) return COERCED.absent;
    if (computed) return this.shown(key) === 'error' ? COERCED.error : COERCED.blank;
    const cell = reportCell(this.report, key.annexId, key.rowCode, key.colCode)!;
    return COERCED[coerceCell(cell.value).kind];
  }

  private readonly shownMemo = new Map<string, Shown>();

  /**
   * What a computed cell of the annex shows once calculated. A cell written with a value shows it; a
   * formula written without a cached value (our templates) shows what the sheet's formula gives
   * (sheet/formula.ts): text or an error in its arithmetic gives #VALUE! (a ratio's IFERROR turns any
   * error into blank); a ratio that cannot be computed is blank; a sum of blanks is 0.
   */
  shown(key: CellKey): Shown {
    const id = cellKeyId(key);
    let s = this.shownMemo.get(id);
    if (s === undefined) {
      this.shownMemo.set(id, 'blank');
      s = this.computeShown(key);
      this.shownMemo.set(id, s);
    }
    return s;
  }

  private computeShown(key: CellKey): Shown {
    const cell = reportCell(this.report, key.annexId, key.rowCode, key.colCode);
    if (cell && !(cell.hasFormula && cell.value.kind === 'blank')) {
      const c = coerceCell(cell.value);
      return c.kind === 'blank' ? 'blank' : c.kind === 'error' ? 'error' : 'number';
    }
    const expr = computedFormula(this.pack, key);
    if (!expr) return 'blank';
    const index = packIndex(this.pack);
    const inputError = (k: CellKey, inRange: boolean): boolean => {
      const annex = index.annex(k.annexId);
      const role = annex?.role(k.rowCode, k.colCode);
      // A row the unit's kind is not asked for: "—", read as 0 by the sheet's N(…).
      if (role === 'none' && rowNotAsked(annex!.row(k.rowCode)!)) return false;
      if (role === 'computed-row' || role === 'computed-col') {
        const s = this.shown(k);
        return s === 'error' || (s === 'blank' && !inRange);
      }
      const c = reportCell(this.report, k.annexId, k.rowCode, k.colCode);
      if (!c) return true;
      const coerced = coerceCell(c.value);
      if (coerced.kind === 'error') return true;
      // SUM over a range skips text; + and * do not, except text that is plainly a number, which
      // LibreOffice converts ("1.5", "80%"; its default "convert only if unambiguous").
      if (inRange || !('text' in coerced)) return false;
      return !UNAMBIGUOUS_NUMBER.test(coerced.text);
    };
    const fails = (e: BoundExpr, inRange: boolean): boolean => {
      switch (e.type) {
        case 'cell':
          return inputError(e.key, inRange);
        case 'range':
          return e.keys.some((k) => inputError(k, true));
        case 'neg':
          return fails(e.arg, inRange);
        case 'binary':
          return fails(e.left, false) || fails(e.right, false);
        case 'call':
          return e.args.some((a) => fails(a, takesRanges(functionSpec(e.name)!)));
        case 'num':
          return false;
      }
    };
    const ratio = divides(expr);
    if (fails(expr, false)) return ratio ? 'blank' : 'error';
    if (ratio) return this.figures.figure(key).kind === 'number' ? 'number' : 'blank';
    return 'number';
  }

  kind(key: CellKey): number {
    if (this.brokenAnnexes.has(key.annexId)) return FIGURE_KIND.absent;
    const f = this.figures.figure(key);
    return FIGURE_KIND[f.kind];
  }

  value(key: CellKey): number {
    if (this.brokenAnnexes.has(key.annexId)) return 0;
    const f = this.figures.figure(key);
    return f.kind === 'number' ? f.value.toNumber() : 0;
  }

  /**
   * Whether the cell holds anything, as presence rules read it. A computed cell written without a
   * cached value shows what its formula gives once calculated: a sum of blanks is 0 (filled); a ratio
   * is blank unless it can be computed (the sheet's IFERROR(…,"")).
   */
  filled(key: CellKey, computed = false): number {
    if (this.absent(key)) return 0;
    const cell = reportCell(this.report, key.annexId, key.rowCode, key.colCode)!;
    if (computed) return this.shown(key) === 'blank' ? 0 : 1;
    return isFilled(coerceCell(cell.value)) ? 1 : 0;
  }

  builtinHit(key: CellKey, ruleId: string, computed = false): boolean {
    if (this.brokenAnnexes.has(key.annexId)) return false;
    // A computed cell's error value is the one its formula will show (see shown()).
    if (computed && ruleId === 'builtin.errorValue') return this.shown(key) === 'error';
    return this.hits.has(`${cellKeyId(key)}|${ruleId}`);
  }

  private touchesBroken(keys: readonly CellKey[]): boolean {
    return keys.some((k) => this.brokenAnnexes.has(k.annexId));
  }

  /** runCompare (run-rules.ts) for one instance, with the values of both sides. */
  compare(rule: CompareRule, inst: CompareInstance, keys: readonly CellKey[]): { verdict: VerdictCode; left: number | string; right: number | string; message: string | null } {
    const valueOf = (k: CellKey) => figureValue(this.figures.figure(k));
    const l = evaluate(inst.left, valueOf);
    const r = evaluate(inst.right, valueOf);
    const left = l.ok ? l.value.toNumber() : '÷0';
    const right = r.ok ? r.value.toNumber() : '÷0';
    const figures = keys.map((k) => this.figures.figure(k));
    const blanks = figures.filter((f) => f.kind === 'blank').length;
    const skipped =
      this.touchesBroken(keys) ||
      figures.some((f) => f.kind === 'absent' || f.kind === 'unreadable') ||
      (rule.missing === 'skipIfAny' && blanks > 0) ||
      (rule.missing === 'skipIfAll' && blanks === figures.length);
    if (skipped) return { verdict: VERDICT.skipped, left, right, message: null };
    if (!l.ok || !r.ok) {
      if (rule.divideByZero === 'skip') return { verdict: VERDICT.skipped, left, right, message: null };
      return { verdict: severityCode(rule.severity), left, right, message: this.firstMessage({ ...rule, instances: [inst] }) };
    }
    if (comparisonHolds(l.value, inst.op, r.value, rule.tolerance)) return { verdict: VERDICT.passed, left, right, message: null };
    return { verdict: severityCode(rule.severity), left, right, message: this.firstMessage({ ...rule, instances: [inst] }) };
  }

  presence(rule: PresenceRule, inst: PresenceInstance): { verdict: VerdictCode; message: string | null } {
    if (this.touchesBroken(inst.cells)) return { verdict: VERDICT.skipped, message: null };
    if (inst.cells.some((k) => reportCell(this.report, k.annexId, k.rowCode, k.colCode) === undefined)) return { verdict: VERDICT.skipped, message: null };
    const found = runRule({ ...rule, instances: [inst] }, this.ctx);
    return found.length ? { verdict: severityCode(rule.severity), message: found[0].message.vi } : { verdict: VERDICT.passed, message: null };
  }

  target(rule: TargetRule, rowCode: string): { verdict: VerdictCode; message: string | null; status: string | null } {
    if (this.brokenAnnexes.has(rule.annexId)) return { verdict: VERDICT.skipped, message: null, status: null };
    const found = runRule({ ...rule, rows: [rowCode] }, this.ctx);
    if (!found.length) return { verdict: VERDICT.skipped, message: null, status: null };
    const f = found[0];
    const status = f.attainment ? statusWords[f.attainment.status].vi : null;
    return { verdict: f.severity === 'info' ? VERDICT.info : severityCode(f.severity), message: f.message.vi, status };
  }

  private firstMessage(rule: CompareRule): string | null {
    return runRule(rule, this.ctx)[0]?.message.vi ?? null;
  }
}
