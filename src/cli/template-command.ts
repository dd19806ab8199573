import { existsSync, mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import type { ReportingUnit, TemplatePack } from '../core/pack/types';
import { withChecks } from '../core/checks/add-check-sheet';
import { coverageOf, type CoverageStatus } from '../core/checks/coverage';
import { CHECK_SHEET_NAME } from '../core/sheet/sheet-names';
import { checksMessages, type ChecksMessageKey } from '../core/i18n/checks-messages';
import { fill } from '../core/i18n/format';
import { renderWorkbook } from '../core/workbook/render-workbook';
import { TemplateFactory } from '../core/workbook/template-factory';
import { AnnexNotForKindError, findUnit } from '../core/pack/find';
import { isAnnexSheet, type WorkbookModel } from '../core/sheet/model';
import { fileSlug } from '../core/text/normalize';
import { WorkbookWriter, writeWorkbook } from '../xlsx/write';
import { PACK_CODEC } from '../xlsx/pack-file';
import { embeddedPackRows, withEmbeddedPack } from '../core/packbook/embed';
import type { ParsedArgs } from './args';
import { loadPackOption, UserError, type CliContext } from './context';
import { fsErrorReason } from './fs-errors';

/** `annex template`: one workbook for a unit, or one per unit of the pack. */

export function templateFileName(code: string, name: string): string {
  return `${fileSlug(code, 20)}_${fileSlug(name)}.xlsx`;
}

function annexSelection(ctx: CliContext, pack: TemplatePack, option: string | undefined): string[] | undefined {
  if (!option) return undefined;
  const ids = option.split(',').map((s) => s.trim()).filter(Boolean);
  for (const id of ids) {
    if (!pack.annexes.some((a) => a.id === id)) throw new UserError(ctx.t('cli.unknownAnnex', { id, ids: pack.annexes.map((a) => a.id).join(', ') }));
  }
  return ids;
}

function writeFileOrFail(ctx: CliContext, file: string, bytes: Uint8Array): void {
  try {
    writeFileSync(file, bytes);
  } catch (e) {
    throw new UserError(ctx.t('cli.cannotWrite', { file, reason: fsErrorReason(ctx.lang, e, 'write') }));
  }
}

/** Annex sheets only (the check sheet is not an annex). */
function annexCount(model: WorkbookModel): number {
  return model.sheets.filter(isAnnexSheet).length;
}

const STATUS_KEY: Record<CoverageStatus, ChecksMessageKey> = {
  inWorkbook: 'checks.list.inWorkbook',
  addIn: 'checks.list.addIn',
  partly: 'checks.list.partly',
  notApplicable: 'checks.list.notApplicable',
};

/** `annex template --list-rules`: which rules the workbook checks by itself, which need the add-in. */
function listTemplateRules(ctx: CliContext, pack: TemplatePack, unitCode: string | undefined, annexIds: string[] | undefined, checks: boolean): number {
  const t = (key: ChecksMessageKey, params?: Record<string, string | number>) => fill(checksMessages[key][ctx.lang], params, ctx.lang);
  ctx.out(t('checks.list.header', { title: pack.title, version: pack.version, sheet: CHECK_SHEET_NAME }));
  if (!checks) {
    ctx.out(`  ${t('checks.list.noChecks')}`);
    return 0;
  }
  const unit = unitCode ? findUnit(pack, unitCode) : (pack.units[0] ?? findUnit(pack, pack.issuer.code));
  if (!unit) throw new UserError(ctx.t('cli.unknownUnit', { code: unitCode ?? '', codes: [pack.issuer.code, ...pack.units.map((u) => u.code)].join(', ') }));
  const { checks: built } = withChecks(rendered(ctx, pack, unit, annexIds, false), pack);
  const coverage = coverageOf(pack, built.lines);
  const line = (e: (typeof coverage.rules)[number]) => {
    const count = e.formulaLines + e.addInLines ? `  (${t('checks.list.instances', { count: e.formulaLines + e.addInLines })})` : '';
    return `  ${e.id.padEnd(48)} ${(e.severity ?? '').padEnd(8)} ${t(STATUS_KEY[e.status])}${count}`;
  };
  for (const e of coverage.rules) ctx.out(line(e));
  ctx.out(t('checks.list.builtins'));
  for (const e of coverage.builtins) ctx.out(line(e));
  const rulesAddIn = coverage.rules.filter((e) => e.status === 'addIn' || e.status === 'partly').length;
  ctx.out(t('checks.list.summary', { formula: String(coverage.formulaLines), addIn: String(coverage.addInLines), rules: String(coverage.rules.length), rulesAddIn: String(rulesAddIn) }));
  return 0;
}

/** The unit's workbook; an annex its kind does not fill is a clear refusal. */
function rendered(ctx: CliContext, pack: TemplatePack, unit: ReportingUnit, annexIds: string[] | undefined, checks: boolean): WorkbookModel {
  try {
    return renderWorkbook(pack, unit.code, annexIds, { checks });
  } catch (e) {
    if (e instanceof AnnexNotForKindError) throw new UserError(ctx.t('cli.annexNotForKind', { id: e.annexId, kind: ctx.t(`kind.${e.kind}`), unit: `${unit.code} ${unit.name}` }));
    throw e;
  }
}

export function runTemplate(ctx: CliContext, args: ParsedArgs): number {
  const pack = loadPackOption(ctx, args.options.get('pack'));
  const annexIds = annexSelection(ctx, pack, args.options.get('annex'));
  const checks = !args.flags.has('no-checks');
  if (args.flags.has('list-rules')) return listTemplateRules(ctx, pack, args.options.get('unit'), annexIds, checks);
  const force = args.flags.has('force');
  const unitCode = args.options.get('unit');
  const outFile = args.options.get('out');
  const outDir = args.options.get('out-dir');

  if (args.flags.has('all') && outDir) {
    try {
      mkdirSync(outDir, { recursive: true });
    } catch (e) {
      throw new UserError(ctx.t('cli.cannotWrite', { file: outDir, reason: fsErrorReason(ctx.lang, e, 'write') }));
    }
    let written = 0;
    let skipped = 0;
    // What every unit's workbook shares (annexes, check sheet) is built once and written once.
    // An annex chosen that a kind of unit does not fill is left out of its units' workbooks.
    const factory = new TemplateFactory(pack, annexIds, { checks, strict: false });
    const embedded = embeddedPackRows(pack, PACK_CODEC.compress);
    const writer = new WorkbookWriter();
    for (const unit of pack.units) {
      const file = join(outDir, templateFileName(unit.code, unit.name));
      if (!force && existsSync(file)) {
        skipped++;
        ctx.out(ctx.t('cli.skipped', { file }));
        continue;
      }
      let model: WorkbookModel;
      try {
        model = withEmbeddedPack(factory.workbook(unit.code), embedded);
      } catch (e) {
        if (!(e instanceof AnnexNotForKindError)) throw e;
        skipped++;
        ctx.out(ctx.t('cli.skippedKind', { unit: `${unit.code} ${unit.name}`, kind: ctx.t(`kind.${unit.kind}`), ids: (annexIds ?? []).join(', ') }));
        continue;
      }
      writeFileOrFail(ctx, file, writer.write(model));
      written++;
      ctx.out(ctx.t('cli.wrote', { file, unit: `${unit.code} ${unit.name}`, count: annexCount(model) }));
    }
    ctx.out(ctx.t('cli.summaryAll', { written, skipped, dir: outDir }));
    return 0;
  }

  if (unitCode && outFile) {
    const unit = findUnit(pack, unitCode);
    if (!unit) throw new UserError(ctx.t('cli.unknownUnit', { code: unitCode, codes: [pack.issuer.code, ...pack.units.map((u) => u.code)].join(', ') }));
    if (!force && existsSync(outFile)) throw new UserError(ctx.t('cli.exists', { file: outFile }));
    const model = withEmbeddedPack(rendered(ctx, pack, unit, annexIds, checks), embeddedPackRows(pack, PACK_CODEC.compress));
    writeFileOrFail(ctx, outFile, writeWorkbook(model));
    ctx.out(ctx.t('cli.wrote', { file: outFile, unit: `${unit.code} ${unit.name}`, count: annexCount(model) }));
    return 0;
  }
  throw new UserError(ctx.t('cli.needUnitOrAll'));
}

export function runUnits(ctx: CliContext, args: ParsedArgs): number {
  const pack = loadPackOption(ctx, args.options.get('pack'));
  ctx.out(ctx.t('cli.unitsHeader', { title: pack.title, version: pack.version, count: pack.units.length }));
  for (const u of pack.units) ctx.out(`  ${u.code.padEnd(10)} ${u.name}  [${ctx.t(`kind.${u.kind}`)}; ↑ ${u.parent}]`);
  ctx.out(ctx.t('cli.annexesHeader'));
  for (const a of pack.annexes) ctx.out(`  ${a.id.padEnd(10)} ${a.title}  (${a.sheetName})`);
  return 0;
}
