import { checksMessages, type ChecksMessageKey } from '../i18n/checks-messages';
import { fill } from '../i18n/format';
import { excelString, liveText } from '../expr/formula-text';
import type { CellKey } from '../pack/cell-key';
import {
  compareFormulas,
  compareMessageFormula,
  presenceVerdict,
  severityCode,
  targetFormulas,
  VERDICT,
  type VerdictCode,
} from '../rules/compile-formula';
import { BUILTIN_SEVERITY } from '../rules/figure-formula';
import { quoteSheet } from '../sheet/address';
import type { CheckContext } from './check-context';
import { lineOf, type CheckLine, type LineDraft } from './check-lines';
import { FIG, flagColumn, LINE } from './layout';
import { abs, T } from './sheet-refs';

/**
 * Part I of the check sheet: one writer per kind of line. Each writes the line's message (live: its
 * values filled in by formulas once it fails), its values, its verdict formula with the verdict
 * cached for the workbook as written, and returns the line. A line whose formulas are past Excel's
 * limits is written as "kiểm tra bằng add-in" instead, never dropped.
 */
export function writeLine(ctx: CheckContext, d: LineDraft, row: number): CheckLine {
  switch (d.kind) {
    case 'structure':
      return structureLine(ctx, d, row);
    case 'compare':
      return compareLine(ctx, d, row);
    case 'presence':
      return presenceLine(ctx, d, row);
    case 'target':
      return targetLine(ctx, d, row);
    case 'builtin':
      return builtinLine(ctx, d, row);
    case 'addIn':
      return ctx.staticLine(row, d, T(`checks.${d.builtin}` as ChecksMessageKey), VERDICT.addIn);
    case 'notApplicable':
      return ctx.staticLine(row, d, T('checks.notApplicable', { annexes: d.missingAnnexes.join(', ') }), VERDICT.skipped);
  }
}

/** The annex's row codes and column codes where its layout says, compared with constant arrays. */
function structureLine(ctx: CheckContext, d: LineDraft & { kind: 'structure' }, row: number): CheckLine {
  const s = ctx.structure.get(d.annexId);
  const sheet = ctx.byAnnex.get(d.annexId);
  if (!s || !sheet) throw new Error(`check sheet: no annex sheet for ${d.annexId}`);
  const q = quoteSheet(sheet.name);
  const parts = [
    s.rowCodes.length ? `SUMPRODUCT(--(${q}!${s.rowRange}<>{${s.rowCodes.map((c) => excelString(c)).join(';')}}))` : '0',
    s.colCodes.length ? `SUMPRODUCT(--(${q}!${s.colRange}<>{${s.colCodes.map((c) => excelString(c)).join(',')}}))` : '0',
  ];
  const verdict = `IFERROR(IF(${parts.join('+')}=0,${VERDICT.passed},${VERDICT.error}),${VERDICT.error})`;
  const cached = s.intact ? VERDICT.passed : VERDICT.error;
  const long = ctx.tooLong(d, row, [verdict]);
  if (long) return long;
  ctx.setLine(row, d, T('checks.structure'), `${sheet.name}`);
  ctx.verdictColumns(row, verdict, cached);
  return lineOf(d, row, cached);
}

function compareLine(ctx: CheckContext, d: LineDraft & { kind: 'compare' }, row: number): CheckLine {
  const { rule, inst } = d.compare;
  const f = compareFormulas(rule, inst, ctx.refs);
  const [E, F, G, L] = [abs(row, LINE.left), abs(row, LINE.right), abs(row, LINE.diff), abs(row, LINE.verdict)];
  const verdict = f.verdict(E, F);
  const c = ctx.cache.compare(rule, inst, f.keys);
  const staticText = ctx.staticCompareText(rule, inst);
  const template = fill(rule.message.vi, ctx.staticPlaceholders(inst.scope, f.keys), 'vi');
  const message = `IF(${L}>=${VERDICT.info},${compareMessageFormula(template, { left: E, right: F, diff: G }, rule)},${excelString(staticText)})`;
  const long = ctx.tooLong(d, row, [f.left, f.right, verdict, message]);
  if (long) return long;
  ctx.setLine(row, d, { formula: message, cached: c.message ?? staticText }, ctx.cellsText(f.keys));
  ctx.cells.set(row, LINE.left, c.left, 'number', f.left);
  ctx.cells.set(row, LINE.right, c.right, 'number', f.right);
  const diff = typeof c.left === 'number' && typeof c.right === 'number' ? c.left - c.right : '';
  ctx.cells.set(row, LINE.diff, diff, 'number', `IF(AND(ISNUMBER(${E}),ISNUMBER(${F})),${E}-${F},"")`);
  ctx.verdictColumns(row, verdict, c.verdict);
  return lineOf(d, row, c.verdict);
}

