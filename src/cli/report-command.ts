import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import { basename, join } from 'path';
import { draftReports } from '../core/overview/draft-report';
import { readSummary } from '../core/overview/read-summary';
import { overviewOf } from '../core/overview/summary-with-overview';
import { SUMMARY_KEYS } from '../core/merge/summary-identity';
import { readMeta } from '../core/report/locate-annex';
import { renderReportDocx, reportFileName } from '../report-docx/render-docx';
import { openWorkbookFile, ReadBudget } from '../xlsx/open-workbook';
import type { ParsedArgs } from './args';
import { loadPackOption, UserError, type CliContext } from './context';
import { fsErrorReason } from './fs-errors';
import { CLI_CRYPTO, openUnlocked } from './unlock';

/**
 * `annex report <summary.xlsx> [--department ID] --out-dir DIR`: the draft topical reports, one Word
 * document per department and one for the whole (plan 56), from the summary as it is now — a figure
 * corrected in the summary is the figure the report says. Exit 0 when written, 2 when it could not be.
 */
export async function runReport(ctx: CliContext, args: ParsedArgs): Promise<number> {
  const pack = loadPackOption(ctx, args.options.get('pack'));
  const file = args.positionals[0];
  if (!file) throw new UserError(ctx.t('cli.report.needFile'));
  const outDir = args.options.get('out-dir');
  if (!outDir) throw new UserError(ctx.t('cli.report.needOutDir'));
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new UserError(ctx.t('cli.report.cannotOpen', { file, reason: fsErrorReason(ctx.lang, e, 'read') }));
  }
  const opened = openUnlocked(ctx, file, (passwords) => openWorkbookFile({ name: file, bytes }, { budget: new ReadBudget(), crypto: CLI_CRYPTO, passwords }));
  if (!opened.ok) throw new UserError(opened.message[ctx.lang]);
  const view = readSummary(opened.source, pack);
  if (!readMeta(opened.source).get(SUMMARY_KEYS.of) || view.report.annexes.size === 0) throw new UserError(ctx.t('cli.report.notSummary', { file }));

  const read = overviewOf(view, ctx.lang);
  let reports = draftReports({ view, overview: read.overview, sentences: read.sentences, lang: ctx.lang, file: basename(file) });
  const only = args.options.get('department');
  if (only !== undefined) {
    reports = reports.filter((r) => r.id.toLowerCase() === only.toLowerCase());
    if (!reports.length) throw new UserError(ctx.t('cli.report.unknownDepartment', { id: only, ids: [...pack.departments.map((d) => d.id), 'toan-bo'].join(', ') }));
  }
  const targets = reports.map((r) => ({ report: r, path: join(outDir, reportFileName(r)) }));
  const existing = targets.filter((t) => existsSync(t.path));
  if (existing.length && !args.flags.has('force')) throw new UserError(ctx.t('cli.exists', { file: existing[0].path }));
  try {
    mkdirSync(outDir, { recursive: true });
  } catch (e) {
    throw new UserError(ctx.t('cli.cannotWrite', { file: outDir, reason: fsErrorReason(ctx.lang, e, 'write') }));
  }
  for (const t of targets) {
    const docx = await renderReportDocx(t.report);
    try {
      writeFileSync(t.path, docx);
    } catch (e) {
      throw new UserError(ctx.t('cli.cannotWrite', { file: t.path, reason: fsErrorReason(ctx.lang, e, 'write') }));
    }
    ctx.out(ctx.t('cli.report.wrote', { file: t.path, name: t.report.name }));
  }
  return 0;
}
