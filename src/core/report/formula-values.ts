import { Decimal } from '../numbers/decimal';
import { a1 } from '../sheet/address';
import { checkFormula, evaluateFormula, isKnownFunction, parseFormula, sheetPrefix, type Area, type EvalContext, type Formula, type Node, type ParseResult, type Scalar, type SheetMention } from '../spreadsheet';
import { ERROR_CODES, type ErrorCode } from '../spreadsheet/values';
import type { CellSource, CellValue, SourceSheet } from './cell-source';

/**
 * The values of a workbook's formula cells as a spreadsheet program would show them, computed with
 * the exact evaluator (core/spreadsheet) from the workbook itself. Two uses:
 * - a formula saved WITHOUT its result (openpyxl, xlsx-populate and other libraries keep the formula
 *   and drop the value) gets the value it would show, instead of reading as blank;
 * - a formula saved WITH its result can be recomputed, to cross-check the cached value against the
 *   cells it names (a summary's `=SUM('Chi tiết PL02'!E7:E9)` whose detail was edited by hand).
 * Lazy: only the cells asked for, and the cells their formulas read, are computed, each once.
 *
 * Hostile files are bounded, never trusted: a cycle of references, a chain deeper than MAX_DEPTH
 * formulas, or more than MAX_READS cell reads in one workbook (a SUM over a million cells …) end the
 * computation with a `FormulaTrouble` naming the cell — never a hang, a stack overflow or a guess.
 */

/** Why a formula's value could not be computed; `at` is the cell where it went wrong ("'PL02'!E12"). */
export type FormulaTrouble =
  /** The formula's text is unknown (a follower of a shared formula) or not readable. */
  | { kind: 'syntax'; at: string; detail: string }
  /** Functions the evaluator does not know (it knows every function the project writes). */
  | { kind: 'function'; at: string; names: string[] }
  /** The cell's formula reads, through other cells, its own value. */
  | { kind: 'cycle'; at: string }
  /** Deeper than MAX_DEPTH nested formulas, or more than MAX_READS cell reads in the workbook. */
  | { kind: 'limit'; at: string };

export type Computed = { ok: true; value: Scalar } | { ok: false; trouble: FormulaTrouble };

export const MAX_DEPTH = 64;
export const MAX_READS = 2_000_000;

/** Thrown through the evaluator (it has no way to stop early) and caught at the outermost computation. */
class Stop extends Error {
  constructor(readonly trouble: FormulaTrouble) {
    super(trouble.kind);
  }
}

/** Parsed formulas by text, shared by every workbook: the units' forms repeat the same few hundred texts. */
const PARSED = new Map<string, ParseResult>();
const PARSED_MAX = 20_000;

export function parsedFormula(text: string): ParseResult {
  let parsed = PARSED.get(text);
  if (!parsed) {
    if (PARSED.size >= PARSED_MAX) PARSED.clear();
    parsed = parseFormula(text);
    PARSED.set(text, parsed);
  }
  return parsed;
}

const ERRORS = new Set<string>(ERROR_CODES);

/** A cell's value as the evaluator takes it. */
export function toScalar(v: CellValue): Scalar {
  switch (v.kind) {
    case 'blank':
      return { kind: 'blank' };
    case 'number':
      return Number.isFinite(v.value) ? { kind: 'number', value: Decimal.fromNumber(v.value) } : { kind: 'error', code: '#NUM!' };
    case 'text':
      return { kind: 'text', value: v.text };
    case 'bool':
      return { kind: 'bool', value: v.value };
    case 'error':
      return { kind: 'error', code: (ERRORS.has(v.code.toUpperCase()) ? v.code.toUpperCase() : '#N/A') as ErrorCode };
  }
}

/** A computed value as a cell value (a number as the double nearest the exact decimal). */
export function toCellValue(s: Scalar): CellValue {
  switch (s.kind) {
    case 'blank':
      return { kind: 'blank' };
    case 'number':
      return { kind: 'number', value: s.value.toNumber() };
    case 'text':
      return { kind: 'text', text: s.value };
    case 'bool':
      return { kind: 'bool', value: s.value };
    case 'error':
      return { kind: 'error', code: s.code };
  }
}