function presenceLine(ctx: CheckContext, d: LineDraft & { kind: 'presence' }, row: number): CheckLine {
  const { rule, inst } = d.presence;
  const { refs } = ctx;
  const verdict = presenceVerdict(rule, inst, refs);
  const c = ctx.cache.presence(rule, inst);
  const [a, b] = inst.cells;
  const shown = (k: CellKey) => `IF(${refs.filled(k)}=1,${excelString(T('checks.presence.filled'))},${excelString(T('checks.presence.blank'))})`;
  const addr = (k: CellKey) => excelString(ctx.staticPlaceholders({}, [k]).cell);
  const ph = (k: CellKey) => ctx.staticPlaceholders(inst.scope, [k]);
  let params: Record<string, string>;
  if (rule.kind === 'compulsoryPair' && rule.when !== 'nonZero') {
    // The finding points at the empty one: which one depends on the figures.
    const pick = (x: string, y: string) => `IF(${refs.filled(a)}=1,${x},${y})`;
    params = {
      empty: pick(addr(b), addr(a)),
      filled: pick(addr(a), addr(b)),
      cell: pick(addr(b), addr(a)),
      row: pick(excelString(ph(b).row), excelString(ph(a).row)),
      col: pick(excelString(ph(b).col), excelString(ph(a).col)),
      label: pick(excelString(ph(b).label), excelString(ph(a).label)),
    };
  } else {
    params = { empty: addr(b), filled: addr(a), cell: addr(b), row: excelString(ph(b).row), col: excelString(ph(b).col), label: excelString(ph(b).label) };
  }
  const pending = T('checks.pending');
  const staticText = fill(rule.message.vi, { empty: pending, filled: pending, cell: pending, ...ph(a) }, 'vi');
  const message = `IF(${abs(row, LINE.verdict)}>=${VERDICT.info},${liveText(rule.message.vi, params)},${excelString(staticText)})`;
  const long = ctx.tooLong(d, row, [verdict, message]);
  if (long) return long;
  ctx.setLine(row, d, { formula: message, cached: c.message ?? staticText }, ctx.cellsText(inst.cells));
  const filledText = (k: CellKey) => (ctx.cache.filled(k) ? T('checks.presence.filled') : T('checks.presence.blank'));
  ctx.cells.set(row, LINE.left, filledText(a), 'center', shown(a));
  ctx.cells.set(row, LINE.right, filledText(b), 'center', shown(b));
  ctx.verdictColumns(row, verdict, c.verdict);
  return lineOf(d, row, c.verdict);
}

function targetLine(ctx: CheckContext, d: LineDraft & { kind: 'target' }, row: number): CheckLine {
  const { rule, spec, hasExpected } = d.target;
  const { refs, cache } = ctx;
  const label = ctx.index.annex(rule.annexId)?.row(d.rowCode)?.label ?? '';
  const f = targetFormulas(rule, spec, label, refs, hasExpected);
  const c = cache.target(rule, d.rowCode);
  const L = abs(row, LINE.verdict);
  const message = `IF(${L}>=${VERDICT.info},${f.message},${excelString(label)})`;
  const shown = f.keys.results[f.keys.results.length - 1];
  const valueOf = (k: CellKey) => `IF(${refs.kind(k)}=1,${refs.value(k)},"")`;
  const statusText = `IF(${L}>=${VERDICT.info},${f.status},"")`;
  const long = ctx.tooLong(d, row, [f.verdict, message, statusText]);
  if (long) return long;
  ctx.setLine(row, d, { formula: message, cached: c.message ?? label }, ctx.cellsText(d.keys));
  const cachedValue = (k: CellKey | undefined) => (k && cache.kind(k) === 1 ? cache.value(k) : '');
  ctx.cells.set(row, LINE.left, cachedValue(shown), 'number', shown ? valueOf(shown) : '""');
  ctx.cells.set(row, LINE.right, cachedValue(f.keys.target), 'number', valueOf(f.keys.target));
  ctx.cells.set(row, LINE.diff, c.status ?? '', 'center', statusText);
  ctx.verdictColumns(row, f.verdict, c.verdict);
  return lineOf(d, row, c.verdict);
}

/** One built-in check over an annex: how many of its cells the check flags, and the first. */
function builtinLine(ctx: CheckContext, d: LineDraft & { kind: 'builtin' }, row: number): CheckLine {
  const id = d.builtin;
  const { cells } = ctx;
  const annexFigures = ctx.figures.filter((x) => x.key.annexId === d.annexId);
  const first = annexFigures[0].row;
  const last = annexFigures[annexFigures.length - 1].row;
  const flags = `${abs(first, flagColumn(id))}:${abs(last, flagColumn(id))}`;
  const E = abs(row, LINE.left);
  const I = abs(row, LINE.cells);
  const hits = annexFigures.filter((x) => x.builtins.includes(id) && ctx.cache.builtinHit(x.key, id, x.computed));
  const sev = severityCode(BUILTIN_SEVERITY[id]);
  const cached: VerdictCode = hits.length ? sev : VERDICT.passed;
  const template = T('checks.builtin.count', { text: T(`checks.${id}` as ChecksMessageKey) });
  const firstPart = `IF(${I}="","",${liveText(checksMessages['checks.builtin.first'].vi, { cell: I })})`;
  const message = liveText(template, { count: `${E}&""`, first: firstPart });
  const cachedMessage = fill(template, { count: String(hits.length), first: hits.length ? T('checks.builtin.first', { cell: hits[0].address }) : '' }, 'vi');
  ctx.setLine(row, d, { formula: message, cached: cachedMessage }, '');
  cells.set(row, LINE.left, hits.length, 'number', `SUM(${flags})`);
  cells.set(row, LINE.cells, hits.length ? hits[0].address : '', 'text', `IFERROR(INDEX(${abs(first, FIG.address)}:${abs(last, FIG.address)},MATCH(1,${flags},0)),"")`);
  ctx.verdictColumns(row, `IF(${E}>0,${sev},${VERDICT.passed})`, cached, { formula: E, cached: hits.length });
  return lineOf(d, row, cached);
}
