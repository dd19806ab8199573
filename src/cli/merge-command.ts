import { existsSync, mkdirSync, writeFileSync } from 'fs';
import { dirname } from 'path';
import { resolveAnnexSelection } from '../core/merge/annex-selection';
import { mergeText, reasonText, statusText, transferText } from '../core/merge/describe';
import { examineSubmission, type Examined } from '../core/merge/examine';
import { jsonLog, mergeOutcome } from '../core/merge/log-json';
import { mergeCounts, mergeExamined, type MergeResult } from '../core/merge/merge';
import type { MergeOptions, Override } from '../core/merge/plan';
import { deadlineText } from '../core/merge/timeliness';
import type { TemplatePack } from '../core/pack/types';
import { findUnit } from '../core/pack/find';
import { summaryWithOverview } from '../core/overview/summary-with-overview';
import { writeWorkbook } from '../xlsx/write';
import { ReadBudget } from '../xlsx/open-workbook';
import { parseArgs, takeRepeated } from './args';
import { loadPackOption, UserError, type CliContext } from './context';
import { translateCli } from './translate';
import { isAmong, scanInputs, type Skip } from './merge-inputs';
import { examineInThreads, threadsFor } from './merge-parallel';
import { readSubmission } from './merge-read';
import { fsErrorReason } from './fs-errors';

/**
 * `annex merge <files or folders…> --out <summary.xlsx> [--unit <code>] [--annex <ids|department>]
 *  [--json <log.json>] [--include <unit>:<reason>]… [--force] [--lang vi|en] [--pack p.json] [--threads n]`
 *
 * Parsed here rather than by main's shared table: `--json` takes a file name for merge (validate's
 * `--json` is a flag), and `--include` may be repeated. Exit code: 0 every file merged, 1 some left
 * out, 2 nothing merged or the merge could not be run.
 */

const FLAGS = ['help', 'force'] as const;
const OPTIONS = ['out', 'unit', 'annex', 'json', 'log-json', 'pack', 'lang', 'threads'] as const;

export function runMerge(ctx: CliContext, argv: readonly string[]): number {
  const { includes, rest } = takeRepeated(argv, 'include');
  const parsed = parseArgs(rest, { flags: FLAGS, options: OPTIONS });
  if (!parsed.ok) throw new UserError(ctx.t(parsed.error === 'unknownOption' ? 'cli.unknownOption' : 'cli.missingValue', { option: parsed.option }));
  const { args } = parsed;
  if (args.flags.has('help')) {
    ctx.out(translateCli(ctx.lang, 'cli.help'));
    return 0;
  }
  const pack = loadPackOption(ctx, args.options.get('pack'));
  const out = args.options.get('out');
  if (!out) throw new UserError(ctx.t('cli.merge.needOut'));
  if (args.positionals.length === 0) throw new UserError(ctx.t('cli.merge.needFiles'));
  const jsonPath = args.options.get('json') ?? args.options.get('log-json');
  const force = args.flags.has('force');
  const options = mergeOptions(ctx, pack, args.options.get('unit'), args.options.get('annex'), includes);
  for (const target of [out, jsonPath]) if (target && !force && existsSync(target)) throw new UserError(ctx.t('cli.exists', { file: target }));

  const scan = scanInputs(args.positionals);
  if (!scan.ok) throw new UserError(ctx.t('cli.merge.noSuchPath', { path: scan.missing }));
  for (const target of [out, jsonPath]) if (target && isAmong(scan.files, target)) throw new UserError(ctx.t('cli.merge.outIsInput', { file: target }));
  const mergingUnit = findUnit(pack, options.mergingUnit!)!;
  ctx.out(ctx.t('cli.merge.header', { unit: `${mergingUnit.code} ${mergingUnit.name}`, annexes: options.annexIds!.join(', '), files: scan.files.length }));
  for (const skip of scan.skipped) ctx.out(skipLine(ctx, skip));
  if (scan.files.length === 0) {
    ctx.err(ctx.t('cli.merge.noFiles'));
    return 2;
  }

  const result = mergeFiles(pack, scan.files, options, { threads: threadsOption(ctx, args.options.get('threads')), ctx });
  printResult(ctx, pack, result);
  const outcome = mergeOutcome(result);
  if (outcome !== 'nothingMerged') {
    writeOutput(ctx, out, writeWorkbook(summaryWithOverview(pack, result, { lang: ctx.lang }).model, { modified: summarySavedAt(result), title: pack.title }));
    const counts = mergeCounts(result);
    ctx.out(ctx.t('cli.merge.wrote', { file: out, merged: counts.merged, units: result.contains.length, reported: counts.reported, expected: counts.expected }));
  } else ctx.err(ctx.t('cli.merge.nothingMerged'));
  if (jsonPath) {
    writeOutput(ctx, jsonPath, new TextEncoder().encode(`${JSON.stringify(jsonLog(result, pack.campaign, ctx.lang, pack), null, 2)}\n`));
    ctx.out(ctx.t('cli.merge.wroteLog', { file: jsonPath }));
  }
  return outcome === 'allMerged' ? 0 : outcome === 'someLeftOut' ? 1 : 2;
}

