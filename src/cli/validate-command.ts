import { readFileSync } from 'fs';
import { basename } from 'path';
import type { Lang } from '../core/i18n/format';
import { severityMessages } from '../core/i18n/validation-messages';
import type { TemplatePack } from '../core/pack/types';
import { embeddedNoteOf } from '../core/packbook/embed';
import { PACK_CODEC } from '../xlsx/pack-file';
import { packRules } from '../core/rules/check-rules';
import type { Finding } from '../core/rules/finding';
import { validateSource, type ValidationResult } from '../core/rules/validate';
import { type Severity } from '../core/pack/types';
import { needsPassword, openWorkbookFile, ReadBudget } from '../xlsx/open-workbook';
import { skipCheckSheet } from '../xlsx/submission';
import { fsErrorReason } from './fs-errors';
import type { ParsedArgs } from './args';
import { loadPackOption, UserError, type CliContext } from './context';
import { CLI_CRYPTO, openUnlocked } from './unlock';

/**
 * `annex validate <files…> [--json] [--lang vi|en] [--pack p.json]`: reads each workbook, validates
 * it against the pack, prints a report per file (or one JSON array). Exit code: 0 no errors, 1 errors
 * found, 2 a file could not be read at all. A file that cannot be read never stops the others.
 */

type FileOutcome =
  | { file: string; kind: 'unreadable'; message: string }
  | { file: string; kind: 'skipped'; message: string }
  /** Encrypted, its password not given or wrong: not validated, but not a broken file either. */
  | { file: string; kind: 'needsPassword'; message: string }
  | { file: string; kind: 'validated'; result: ValidationResult };

/** One line of the JSON output. */
export interface JsonFinding {
  file: string;
  unit: string | null;
  annex: string | null;
  sheet: string | null;
  cell: string | null;
  rowCode: string | null;
  colCode: string | null;
  label: string | null;
  ruleId: string;
  severity: Severity;
  message: string;
  values: Finding['values'] | null;
  fix?: Finding['fix'];
  attainment?: Finding['attainment'];
}

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];


function validateFile(ctx: CliContext, pack: TemplatePack, path: string, budget: ReadBudget): FileOutcome {
  const file = basename(path);
  if (file.startsWith('~$')) return { file: path, kind: 'skipped', message: ctx.t('cli.validate.lockFile', { file: path }) };
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return { file: path, kind: 'unreadable', message: ctx.t('cli.validate.cannotOpen', { file: path, reason: fsErrorReason(ctx.lang, e, 'read') }) };
  }
  const read = openUnlocked(ctx, path, (passwords) => openWorkbookFile({ name: path, bytes }, { budget, skipSheet: skipCheckSheet, crypto: CLI_CRYPTO, passwords }));
  if (!read.ok) return { file: path, kind: needsPassword(read) ? 'needsPassword' : 'unreadable', message: read.message[ctx.lang] };
  const embedded = embeddedNoteOf(read.source, pack, PACK_CODEC.decompress);
  return { file: path, kind: 'validated', result: validateSource(read.source, pack, { embedded }) };
}

export function runValidate(ctx: CliContext, args: ParsedArgs): number {
  const pack = loadPackOption(ctx, args.options.get('pack'));
  if (args.flags.has('list-rules')) return listRules(ctx, pack);
  if (args.positionals.length === 0) throw new UserError(ctx.t('cli.validate.needFiles'));
  const budget = new ReadBudget();
  const outcomes = args.positionals.map((p) => validateFile(ctx, pack, p, budget));
  if (args.flags.has('json') || args.flags.has('json-stdout')) {
    ctx.out(JSON.stringify(outcomes.flatMap((o) => jsonOf(o, ctx.lang)), null, 2));
    for (const o of outcomes) if (o.kind === 'unreadable' || o.kind === 'needsPassword') ctx.err(o.message);
  } else printReport(ctx, pack, outcomes);
  return exitCode(outcomes);
}

export function exitCode(outcomes: readonly FileOutcome[]): number {
  // A file that needs its password was not validated: the run could not do all it was asked (2), as for an unreadable one.
  if (outcomes.some((o) => o.kind === 'unreadable' || o.kind === 'needsPassword')) return 2;
  return outcomes.some((o) => o.kind === 'validated' && !o.result.passed) ? 1 : 0;
}

