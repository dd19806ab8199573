import { existsSync, mkdirSync, writeFileSync } from 'fs';
import { basename, dirname } from 'path';
import { defaultPack } from '../core/load/load-pack';
import type { TemplatePack } from '../core/pack/types';
import { packWorkbook } from '../core/packbook/export';
import { writeWorkbook } from '../xlsx/write';
import type { ParsedArgs } from './args';
import { readPackFile, UserError, type CliContext } from './context';
import { fsErrorReason } from './fs-errors';

/**
 * `annex pack export | build | check`: a pack to its workbook, a pack workbook to JSON, and the check
 * of either form. Exit 0 when the pack is valid (and written), 2 with every problem listed.
 */

function writeOrFail(ctx: CliContext, file: string, bytes: Uint8Array, force: boolean): void {
  if (!force && existsSync(file)) throw new UserError(ctx.t('cli.exists', { file }));
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, bytes);
  } catch (e) {
    throw new UserError(ctx.t('cli.cannotWrite', { file, reason: fsErrorReason(ctx.lang, e, 'write') }));
  }
}

const counts = (pack: TemplatePack) => ({ id: pack.id, version: pack.version, units: pack.units.length, annexes: pack.annexes.length, rules: pack.rules.length });

export function runPack(ctx: CliContext, args: ParsedArgs): number {
  const [sub, file] = args.positionals;
  const out = args.options.get('out');
  const force = args.flags.has('force');
  switch (sub) {
    case 'export': {
      if (!out || file !== undefined) break;
      const packFile = args.options.get('pack');
      const pack = packFile ? readPackFile(ctx, packFile, Infinity).pack : defaultPack();
      writeOrFail(ctx, out, writeWorkbook(packWorkbook(pack), { title: pack.title }), force);
      ctx.out(ctx.t('cli.pack.exported', { file: out, ...counts(pack) }));
      return 0;
    }
    case 'build': {
      if (!out || !file) break;
      const { pack, form } = readPackFile(ctx, file, Infinity);
      if (form !== 'workbook') throw new UserError(ctx.t('cli.pack.notWorkbook', { file: basename(file) }));
      writeOrFail(ctx, out, new TextEncoder().encode(`${JSON.stringify(pack, null, 2)}\n`), force);
      ctx.out(ctx.t('cli.pack.built', { source: file, file: out, ...counts(pack) }));
      return 0;
    }
    case 'check': {
      if (!file || out) break;
      const { pack, form } = readPackFile(ctx, file, Infinity);
      ctx.out(ctx.t('cli.pack.valid', { form: form === 'json' ? 'JSON' : 'Excel', title: pack.title, ...counts(pack) }));
      return 0;
    }
  }
  throw new UserError(ctx.t('cli.pack.usage'));
}
