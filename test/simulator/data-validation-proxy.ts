/** A range's data validation: rule, error alert, blanks; stored as one shared object per validated block. */
import type { ContextCore } from './client-object';
import { fail } from './errors';
import { assertEditable } from './protection-rules';
import { boundedCells, checkBoolean, forEachCell, type RangeTarget } from './range-cells';
import { RangePart } from './range-format-proxies';
import type { SimRange } from './range-proxies';
import type { SimValidation } from './workbook-state';

const OPERATORS = ['Between', 'NotBetween', 'EqualTo', 'NotEqualTo', 'GreaterThan', 'LessThan', 'GreaterThanOrEqualTo', 'LessThanOrEqualTo'];
const RULE_KINDS: Record<string, string> = { wholeNumber: 'WholeNumber', decimal: 'Decimal', textLength: 'TextLength', list: 'List', custom: 'Custom', date: 'Date', time: 'Time' };

/** Checks a rule as Excel's data-validation dialog would (bounds present, ordered, whole for whole numbers). */
function checkRule(rule: unknown, location: string): Record<string, unknown> {
  if (!rule || typeof rule !== 'object') fail('InvalidArgument', location);
  const keys = Object.keys(rule).filter((k) => (rule as Record<string, unknown>)[k] !== undefined);
  if (keys.length !== 1 || !RULE_KINDS[keys[0]]) fail('InvalidArgument', location, 'A data validation rule needs exactly one criterion.');
  const kind = keys[0];
  const body = (rule as Record<string, unknown>)[kind] as Record<string, unknown> | undefined;
  if (!body || typeof body !== 'object') fail('InvalidArgument', location);
  if (kind === 'wholeNumber' || kind === 'decimal' || kind === 'textLength') {
    const op = body.operator;
    if (typeof op !== 'string' || !OPERATORS.includes(op)) fail('InvalidArgument', location, `Unknown operator ${String(op)}.`);
    const needsTwo = op === 'Between' || op === 'NotBetween';
    const f1 = bound(body.formula1, kind, location);
    const f2 = needsTwo ? bound(body.formula2, kind, location) : null;
    if (!needsTwo && body.formula2 !== undefined) fail('InvalidArgument', location);
    if (typeof f1 === 'number' && typeof f2 === 'number' && f2 < f1) fail('InvalidArgument', location, 'The Maximum must be greater than or equal to the Minimum.');
  }
  return JSON.parse(JSON.stringify(rule)) as Record<string, unknown>;
}

function bound(v: unknown, kind: string, location: string): number | string {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) fail('InvalidArgument', location);
    if (kind !== 'decimal' && !Number.isInteger(v)) fail('InvalidArgument', location, 'A whole-number bound must be an integer.');
    return v;
  }
  if (typeof v === 'string' && v.trim() !== '') {
    if (v.startsWith('=')) return v;
    const n = Number(v);
    if (!Number.isFinite(n)) fail('InvalidArgument', location);
    return n;
  }
  return fail('InvalidArgument', location, 'A data validation bound is missing.');
}

/** Excel reports bounds as formulas ("=0"), whatever was set. */
function ruleAsReported(rule: Record<string, unknown> | null): Record<string, unknown> | null {
  if (!rule) return null;
  const [kind] = Object.keys(rule);
  const body = { ...(rule[kind] as Record<string, unknown>) };
  for (const f of ['formula1', 'formula2']) {
    const v = body[f];
    if (v !== undefined && !(typeof v === 'string' && v.startsWith('='))) body[f] = `=${String(v)}`;
  }
  return { [kind]: body };
}

/** Excel's limits for the error alert: a longer text is refused. */
export const MAX_ALERT_TITLE = 32;
export const MAX_ALERT_MESSAGE = 255;

export class SimDataValidation extends RangePart {
  constructor(context: ContextCore, range: SimRange) {
    super(context, 'DataValidation', range);
  }

  private validationsIn(t: RangeTarget): Array<SimValidation | null> {
    boundedCells(t, 'DataValidation');
    const found = new Set<SimValidation | null>();
    for (let i = 0; i < t.rect.rows; i++) for (let j = 0; j < t.rect.cols; j++) found.add(t.sheet.peek(t.rect.row + i, t.rect.col + j).validation);
    return [...found];
  }