/** "'PL02 Đoàn viên'!E12". */
export function cellLabel(sheet: SourceSheet, row: number, col: number): string {
  return `${sheetPrefix(sheet.name)}${a1(row, col)}`;
}

export class FormulaValues {
  private readonly sheetIndex = new Map<SourceSheet, number>();
  private readonly byName = new Map<string, SourceSheet>();
  private readonly memo = new Map<string, Computed>();
  private readonly inProgress = new Set<string>();
  private reads = 0;
  private depth = 0;

  constructor(private readonly source: CellSource) {
    source.sheets.forEach((s, i) => {
      this.sheetIndex.set(s, i);
      const k = sheetKey(s.name);
      if (!this.byName.has(k)) this.byName.set(k, s);
    });
  }

  hasSheet(name: string): boolean {
    return this.byName.has(sheetKey(name));
  }

  /**
   * The value of a formula cell computed from the workbook, whether or not the file cached one. Cells
   * its formula reads are taken as the file gives them: a constant, a formula's cached value, or —
   * when that is missing — computed in turn.
   */
  compute(sheet: SourceSheet, row: number, col: number): Computed {
    const at = cellLabel(sheet, row, col);
    const formula = sheet.cell(row, col).formula;
    if (formula === undefined) return { ok: true, value: toScalar(sheet.cell(row, col).value) };
    const parsed = this.parse(formula, at);
    if (!parsed.ok) return parsed;
    const key = this.key(sheet, row, col);
    this.inProgress.add(key);
    try {
      return { ok: true, value: this.evaluate(sheet, row, col, parsed.formula) };
    } catch (e) {
      if (e instanceof Stop) return { ok: false, trouble: e.trouble };
      throw e;
    } finally {
      this.inProgress.delete(key);
    }
  }

  private key(sheet: SourceSheet, row: number, col: number): string {
    return `${this.sheetIndex.get(sheet) ?? -1}:${row}:${col}`;
  }

  /** The value a reader should take for a cell: its own, or its formula's computed when the file has none. */
  private cellValue(sheet: SourceSheet, row: number, col: number): Scalar {
    if (++this.reads > MAX_READS) throw new Stop({ kind: 'limit', at: cellLabel(sheet, row, col) });
    if (row >= sheet.rowCount || col >= sheet.colCount) return { kind: 'blank' };
    const cell = sheet.cell(row, col);
    if (cell.formula === undefined) return toScalar(cell.value);
    const key = this.key(sheet, row, col);
    const at = cellLabel(sheet, row, col);
    if (this.inProgress.has(key)) throw new Stop({ kind: 'cycle', at });
    if (cell.value.kind !== 'blank') return toScalar(cell.value);
    const known = this.memo.get(key);
    if (known) {
      if (known.ok) return known.value;
      throw new Stop(known.trouble);
    }
    const parsed = this.parse(cell.formula, at);
    if (!parsed.ok) {
      this.memo.set(key, parsed);
      throw new Stop(parsed.trouble);
    }
    this.inProgress.add(key);
    try {
      const value = this.evaluate(sheet, row, col, parsed.formula);
      this.memo.set(key, { ok: true, value });
      return value;
    } catch (e) {
      // A cycle or a limit met inside: this cell cannot be computed either (a limit may be met by
      // another path later, so only the cycle's verdict is kept).
      if (e instanceof Stop && e.trouble.kind !== 'limit') this.memo.set(key, { ok: false, trouble: e.trouble });
      throw e;
    } finally {
      this.inProgress.delete(key);
    }
  }