/**
 * The CLI's merge path, file by file: read → examine → drop the workbook, so memory holds only the
 * extracted figures of each unit, never a workbook longer than its examination. Many files are
 * examined on every core (merge-parallel.ts); `threads: 1` keeps it on this thread. The benchmark
 * runs exactly this.
 */
export function mergeFiles(pack: TemplatePack, files: readonly string[], options: MergeOptions, run: { threads?: number; ctx?: CliContext } = {}): MergeResult {
  const threads = threadsFor(files.length, run.threads);
  const passwords = run.ctx?.passwords ?? [];
  let examined: Examined[];
  if (threads > 1) {
    examined = examineInThreads(pack, files, threads, passwords);
    // The workers cannot ask at the terminal: files still needing a password are asked for here.
    if (run.ctx?.askPassword) {
      const budget = new ReadBudget();
      examined = examined.map((e, i) => (e.kind === 'needsPassword' ? examineSubmission(pack, readSubmission(files[i], budget, { ctx: run.ctx })) : e));
    }
  } else {
    examined = [];
    const budget = new ReadBudget();
    for (const file of files) examined.push(examineSubmission(pack, readSubmission(file, budget, run.ctx ? { ctx: run.ctx } : { passwords })));
  }
  return mergeExamined(pack, examined, options);
}

/**
 * The summary's own saved time: the newest of its sources', not the clock — so the same files always
 * give the same bytes, and a district's summary is not "late" at the province because it was merged
 * again later. Spreadsheet programs update it when the summary is saved again.
 */
export function summarySavedAt(result: Pick<MergeResult, 'sources'>): Date | undefined {
  const times = result.sources.flatMap((s) => (s.file.savedAt ? [s.file.savedAt.getTime()] : []));
  return times.length ? new Date(Math.max(...times)) : undefined;
}

function mergeOptions(ctx: CliContext, pack: TemplatePack, unit: string | undefined, annex: string | undefined, includes: string[]): MergeOptions {
  const mergingUnit = unit ?? pack.issuer.code;
  if (!findUnit(pack, mergingUnit)) throw new UserError(ctx.t('cli.unknownUnit', { code: mergingUnit, codes: [pack.issuer.code, ...pack.units.map((u) => u.code)].join(', ') }));
  const selection = resolveAnnexSelection(pack, annex ? [annex] : undefined);
  if (!selection.ok) {
    throw new UserError(
      ctx.t('cli.merge.unknownAnnex', { ids: selection.unknown.join(', '), annexes: pack.annexes.map((a) => a.id).join(', '), departments: pack.departments.map((d) => `${d.id} (${d.name})`).join(', ') }),
    );
  }
  const overrides: Override[] = includes.map((value) => {
    const colon = value.indexOf(':');
    const unitCode = colon > 0 ? value.slice(0, colon).trim() : '';
    const reason = colon > 0 ? value.slice(colon + 1).trim() : '';
    if (!unitCode || !reason) throw new UserError(ctx.t('cli.merge.badInclude', { value }));
    return { unitCode, reason };
  });
  return { mergingUnit, annexIds: selection.annexIds, overrides };
}

