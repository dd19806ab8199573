/**
 * Formulas in the simulated workbook, as Excel treats them:
 * - a formula is parsed when written (a formula Excel would refuse, or show as #NAME?, is refused:
 *   see typed-input.ts) and each sheet it names is bound to that sheet then, by identity;
 * - renaming a sheet rewrites the text of every formula bound to it (and of defined names);
 * - deleting a sheet turns those references into #REF! ("SUM(#REF!E7:E22)"), text and value; a
 *   formula that named a sheet that did not exist when it was written is #REF! and stays so, even if
 *   a sheet of that name is added later;
 * - values are computed on demand by the project's evaluator (src/core/spreadsheet), with defined
 *   names resolved by name when computed (a name defined after the formula is found, as in Excel),
 *   and cached until the next change of the workbook. A circular reference computes as 0 (Excel
 *   shows 0 and warns).
 */
import { Decimal } from '../../src/core/numbers/decimal';
import { evaluateFormula, formatGeneral, parseFormula, rewriteSheets, type EvalContext, type Formula, type Scalar } from '../../src/core/spreadsheet';
import { MAX_COLS } from './address';
import type { BoundFormula, SimCell, SimSheet, SimWorkbook } from './workbook-state';

const BLANK: Scalar = { kind: 'blank' };

/** Binds a parsed formula to the sheets its names designate now; the text takes each sheet's exact name. */
export function bindFormula(wb: SimWorkbook, parsed: Formula): { text: string; bound: BoundFormula } {
  const sheets = parsed.sheets.map((m) => wb.findSheet(m.name) ?? null);
  const bound = { parsed, sheets };
  return refreshed(bound);
}

/** The text after the bound sheets' renames and deletions, and the binding re-parsed on it. */
function refreshed(bound: BoundFormula): { text: string; bound: BoundFormula } {
  const { parsed, sheets } = bound;
  let changed = false;
  const text = rewriteSheets(parsed, (m) => {
    const sheet = sheets[parsed.sheets.indexOf(m)];
    if (!sheet) return undefined;
    if (sheet.deleted) {
      changed = true;
      return null;
    }
    if (sheet.name === m.name) return undefined;
    changed = true;
    return sheet.name;
  });
  if (!changed) return { text: `=${parsed.text}`, bound };
  const reparsed = parseFormula(text);
  if (!reparsed.ok) throw new Error(`simulator: rewritten formula does not parse: ${text}`);
  // A deleted sheet's mention became "#REF!" and left the list of mentions.
  return { text: `=${text}`, bound: { parsed: reparsed.formula, sheets: sheets.filter((s) => !s?.deleted) } };
}

/** After `sheet` was renamed or deleted: every formula bound to it, and every defined name naming it, rewritten. */
export function sheetChanged(wb: SimWorkbook, sheet: SimSheet, oldName: string): void {
  for (const s of wb.sheets) {
    for (const cell of s.cells.values()) {
      if (!cell.bound || !cell.bound.sheets.includes(sheet)) continue;
      const r = refreshed(cell.bound);
      cell.formula = r.text;
      cell.bound = r.bound;
    }
  }
  for (const n of wb.names) {
    const parsed = parseFormula(n.formula);
    if (!parsed.ok) continue;
    const key = oldName.toLowerCase();
    if (!parsed.formula.sheets.some((m) => m.name.toLowerCase() === key)) continue;
    n.formula = `=${rewriteSheets(parsed.formula, (m) => (m.name.toLowerCase() !== key ? undefined : sheet.deleted ? null : sheet.name))}`;
  }
  wb.touch();
}

interface Cache {
  generation: number;
  values: Map<SimCell, Scalar>;
  active: Set<SimCell>;
  /** Cells found on a cycle while computing: Excel shows 0 for them (with iterative calculation off). */
  circular: Set<SimCell>;
  parsedNames: Map<string, Formula | null>;
}

const caches = new WeakMap<SimWorkbook, Cache>();