  protected scalars(): Record<string, (t: RangeTarget) => unknown> {
    const single = (t: RangeTarget): SimValidation | null | undefined => {
      const list = this.validationsIn(t);
      return list.length === 1 ? list[0] : undefined;
    };
    return {
      type: (t) => {
        const v = single(t);
        if (v === undefined) return 'Inconsistent';
        if (v === null || v.rule === null) return 'None';
        return RULE_KINDS[Object.keys(v.rule)[0]];
      },
      rule: (t) => {
        const v = single(t);
        return v ? ruleAsReported(v.rule) : null;
      },
      errorAlert: (t) => single(t)?.errorAlert ?? null,
      ignoreBlanks: (t) => single(t)?.ignoreBlanks ?? null,
    };
  }

  get type(): string {
    return this.read('type');
  }

  get rule(): Record<string, unknown> {
    return this.read('rule');
  }
  /** A new rule covers the whole range, replacing what its cells had (keeping a shared error alert). */
  set rule(rule: Record<string, unknown>) {
    this.write('rule', rule, (t) => {
      const location = 'DataValidation.rule';
      const checked = checkRule(rule, location);
      assertEditable(t.sheet, 'structure', location);
      const previous = this.validationsIn(t);
      const inherited = previous.length === 1 ? previous[0] : null;
      const validation: SimValidation = {
        rect: { ...t.rect },
        rule: checked,
        errorAlert: inherited ? { ...inherited.errorAlert } : { showAlert: true, style: 'Stop', title: '', message: '' },
        ignoreBlanks: inherited ? inherited.ignoreBlanks : true,
      };
      forEachCell(t, (c) => (c.validation = validation));
    });
  }

  get errorAlert(): Record<string, unknown> {
    return this.read('errorAlert');
  }
  set errorAlert(alert: Record<string, unknown>) {
    this.write('errorAlert', alert, (t) => {
      const location = 'DataValidation.errorAlert';
      const { showAlert, style, title, message } = alert as Partial<Record<string, unknown>>;
      if (showAlert !== undefined && typeof showAlert !== 'boolean') fail('InvalidArgument', location);
      if (style !== undefined && !['Stop', 'Warning', 'Information'].includes(style as string)) fail('InvalidArgument', location);
      if (title !== undefined && (typeof title !== 'string' || title.length > MAX_ALERT_TITLE)) fail('InvalidArgument', location, 'The error alert title is too long.');
      if (message !== undefined && (typeof message !== 'string' || message.length > MAX_ALERT_MESSAGE)) fail('InvalidArgument', location, 'The error alert message is too long.');
      assertEditable(t.sheet, 'structure', location);
      this.eachValidation(t, (v) => Object.assign(v.errorAlert, JSON.parse(JSON.stringify(alert))));
    });
  }

  get ignoreBlanks(): boolean {
    return this.read('ignoreBlanks');
  }
  set ignoreBlanks(v: boolean) {
    this.write('ignoreBlanks', v, (t) => {
      checkBoolean(v, 'DataValidation.ignoreBlanks');
      assertEditable(t.sheet, 'structure', 'DataValidation.ignoreBlanks');
      this.eachValidation(t, (val) => (val.ignoreBlanks = v));
    });
  }

  clear(): void {
    this.call('clear', (t) => {
      assertEditable(t.sheet, 'structure', 'DataValidation.clear');
      boundedCells(t, 'DataValidation.clear');
      forEachCell(t, (c) => (c.validation = null));
    });
  }

  /** Cells without a validation get an empty one, so an alert set before the rule is kept. */
  private eachValidation(t: RangeTarget, fn: (v: SimValidation) => void): void {
    const fresh: SimValidation = { rect: { ...t.rect }, rule: null, errorAlert: { showAlert: true, style: 'Stop', title: '', message: '' }, ignoreBlanks: true };
    const seen = new Set<SimValidation>();
    forEachCell(t, (c) => {
      c.validation ??= fresh;
      seen.add(c.validation);
    });
    seen.forEach(fn);
  }
}
