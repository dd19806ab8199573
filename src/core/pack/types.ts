/**
 * Template pack: the declarative description of a reporting campaign — who reports, which annex
 * tables, which indicators, which rules. Loaded from JSON and checked by `loadPack` (schema.ts);
 * everything downstream (renderer, validation, merge) trusts these types.
 */

/** Kind of reporting unit, as the federation's statistics distinguish them. */
export type UnitKind = 'province' | 'district' | 'sector' | 'grassroots';

export interface ReportingUnit {
  /** Stable code, e.g. "H01"; used in file names and as the unit's identity inside workbooks. */
  code: string;
  name: string;
  kind: UnitKind;
  /** Code of the unit above (the issuer, or a district for its grassroots unions). */
  parent: string;
  /** Place written in the date line under each annex ("Ba Bể, ngày … tháng … năm …"); default the issuer's. */
  place?: string;
}

/** The federation that runs the campaign: the root of the units' tree, of kind `province`. */
export interface Issuer {
  code: string;
  name: string;
  /** Place of the date line (e.g. "Bắc Kạn"). */
  place?: string;
}

export interface Department {
  id: string;
  name: string;
  /** Headings of the department's draft topical report (plan 56: its "nội dung chuyên đề"), in order. */
  topics?: string[];
}

/**
 * A congress whose resolution's targets the campaign reviews (e.g. Đại hội IX Công đoàn tỉnh, Đại
 * hội XII Công đoàn Việt Nam). Its term runs from the day it opened to the planned end of the term:
 * the projection of a term-total target runs over exactly that span.
 */
export interface Congress {
  id: string;
  name: string;
  /** ISO date the congress opened. */
  held: string;
  /** ISO date the term ends (the next congress, as planned). */
  termEnd: string;
  /** Where these dates come from: a document, or "ví dụ — tỉnh điền". */
  source?: string;
}

export interface Campaign {
  /** Congress term, e.g. 2018–2023. */
  termStart: number;
  termEnd: number;
  /** Human label of the period of the figures, e.g. "đến 31/12/2020". */
  periodLabel: string;
  /** ISO date of the end of the reporting period (figures "đến" this day). */
  periodEnd: string;
  /** ISO date by which units must send their workbooks. */
  deadline: string;
  /** Reference of the plan that orders the campaign, shown under the annex title. */
  reference: string;
  /**
   * The congresses whose targets are reviewed; a target names its congress. Without them a term
   * runs from 1/1 of termStart to 1/1 of termEnd. A period that ends after the deadline
   * (periodEnd > deadline) makes its last figures estimates ("ước thực hiện"): see ValueColumn.year/period.
   */
  congresses?: Congress[];
}

/** Number type of a value cell; decides validation, number format and merge arithmetic. */
export type NumberType = 'integer' | 'money' | 'decimal' | 'percent' | 'text';

/**
 * Column kinds: `input` cells are typed in by the unit, `computed` cells carry a formula over other
 * columns of the same row, `text` is free text (notes).
 */
export type ColumnKind = 'input' | 'computed' | 'text';

export interface ValueColumn {
  /** Column code shown in the code row under the header: "1", "2", "3" … */
  code: string;
  title: string;
  /** Optional top header spanning consecutive columns with the same group (merged cell). */
  group?: string;
  kind: ColumnKind;
  /** Default number type of the column's cells; a row may override it. */
  type: NumberType;
  /** Formula over column codes of the same row, e.g. "{c2} / {c1} * 100" (computed columns). */
  formula?: string;
  /** Label of the code cell when it carries a formula hint, e.g. "3 = 2/1". */
  codeLabel?: string;
  /** Column width in characters. */
  width?: number;
  /** Decimals allowed for money/decimal cells (default: money 0, decimal 2, percent 1). */
  decimals?: number;
  /** The column holds one year's figures (finance 2018, 2019, 2020): the trend reads them; a year that ends after the deadline is an estimate. */
  year?: number;
  /** `toPeriodEnd`: cumulative to the end of the period ("từ đầu nhiệm kỳ đến 31/12/2020"), an estimate when the period ends after the deadline. */
  period?: 'toPeriodEnd';
}