function cacheOf(wb: SimWorkbook): Cache {
  let c = caches.get(wb);
  if (!c || c.generation !== wb.generation) {
    c = { generation: wb.generation, values: new Map(), active: new Set(), circular: new Set(), parsedNames: c?.parsedNames ?? new Map() };
    caches.set(wb, c);
  }
  return c;
}

function literal(cell: SimCell): Scalar {
  const v = cell.value;
  if (v === null || v === '') return BLANK;
  if (cell.isError) return { kind: 'error', code: String(v) as Extract<Scalar, { kind: 'error' }>['code'] };
  if (typeof v === 'number') return { kind: 'number', value: Decimal.fromNumber(v) };
  if (typeof v === 'boolean') return { kind: 'bool', value: v };
  return { kind: 'text', value: v };
}

/** The value Excel shows in a cell: its constant, or its formula's computed result. */
export function cellValue(wb: SimWorkbook, sheet: SimSheet, row: number, col: number): Scalar {
  const cell = sheet.cells.get(row * MAX_COLS + col);
  if (!cell) return BLANK;
  if (!cell.bound) return cell.formula === null ? literal(cell) : { kind: 'error', code: '#NAME?' };
  const cache = cacheOf(wb);
  const hit = cache.values.get(cell);
  if (hit) return hit;
  const zero: Scalar = { kind: 'number', value: Decimal.ZERO };
  if (cache.active.has(cell)) {
    cache.circular.add(cell);
    return zero;
  }
  cache.active.add(cell);
  let value: Scalar;
  try {
    value = evaluateFormula(cell.bound.parsed, contextOf(wb, sheet, cell.bound));
  } finally {
    cache.active.delete(cell);
  }
  if (cache.circular.has(cell)) value = zero;
  cache.values.set(cell, value);
  return value;
}

function contextOf(wb: SimWorkbook, own: SimSheet | null, bound: BoundFormula | null): EvalContext<SimSheet> {
  return {
    sheet: (mention) => {
      if (mention === null) return own;
      if (!bound) return wb.findSheet(mention.name) ?? null;
      const sheet = bound.sheets[bound.parsed.sheets.indexOf(mention)];
      return sheet && !sheet.deleted ? sheet : null;
    },
    cell: (s, r, c) => cellValue(wb, s, r, c),
    name: (name) => nameTarget(wb, name),
  };
}

/** A defined name, resolved when used: the cells its formula designates now, or its constant. */
function nameTarget(wb: SimWorkbook, name: string): ReturnType<EvalContext<SimSheet>['name']> {
  const n = wb.findName(name);
  if (!n) return null;
  const cache = cacheOf(wb);
  let parsed = cache.parsedNames.get(n.formula);
  if (parsed === undefined) {
    const r = parseFormula(n.formula);
    parsed = r.ok ? r.formula : null;
    cache.parsedNames.set(n.formula, parsed);
  }
  if (!parsed) return { kind: 'error', code: '#NAME?' };
  const ast = parsed.ast;
  if (ast.type === 'ref') {
    const sheet = ast.deleted || !ast.sheet ? null : wb.findSheet(ast.sheet.name);
    return sheet ? { sheet, area: ast.area } : { kind: 'error', code: '#REF!' };
  }
  return evaluateFormula(parsed, contextOf(wb, null, null));
}

/** As Office.js returns a cell's value and its RangeValueType. */
export function officeValue(s: Scalar): { value: string | number | boolean; type: string } {
  switch (s.kind) {
    case 'number':
      return { value: s.value.toNumber(), type: 'Double' };
    case 'text':
      return { value: s.value, type: 'String' };
    case 'bool':
      return { value: s.value, type: 'Boolean' };
    case 'error':
      return { value: s.code, type: 'Error' };
    case 'blank':
      return { value: '', type: 'Empty' };
  }
}

/** The text Excel shows, in General form (number formats are not applied). */
export function displayText(s: Scalar): string {
  switch (s.kind) {
    case 'number':
      return formatGeneral(s.value);
    case 'text':
      return s.value;
    case 'bool':
      return s.value ? 'TRUE' : 'FALSE';
    case 'error':
      return s.code;
    case 'blank':
      return '';
  }
}
