import { langFromLocale, type Lang } from '../core/i18n/format';
import { parseArgs } from './args';
import { translateCli, UserError, type CliContext } from './context';
import { runTemplate, runUnits } from './template-command';
import { runValidate } from './validate-command';

/** Entry point of `npx annex`. Exit codes: 0 done, 1 done with problems found, 2 could not do it. */

const FLAGS = ['help', 'all', 'force', 'json', 'json-stdout', 'no-checks', 'list-rules'] as const;
const OPTIONS = ['unit', 'out', 'out-dir', 'annex', 'pack', 'lang'] as const;

function pickLang(argv: readonly string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return 'vi';
  const v = argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  return langFromLocale(v);
}

export function main(argv: readonly string[], io: { out: (s: string) => void; err: (s: string) => void } = { out: (s) => console.log(s), err: (s) => console.error(s) }): number {
  const lang = pickLang(argv);
  const ctx: CliContext = { lang, t: (key, params) => translateCli(lang, key, params), out: io.out, err: io.err };
  const parsed = parseArgs(argv, { flags: FLAGS, options: OPTIONS });
  if (!parsed.ok) {
    ctx.err(ctx.t(parsed.error === 'unknownOption' ? 'cli.unknownOption' : 'cli.missingValue', { option: parsed.option }));
    return 2;
  }
  const { args } = parsed;
  if (args.flags.has('help') || args.command === undefined || args.command === 'help') {
    // Help is shown in both languages unless one was asked for.
    const explicit = argv.some((a) => a.startsWith('--lang'));
    ctx.out(explicit ? ctx.t('cli.help') : `${translateCli('vi', 'cli.help')}\n\n${translateCli('en', 'cli.help')}`);
    return 0;
  }
  try {
    switch (args.command) {
      case 'template':
        return runTemplate(ctx, args);
      case 'units':
        return runUnits(ctx, args);
      case 'validate':
        return runValidate(ctx, args);
      default:
        ctx.err(ctx.t('cli.unknownCommand', { command: args.command }));
        return 2;
    }
  } catch (e) {
    if (e instanceof UserError) {
      ctx.err(e.message);
      return e.exitCode;
    }
    ctx.err(ctx.t('cli.unexpected', { reason: e instanceof Error ? e.message : String(e) }));
    return 2;
  }
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