function threadsOption(ctx: CliContext, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UserError(ctx.t('cli.merge.badThreads', { value }));
  return n;
}

function skipLine(ctx: CliContext, skip: Skip): string {
  const key = ({ lock: 'cli.merge.skipLock', notWorkbook: 'cli.merge.skipNotWorkbook', folder: 'cli.merge.skipFolder' } as const)[skip.kind];
  return ctx.t(key, { file: skip.path });
}

function printResult(ctx: CliContext, pack: TemplatePack, result: MergeResult): void {
  const label = { title: pack.title, version: pack.version, campaign: pack.campaign };
  const merged = result.entries.filter((e) => e.decision.merged);
  const leftOut = result.entries.filter((e) => !e.decision.merged);
  ctx.out(ctx.t('cli.merge.mergedHeader', { count: merged.length }));
  for (const e of merged) {
    const reason = reasonText(e, label, ctx.lang);
    ctx.out(`  ✓ ${(e.unitCode ?? '').padEnd(9)} ${e.unitName ?? ''} — ${e.file.fileName}${e.decision.status === 'ready' && !reason ? '' : ` [${statusText(e.decision.status, ctx.lang)}${reason ? `: ${reason}` : ''}]`}`);
  }
  if (leftOut.length) {
    ctx.out(ctx.t('cli.merge.leftOutHeader', { count: leftOut.length }));
    for (const e of leftOut) ctx.out(`  ✗ ${e.file.fileName}${e.unitCode ? ` (${e.unitCode})` : ''} — ${statusText(e.decision.status, ctx.lang)}: ${reasonText(e, label, ctx.lang)}`);
  }
  const missing = result.completeness.filter((r) => r.reporting.kind === 'missing');
  if (missing.length) {
    ctx.out(ctx.t('cli.merge.missingHeader', { count: missing.length }));
    for (const r of missing) ctx.out(`  – ${r.unit.code.padEnd(9)} ${r.unit.name}`);
  }
  const partly = result.completeness.flatMap((r) => (r.reporting.kind === 'partly' ? [{ unit: r.unit, units: r.reporting.units }] : []));
  if (partly.length) {
    ctx.out(ctx.t('cli.merge.partlyHeader', { count: partly.length }));
    for (const p of partly) ctx.out(`  ~ ${p.unit.code.padEnd(9)} ${p.unit.name}: ${p.units.join(', ')}`);
  }
  const late = result.completeness.filter((r) => r.reporting.kind === 'reported' && r.reporting.timeliness === 'late');
  if (late.length) {
    ctx.out(ctx.t('cli.merge.lateHeader', { deadline: deadlineText(pack.campaign), count: late.length }));
    for (const r of late) ctx.out(`  ! ${r.unit.code.padEnd(9)} ${r.unit.name}`);
  }
  const transfers = result.transfers.flatMap((o) => transferText(o, pack, result.mergingUnit, ctx.lang) ?? []);
  if (transfers.length) {
    ctx.out(`${mergeText(ctx.lang, 'log.transfers')}:`);
    for (const text of transfers) ctx.out(`  ⇄ ${text}`);
  }
  for (const o of result.unusedOverrides) ctx.err(ctx.t('cli.merge.unusedOverride', { unit: o.unitCode }));
}

function writeOutput(ctx: CliContext, file: string, bytes: Uint8Array): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, bytes);
  } catch (e) {
    throw new UserError(ctx.t('cli.cannotWrite', { file, reason: fsErrorReason(ctx.lang, e, 'write') }));
  }
}