export type RowKind = 'header' | 'input' | 'computed';

/** How an indicator is aggregated when units are merged (after DHIS2's aggregation types). */
export type Aggregation =
  | { type: 'sum' }
  | { type: 'ratio'; numerator: string; denominator: string; scale: number }
  | { type: 'min' }
  | { type: 'max' }
  | { type: 'text' }
  | { type: 'none' };

export interface IndicatorRow {
  /** Row code, the "Mã số" column: "1", "1.1", "22" … */
  code: string;
  /** Ordinal shown in the STT column: "I", "1", "a", "-" … */
  stt?: string;
  label: string;
  /** Indentation level of the label (0 = top). */
  level: number;
  /** Unit of measure shown in the "Đơn vị tính" column. */
  unit?: string;
  kind: RowKind;
  /** Overrides the column's number type for this row (e.g. a rate target in a count column). */
  type?: NumberType;
  /** Formula over row codes of the same column, e.g. "{r1.1} + {r1.2}" (computed rows). */
  formula?: string;
  aggregation: Aggregation;
  /** Input cells of this row that must be filled (default: not required). */
  required?: boolean;
  /** Congress target of the issuing federation for this indicator (targets annex). */
  target?: TargetSpec;
  /** Allow negative values (e.g. a balance); default false. */
  allowNegative?: boolean;
  /** Decimals allowed for this row's money/decimal cells; overrides the column. */
  decimals?: number;
  /**
   * Per-column exceptions to the row's kind: "input" makes a cell of a computed row typed in
   * (the target of a rate), "none" leaves a cell empty (a balance in a "total of years" column).
   */
  cells?: Record<string, CellOverride>;
  /** The kinds of unit asked for this row (default: the annex's); for other kinds its cells are `none`. */
  forKinds?: UnitKind[];
  /** A transfer inside the union, eliminated when both sides are merged. */
  transfer?: Transfer;
  /** A key indicator of its annex: compared across units on the overview, in charts and sentences. */
  key?: boolean;
}

export type CellOverride = 'input' | 'none';

/** Measure of a target: a total over the congress term, a level reached every year, or a rate to reach. */
export type TargetMeasure = 'termTotal' | 'annual' | 'rate';

/** Which way a target is met: at least the target (most), or at most (stoppages, arrears). */
export type TargetDirection = '>=' | '<=';

/**
 * A congress target on an indicator row (the targets annex). In the pack's JSON a bare number means
 * `{ "value": n }`; the loader always gives this shape.
 */
export interface TargetSpec {
  /** The issuer's target; null: "chưa có chỉ tiêu" — the province fills it in (never read as 0). */
  value: number | null;
  /** Congress.id of the resolution that set it. */
  congress?: string;
  /** Default: `rate` when the row's result is a percentage, else `termTotal`. */
  measure?: TargetMeasure;
  /** Default `>=`. */
  direction?: TargetDirection;
  /** Citation of the value, or "ví dụ — tỉnh điền". */
  source?: string;
  /** For `annual`: the column codes of the yearly results, in year order. */
  years?: string[];
}

/**
 * Money moved inside the union between a unit and the level above or below it (paid up, granted
 * down). At a merge that includes both sides the pair is eliminated from the consolidated figures
 * (see core/merge); `counterpart` is the row of the same annex holding the other side.
 */
export type TransferDirection = 'toParent' | 'fromChildren' | 'fromParent' | 'toChildren';

export interface Transfer {
  direction: TransferDirection;
  counterpart: string;
}

