import { fill, type Lang, type Params } from '../i18n/format';
import { builtinMessages, formulaTroubleMessages } from '../i18n/validation-messages';
import { Decimal } from '../numbers/decimal';
import { formatDecimal } from '../numbers/format';
import type { NumberType, TemplatePack } from '../pack/types';
import { type CellRole } from '../pack/cells';
import type { FormulaTrouble } from '../report/formula-values';
import type { CellValue } from '../report/cell-source';
import type { ReportCell, UnitReport } from '../report/unit-report';
import { coerceCell, numberOf, type Coerced } from './coerce';
import { makeFinding, type Finding } from './finding';
import type { Figure, FigureReader } from './figures';
import { packIndex, type AnnexIndex } from '../pack/pack-index';
import { type Severity } from '../pack/types';

/**
 * Built-in checks: derived from the pack, no rule to write. One table; each check looks at one cell
 * (its coerced value, its role, its type) and says at most one thing. Coercion happens once, in
 * `coerceCell`, shared with the evaluator.
 */

export interface CellCheckContext {
  annex: AnnexIndex;
  annexId: string;
  sheetName: string;
  rowCode: string;
  colCode: string;
  role: Exclude<CellRole, 'none'>;
  type: NumberType;
  decimals: number;
  required: boolean;
  allowNegative: boolean;
  cell: ReportCell;
  value: Coerced;
  figures: FigureReader;
}

type BuiltinKey = keyof typeof builtinMessages;

interface Problem {
  key: BuiltinKey;
  severity: Severity;
  params?: (lang: Lang) => Params;
  fix?: number;
}

type CellCheck = (c: CellCheckContext) => Problem | null;

const isInput = (c: CellCheckContext) => c.role === 'input' && c.type !== 'text';
const isComputed = (c: CellCheckContext) => c.role === 'computed-row' || c.role === 'computed-col';
const numberIn = (c: CellCheckContext): Decimal | null => numberOf(c.value);
const show = (d: Decimal) => (lang: Lang) => ({ value: formatDecimal(d, lang) });

/** A figure the cell's formula note explains already: its error value or its blank is not said twice. */
const explained = (c: CellCheckContext, ...kinds: string[]) => c.cell.formulaNote !== undefined && kinds.includes(c.cell.formulaNote.kind);

/** The checks, in the order their findings are listed for one cell. */
export const CELL_CHECKS: ReadonlyArray<{ id: BuiltinKey; check: CellCheck }> = [
  { id: 'builtin.formulaUncomputable', check: uncomputable },
  { id: 'builtin.formulaBroken', check: brokenReference },
  { id: 'builtin.formulaDisagrees', check: disagrees },
  {
    id: 'builtin.errorValue',
    check: (c) =>
      c.value.kind === 'error' && c.type !== 'text' && !explained(c, 'brokenRef', 'disagrees') ? { key: 'builtin.errorValue', severity: 'error', params: () => ({ code: (c.value as { code: string }).code }) } : null,
  },
  {
    id: 'builtin.required',
    check: (c) => (isInput(c) && c.required && c.value.kind === 'blank' && !explained(c, 'uncomputable') ? { key: 'builtin.required', severity: 'error' } : null),
  },
  {
    id: 'builtin.textNumber',
    check: (c) => {
      if (!isInput(c) || c.value.kind !== 'textNumber') return null;
      const { text, value } = c.value;
      return { key: 'builtin.textNumber', severity: 'warning', params: (lang) => ({ text, number: formatDecimal(value, lang) }), fix: value.toNumber() };
    },
  },
  {
    id: 'builtin.formulaText',
    check: (c) => (isInput(c) && c.value.kind === 'formulaText' ? { key: 'builtin.formulaText', severity: 'error', params: () => ({ text: (c.value as { text: string }).text }) } : null),
  },
  {
    id: 'builtin.notNumber',
    check: (c) => (isInput(c) && c.value.kind === 'text' ? { key: 'builtin.notNumber', severity: 'error', params: () => ({ text: (c.value as { text: string }).text }) } : null),
  },
  {
    id: 'builtin.bool',
    check: (c) => (isInput(c) && c.value.kind === 'bool' ? { key: 'builtin.bool', severity: 'error' } : null),
  },
  {
    id: 'builtin.negative',
    check: (c) => {
      const n = numberIn(c);
      return isInput(c) && n && n.isNegative() && !c.allowNegative ? { key: 'builtin.negative', severity: 'error', params: show(n) } : null;
    },
  },
  {
    id: 'builtin.integer',
    check: (c) => {
      const n = numberIn(c);
      return isInput(c) && n && c.type === 'integer' && !n.isInteger() ? { key: 'builtin.integer', severity: 'error', params: show(n) } : null;
    },
  },
  {
    id: 'builtin.decimals',
    check: (c) => {
      const n = numberIn(c);
      if (!isInput(c) || !n || c.type === 'integer' || n.decimalPlaces() <= c.decimals) return null;
      return { key: 'builtin.decimals', severity: 'error', params: (lang) => ({ value: formatDecimal(n, lang, 12), decimals: String(c.decimals) }) };
    },
  },
  {
    id: 'builtin.percentRange',
    check: (c) => {
      const n = numberIn(c);
      return isInput(c) && n && c.type === 'percent' && (n.isNegative() || n.gt(Decimal.HUNDRED)) ? { key: 'builtin.percentRange', severity: 'error', params: show(n) } : null;
    },
  },
  {
    id: 'builtin.formulaOverwritten',
    check: (c) => {
      if (!isComputed(c) || c.cell.hasFormula || c.value.kind === 'blank') return null;
      const typed = numberOf(c.value);
      const recomputed = c.figures.figure({ annexId: c.annexId, rowCode: c.rowCode, colCode: c.colCode });
      // The figure it would show anyway: only the formula is gone (said once per annex, builtin.formulaLost).
      if (!typedOver(c.value, recomputed)) return null;
      const shown = (lang: Lang) => (typed ? formatDecimal(typed, lang) : `"${cellShown(c.value)}"`);
      if (recomputed.kind === 'number') {
        return { key: 'builtin.formulaOverwritten', severity: 'warning', params: (lang) => ({ value: shown(lang), computed: formatDecimal(recomputed.value, lang) }) };
      }
      return { key: 'builtin.formulaOverwrittenBlank', severity: 'warning', params: (lang) => ({ value: shown(lang) }) };
    },
  },
];