function jsonOf(o: FileOutcome, lang: Lang): JsonFinding[] {
  const none = { unit: null, annex: null, sheet: null, cell: null, rowCode: null, colCode: null, label: null, values: null };
  if (o.kind === 'skipped') return [];
  if (o.kind === 'unreadable') return [{ file: o.file, ...none, ruleId: 'file.unreadable', severity: 'error', message: o.message }];
  if (o.kind === 'needsPassword') return [{ file: o.file, ...none, ruleId: 'file.needsPassword', severity: 'error', message: o.message }];
  return o.result.findings.map((f) => ({
    file: o.file,
    unit: o.result.report.unitCode,
    annex: f.annexId,
    sheet: f.sheetName,
    cell: f.address,
    rowCode: f.rowCode,
    colCode: f.colCode,
    label: f.label,
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message[lang],
    values: f.values ?? null,
    ...(f.fix && { fix: f.fix }),
    ...(f.attainment && { attainment: f.attainment }),
  }));
}

function printReport(ctx: CliContext, pack: TemplatePack, outcomes: readonly FileOutcome[]): void {
  for (const o of outcomes) {
    if (o.kind !== 'validated') {
      (o.kind === 'skipped' ? ctx.out : ctx.err)(o.message);
      continue;
    }
    const { report, findings, counts, passed } = o.result;
    const unit = report.unitCode ? `${report.unitCode}${report.unitName ? ` ${report.unitName}` : ''}` : ctx.t('cli.validate.unknownUnit');
    ctx.out('');
    ctx.out(ctx.t('cli.validate.fileHeader', { file: o.file, unit }));
    ctx.out(`  ${ctx.t('cli.validate.counts', { error: counts.error, warning: counts.warning, info: counts.info })} — ${ctx.t(passed ? 'cli.validate.verdictPassed' : 'cli.validate.verdictFailed')}`);
    const groups: Array<{ annexId: string | null; findings: Finding[] }> = [];
    for (const f of findings) {
      const last = groups[groups.length - 1];
      if (last && last.annexId === f.annexId) last.findings.push(f);
      else groups.push({ annexId: f.annexId, findings: [f] });
    }
    for (const g of groups) {
      const annex = g.annexId ? pack.annexes.find((a) => a.id === g.annexId) : undefined;
      const sheet = g.findings.find((f) => f.sheetName)?.sheetName ?? annex?.sheetName ?? '';
      ctx.out(`  ${annex ? ctx.t('cli.validate.annexHeader', { id: annex.id, title: annex.title, sheet }) : ctx.t('cli.validate.workbook')}`);
      for (const severity of SEVERITIES) {
        const list = g.findings.filter((f) => f.severity === severity);
        if (list.length === 0) continue;
        ctx.out(`    ${severityMessages[`severity.${severity}`][ctx.lang]} (${list.length})`);
        for (const f of list) ctx.out(`      • ${describeFinding(ctx, f)}`);
      }
    }
  }
  const validated = outcomes.filter((o) => o.kind === 'validated');
  const passed = validated.filter((o) => o.kind === 'validated' && o.result.passed).length;
  ctx.out('');
  ctx.out(
    ctx.t('cli.validate.summary', {
      files: String(outcomes.filter((o) => o.kind !== 'skipped').length),
      passed: String(passed),
      failed: String(validated.length - passed),
      unreadable: String(outcomes.filter((o) => o.kind === 'unreadable').length),
    }),
  );
  const locked = outcomes.filter((o) => o.kind === 'needsPassword').length;
  if (locked) ctx.out(ctx.t('cli.validate.summaryPasswords', { count: locked }));
}

function describeFinding(ctx: CliContext, f: Finding): string {
  const where = f.address && f.rowCode && f.colCode ? `[${ctx.t('cli.validate.cell', { address: f.address, row: f.rowCode, col: f.colCode })}] ` : '';
  const label = f.label && f.kind !== 'target' ? `${f.label}: ` : '';
  return `${where}${label}${f.message[ctx.lang]} ‹${f.ruleId}›`;
}

function listRules(ctx: CliContext, pack: TemplatePack): number {
  const rules = packRules(pack);
  ctx.out(ctx.t('cli.validate.rulesHeader', { title: pack.title, version: pack.version, count: String(rules.length) }));
  for (const r of rules) {
    const what = r.kind === 'compare' ? r.check : r.kind === 'target' ? `target ${r.targetCol} / result ${r.resultCol}` : r.kind;
    ctx.out(`  ${r.id.padEnd(48)} ${r.severity.padEnd(8)} ${what}`);
  }
  return 0;
}