export interface Annex {
  /** Annex id, e.g. "PL01". */
  id: string;
  /** Short label, e.g. "Phụ lục 01". */
  label: string;
  title: string;
  /** Worksheet name (≤ 31 characters, no []:*?/\). */
  sheetName: string;
  /** Department that compiles this annex (for a department's subset at merge). */
  department: string;
  /** Title of the label column, default "Chỉ tiêu". */
  labelTitle?: string;
  columns: ValueColumn[];
  rows: IndicatorRow[];
  /** Note printed under the table. */
  note?: string;
  /** The kinds of unit that fill this annex (default: every kind); others are neither given nor asked for it. */
  forKinds?: UnitKind[];
  /** Signature block under the table; replaces the pack's. */
  signature?: SignatureSpec;
}

/** One signature column under an annex: "NGƯỜI LẬP BIỂU", "KẾ TOÁN", "TM. BAN THƯỜNG VỤ" / "CHỦ TỊCH". */
export interface SignatureBlock {
  title: string;
  subtitle?: string;
  /** Shown only on the forms of these kinds of unit (default: all). */
  forKinds?: UnitKind[];
}

export interface SignatureSpec {
  /** The line "<place>, ngày … tháng … năm …" above the blocks. */
  dateLine: boolean;
  blocks: SignatureBlock[];
}

/** How much a rule's finding weighs: an error blocks the unit's merge unless overridden, a warning needs an explanation. */
export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** A text in both languages of the product. */
export interface LocalText {
  vi: string;
  en: string;
}

/**
 * A rule record of the pack, as written in its JSON (docs/rules.md). The rule checker
 * (rules/check-rules.ts) accepts a record only when it is well made — every reference resolves,
 * `check` parses, the message's placeholders are known — and compiles it; a loaded pack's records
 * are therefore of these shapes.
 */
interface RuleRecordBase {
  id: string;
  /** The annex that references without an annex refer to; findings are filed under it. */
  annex: string;
  severity: Severity;
  /** Free text for whoever maintains the pack; never shown to the units. */
  note?: string;
}

export interface CompareRuleRecord extends RuleRecordBase {
  kind?: 'compare';
  /** "c1-3", "r1-11, 13-14": the rows or columns the rule is applied to. */
  for?: string;
  /** A comparison in the expression language: "{r1} = sum({r1.1-1.3})". */
  check: string;
  missing?: 'skipIfAny' | 'skipIfAll' | 'zero';
  tolerance?: { abs: number } | { rel: number };
  divideByZero?: 'skip' | 'report';
  message: LocalText;
}

export interface PresenceRuleRecord extends RuleRecordBase {
  kind: 'compulsoryPair' | 'exclusivePair';
  for?: string;
  /** Two references to single cells. */
  cells: [string, string];
  /** compulsoryPair: one way — the second must be filled when the first is a number other than 0. */
  when?: 'nonZero';
  message: LocalText;
}

export interface TargetRuleRecord extends RuleRecordBase {
  kind: 'target';
  /** Row codes, "1-14" or "r1-14". */
  rows: string;
  /** Columns, "c1": the target, the result, and optionally the unit's own expectation. */
  target: string;
  result: string;
  expected?: string;
  message?: LocalText;
}

export type PackRule = CompareRuleRecord | PresenceRuleRecord | TargetRuleRecord;

export interface TemplatePack {
  /** Version of the pack format itself: 2 adds everything marked optional since format 1. */
  format: 1 | 2;
  id: string;
  version: string;
  title: string;
  /** Says what the pack is (e.g. "an editable default, not official figures"). */
  notice: string;
  issuer: Issuer;
  campaign: Campaign;
  departments: Department[];
  units: ReportingUnit[];
  annexes: Annex[];
  rules: PackRule[];
  /** Signature block under every annex (an annex's own replaces it). */
  signature?: SignatureSpec;
  /** Rewordings of the generated sentences (overview "Nhận định", draft reports), by key; defaults in core/i18n. */
  sentences?: Record<string, LocalText>;
}