const TOLERANCE = Decimal.parse('0.000000001')!;

/**
 * A computed cell without its formula holds something else than its figure recomputed from the
 * inputs (someone typed over it) — not merely the same figure, or nothing, where a program that saves
 * no formulas left it. Numbers within a relative 1e-9: the file's double against the exact decimal.
 */
export function typedOver(value: Coerced, recomputed: Figure): boolean {
  if (value.kind === 'blank') return false;
  const typed = numberOf(value);
  if (!typed || recomputed.kind !== 'number') return true;
  const scale = Decimal.max(Decimal.ONE, Decimal.max(typed.abs(), recomputed.value.abs()));
  return typed.sub(recomputed.value).abs().gt(scale.mul(TOLERANCE));
}

/** Errors for a figure the merge reads; warnings for a computed cell, whose figure is recomputed anyway. */
const figureSeverity = (c: CellCheckContext): Severity => (c.role === 'input' ? 'error' : 'warning');

function uncomputable(c: CellCheckContext): Problem | null {
  const note = c.cell.formulaNote;
  if (note?.kind !== 'uncomputable') return null;
  return { key: 'builtin.formulaUncomputable', severity: figureSeverity(c), params: (lang) => ({ formula: note.formula, why: troubleText(note.trouble, lang) }) };
}

function brokenReference(c: CellCheckContext): Problem | null {
  const note = c.cell.formulaNote;
  if (note?.kind !== 'brokenRef') return null;
  return { key: 'builtin.formulaBroken', severity: figureSeverity(c), params: (lang) => ({ formula: note.formula, cached: valueShown(c.cell.value, lang) }) };
}

function disagrees(c: CellCheckContext): Problem | null {
  const note = c.cell.formulaNote;
  if (note?.kind !== 'disagrees') return null;
  return { key: 'builtin.formulaDisagrees', severity: 'error', params: (lang) => ({ formula: note.formula, cached: valueShown(note.cached, lang), value: valueShown(c.cell.value, lang) }) };
}

export function troubleText(trouble: FormulaTrouble, lang: Lang): string {
  const params: Params = trouble.kind === 'function' ? { at: trouble.at, names: trouble.names.join(', ') } : { at: trouble.at };
  return fill(formulaTroubleMessages[`trouble.${trouble.kind}`][lang], params, lang);
}

/** A cell's value as the user sees it in a message: a number the Vietnamese or English way, a text quoted, an error's code. */
function valueShown(v: CellValue, lang: Lang): string {
  switch (v.kind) {
    case 'number':
      return Number.isFinite(v.value) ? formatDecimal(Decimal.fromNumber(v.value), lang) : String(v.value);
    case 'text':
      return `"${v.text}"`;
    case 'bool':
      return v.value ? 'TRUE' : 'FALSE';
    case 'error':
      return v.code;
    case 'blank':
      return lang === 'vi' ? '(trống)' : '(empty)';
  }
}

function cellShown(v: Coerced): string {
  switch (v.kind) {
    case 'text':
    case 'formulaText':
    case 'textNumber':
      return v.text;
    case 'bool':
      return v.value ? 'TRUE' : 'FALSE';
    case 'error':
      return v.code;
    default:
      return '';
  }
}

export function runBuiltins(report: UnitReport, pack: TemplatePack, figures: FigureReader): Finding[] {
  const findings: Finding[] = [];
  const index = packIndex(pack);
  for (const [annexId, annexReport] of report.annexes) {
    const annex = index.annex(annexId)!;
    for (const rowCode of annex.rowOrder) {
      const cells = annexReport.cells.get(rowCode);
      if (!cells) continue;
      const row = annex.row(rowCode)!;
      for (const colCode of annex.colOrder) {
        const cell = cells.get(colCode);
        const role = annex.role(rowCode, colCode);
        if (!cell || !role || role === 'none') continue;
        const ctx: CellCheckContext = {
          annex,
          annexId,
          sheetName: annexReport.sheetName,
          rowCode,
          colCode,
          role,
          type: annex.type(rowCode, colCode)!,
          decimals: annex.decimals(rowCode, colCode),
          required: row.required === true,
          allowNegative: row.allowNegative === true,
          cell,
          value: coerceCell(cell.value),
          figures,
        };
        for (const { id, check } of CELL_CHECKS) {
          const p = check(ctx);
          if (!p) continue;
          const template = builtinMessages[p.key];
          findings.push(
            makeFinding({
              kind: 'builtin',
              ruleId: id,
              severity: p.severity,
              annexId,
              sheetName: annexReport.sheetName,
              cells: [{ annexId, sheetName: annexReport.sheetName, address: cell.address, rowCode, colCode }],
              label: row.label,
              message: { vi: fill(template.vi, p.params?.('vi'), 'vi'), en: fill(template.en, p.params?.('en'), 'en') },
              ...(p.fix !== undefined && { fix: { address: cell.address, value: p.fix } }),
            }),
          );
        }
      }
    }
  }
  return findings;
}
