import { existsSync, mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import type { TemplatePack } from '../core/pack/types';
import { findUnit, renderWorkbook } from '../core/sheet/render';
import { fileSlug } from '../core/text/normalize';
import { writeWorkbook } from '../xlsx/write';
import type { ParsedArgs } from './args';
import { loadPackOption, UserError, type CliContext } from './context';

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

function writeFileSafely(ctx: CliContext, file: string, bytes: Uint8Array, force: boolean): 'written' | 'skipped' {
  if (!force && existsSync(file)) return 'skipped';
  try {
    writeFileSync(file, bytes);
  } catch (e) {
    throw new UserError(ctx.t('cli.cannotWrite', { file, reason: describeFsError(ctx, e) }));
  }
  return 'written';
}

export function describeFsError(ctx: CliContext, e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  const reasons: Record<string, [string, string]> = {
    EACCES: ['không có quyền ghi', 'permission denied'],
    EPERM: ['không có quyền ghi', 'permission denied'],
    ENOENT: ['thư mục không tồn tại', 'folder does not exist'],
    ENOTDIR: ['đường dẫn không phải thư mục', 'a part of the path is not a folder'],
    EROFS: ['ổ đĩa chỉ đọc', 'read-only file system'],
    ENOSPC: ['ổ đĩa đã đầy', 'disk full'],
    EISDIR: ['đường dẫn là một thư mục', 'the path is a folder'],
  };
  const r = code ? reasons[code] : undefined;
  return r ? r[ctx.lang === 'vi' ? 0 : 1] : (e as Error).message;
}

export function runTemplate(ctx: CliContext, args: ParsedArgs): number {
  const pack = loadPackOption(ctx, args.options.get('pack'));
  const annexIds = annexSelection(ctx, pack, args.options.get('annex'));
  const force = args.flags.has('force');
  const unitCode = args.options.get('unit');
  const outFile = args.options.get('out');
  const outDir = args.options.get('out-dir');

  if (args.flags.has('all') && outDir) {
    try {
      mkdirSync(outDir, { recursive: true });
    } catch (e) {
      throw new UserError(ctx.t('cli.cannotWrite', { file: outDir, reason: describeFsError(ctx, e) }));
    }
    let written = 0;
    let skipped = 0;
    for (const unit of pack.units) {
      const file = join(outDir, templateFileName(unit.code, unit.name));
      const model = renderWorkbook(pack, unit.code, annexIds);
      if (writeFileSafely(ctx, file, writeWorkbook(model), force) === 'written') {
        written++;
        ctx.out(ctx.t('cli.wrote', { file, unit: `${unit.code} ${unit.name}`, count: model.sheets.length }));
      } else {
        skipped++;
        ctx.out(ctx.t('cli.skipped', { file }));
      }
    }
    ctx.out(ctx.t('cli.summaryAll', { written, skipped, dir: outDir }));
    return 0;
  }

  if (unitCode && outFile) {
    const unit = findUnit(pack, unitCode);
    if (!unit) throw new UserError(ctx.t('cli.unknownUnit', { code: unitCode, codes: [pack.issuer.code, ...pack.units.map((u) => u.code)].join(', ') }));
    const model = renderWorkbook(pack, unit.code, annexIds);
    if (writeFileSafely(ctx, outFile, writeWorkbook(model), force) === 'skipped') throw new UserError(ctx.t('cli.exists', { file: outFile }));
    ctx.out(ctx.t('cli.wrote', { file: outFile, unit: `${unit.code} ${unit.name}`, count: model.sheets.length }));
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