  private parse(text: string, at: string): { ok: true; formula: Formula } | { ok: false; trouble: FormulaTrouble } {
    if (text.trim() === '') return { ok: false, trouble: { kind: 'syntax', at, detail: '' } };
    const parsed = parsedFormula(text);
    if (!parsed.ok) return { ok: false, trouble: { kind: 'syntax', at, detail: parsed.message } };
    const problems = checkFormula(parsed.formula);
    if (problems.length) {
      const unknown = parsed.formula.functions.filter((f) => !isKnownFunction(f));
      return { ok: false, trouble: { kind: 'function', at, names: unknown.length ? unknown : problems } };
    }
    return parsed;
  }

  private evaluate(sheet: SourceSheet, row: number, col: number, formula: Formula): Scalar {
    if (this.depth >= MAX_DEPTH) throw new Stop({ kind: 'limit', at: cellLabel(sheet, row, col) });
    this.depth++;
    try {
      return evaluateFormula(formula, this.context(sheet));
    } finally {
      this.depth--;
    }
  }

  private context(own: SourceSheet): EvalContext<SourceSheet> {
    return {
      sheet: (mention: SheetMention | null) => (mention === null ? own : (this.byName.get(sheetKey(mention.name)) ?? null)),
      cell: (sheet, row, col) => this.cellValue(sheet, row, col),
      name: (name) => this.name(name),
    };
  }

  /** A workbook-scoped defined name: the cells it refers to, or its constant; null when unknown or not simple. */
  private name(name: string): { sheet: SourceSheet; area: Area } | Scalar | null {
    const found = this.source.names.find((n) => n.name.toUpperCase() === name.toUpperCase());
    if (!found) return null;
    const parsed = parsedFormula(found.formula);
    if (!parsed.ok) return null;
    const node = parsed.formula.ast;
    if (node.type === 'ref') {
      const sheet = node.deleted || node.sheet === null ? null : (this.byName.get(sheetKey(node.sheet.name)) ?? null);
      return sheet ? { sheet, area: node.area } : { kind: 'error', code: '#REF!' };
    }
    if (node.type === 'number') return { kind: 'number', value: node.value };
    if (node.type === 'text') return { kind: 'text', value: node.value };
    if (node.type === 'bool') return { kind: 'bool', value: node.value };
    return null;
  }
}

/** A formula whose references were lost when a sheet or cells it named went away: `#REF!` in place of a reference. */
export function lostReference(formula: Formula): boolean {
  if (formula.hasDeletedRef) return true;
  const visit = (node: Node): boolean => {
    switch (node.type) {
      case 'error':
        return node.code === '#REF!';
      case 'call':
        return node.args.some(visit);
      case 'unary':
        return visit(node.arg);
      case 'binary':
        return visit(node.left) || visit(node.right);
      default:
        return false;
    }
  };
  return visit(formula.ast);
}

/** Excel matches sheet names without regard to case. */
function sheetKey(name: string): string {
  return name.normalize('NFC').toUpperCase();
}

/**
 * Whether a cached value and a recomputed one are the same figure: numbers within a relative 1e-9
 * (the file's double against the exact decimal: Excel's binary arithmetic differs far below that),
 * texts exactly, an empty text and an empty cell alike.
 */
export function sameValue(cached: CellValue, computed: Scalar): boolean {
  const c = toScalar(cached);
  const empty = (s: Scalar) => s.kind === 'blank' || (s.kind === 'text' && s.value === '');
  if (empty(c) || empty(computed)) return empty(c) && empty(computed);
  if (c.kind === 'number' && computed.kind === 'number') {
    const diff = c.value.sub(computed.value).abs();
    const scale = Decimal.max(Decimal.ONE, Decimal.max(c.value.abs(), computed.value.abs()));
    return diff.lte(scale.mul(TOLERANCE));
  }
  if (c.kind !== computed.kind) return false;
  if (c.kind === 'text' && computed.kind === 'text') return c.value === computed.value;
  if (c.kind === 'bool' && computed.kind === 'bool') return c.value === computed.value;
  if (c.kind === 'error' && computed.kind === 'error') return c.code === computed.code;
  return false;
}

const TOLERANCE = Decimal.parse('0.000000001')!;
