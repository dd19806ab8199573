/**
 * What Excel makes of a value written through `range.values` / `range.formulas`: the same as if the
 * user had typed it (en-US rules). "=…" becomes a formula; "+…", "-…", "@…" are read as formulas or
 * numbers; numeric, date, time and TRUE/FALSE text is converted; a leading apostrophe keeps the rest
 * as text; "#N/A", "#REF!"… become error values; a cell already formatted as Text ("@") keeps
 * everything as typed.
 * The simulator reproduces these conversions so that an adapter that writes labels naively fails.
 */
import { checkFormula, parseFormula, type Formula } from '../../src/core/spreadsheet';
import { SimOfficeError } from './errors';
import type { CellScalar } from './workbook-state';

export interface CellEntry {
  value: CellScalar | null;
  formula: string | null;
  quotePrefix: boolean;
  /** An error constant typed as such ("#N/A"): `value` holds its text. */
  isError?: boolean;
  /** Number format Excel applies by itself (dates, percentages), if any. */
  impliedFormat?: string;
  /** The formula, parsed. */
  parsed?: Formula;
}

/** The error values Excel accepts as typed constants (case-insensitive), in its own spelling. */
const ERROR_VALUES = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!'];

const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?$/;
const DATE = /^(\d{1,2})[/-](\d{1,2})(?:[/-](\d{2,4}))?$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** Returns null when the entry leaves the cell unchanged (Office.js ignores null in input arrays). */
export function interpretInput(input: unknown, cellIsText: boolean, location: string): CellEntry | null {
  if (input === null || input === undefined) return null;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new SimOfficeError('InvalidArgument', undefined, location);
    return { value: input, formula: null, quotePrefix: false };
  }
  if (typeof input === 'boolean') return { value: input, formula: null, quotePrefix: false };
  if (typeof input !== 'string') throw new SimOfficeError('InvalidArgument', undefined, location);
  if (input === '') return { value: null, formula: null, quotePrefix: false };
  if (cellIsText) return { value: input, formula: null, quotePrefix: false };
  if (input.startsWith("'")) return { value: input.slice(1), formula: null, quotePrefix: true };
  if (input.startsWith('=')) return formulaEntry(input, location);

  const trimmed = input.trim();
  const error = ERROR_VALUES.find((e) => e === trimmed.toUpperCase());
  if (error) return { value: error, formula: null, quotePrefix: false, isError: true };
  const asNumber = numberOf(trimmed);
  if (asNumber !== null) return asNumber;
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === 'true', formula: null, quotePrefix: false };
  const date = DATE.exec(trimmed);
  if (date) {
    const serial = dateSerial(Number(date[1]), Number(date[2]), date[3] === undefined ? 2026 : Number(date[3]));
    if (serial !== null) return { value: serial, formula: null, quotePrefix: false, impliedFormat: 'm/d/yyyy' };
  }
  const time = TIME.exec(trimmed);
  if (time && Number(time[1]) < 24 && Number(time[2]) < 60) {
    return { value: (Number(time[1]) * 3600 + Number(time[2]) * 60 + Number(time[3] ?? 0)) / 86400, formula: null, quotePrefix: false, impliedFormat: 'h:mm' };
  }
  // Excel reads "+x", "-x" and "@x" as the start of a formula, like "=".
  if (/^[+\-@]/.test(input)) return formulaEntry(`=${input.startsWith('@') ? input.slice(1) : input}`, location);
  return { value: input, formula: null, quotePrefix: false };
}

function numberOf(text: string): CellEntry | null {
  const percent = text.endsWith('%');
  const body = percent ? text.slice(0, -1) : text;
  if (!/\d/.test(body) || !NUMBER.test(body)) return null;
  const n = Number(body.replace(/,/g, ''));
  if (!Number.isFinite(n)) return null;
  return percent ? { value: n / 100, formula: null, quotePrefix: false, impliedFormat: '0%' } : { value: n, formula: null, quotePrefix: false };
}

function dateSerial(month: number, day: number, year: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const fullYear = year < 100 ? (year < 30 ? 2000 + year : 1900 + year) : year;
  const t = Date.UTC(fullYear, month - 1, day);
  if (new Date(t).getUTCDate() !== day) return null;
  return Math.round((t - Date.UTC(1899, 11, 30)) / 86400000);
}

/**
 * A formula is parsed as Excel parses it (src/core/spreadsheet): one Excel would refuse ("There's a
 * problem with this formula") is refused with InvalidArgument. So is a function the evaluator does
 * not know, or a known one with a wrong number of arguments — stricter than Excel, which would keep
 * an unknown name and show #NAME?: a test must never write a formula whose value cannot be computed.
 */
export function formulaEntry(formula: string, location: string): CellEntry {
  const parsed = parseFormula(formula);
  if (!parsed.ok) throw new SimOfficeError('InvalidArgument', `The formula "${formula}" contains an error: ${parsed.message} (at ${parsed.position}).`, location);
  const problems = checkFormula(parsed.formula);
  if (problems.length) throw new SimOfficeError('InvalidArgument', `The formula "${formula}" is refused: ${problems.join('; ')}.`, location);
  return { value: null, formula, quotePrefix: false, parsed: parsed.formula };
}
