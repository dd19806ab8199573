import { langFromLocale, type Lang } from '../core/i18n/format';
import { parseArgs, takeRepeated } from './args';
import { askPasswordOnTerminal } from './password-prompt';
import { UserError, type CliContext } from './context';
import { translateCli } from './translate';
import { runMerge } from './merge-command';
import { runReport } from './report-command';
import { runTemplate, runUnits } from './template-command';
import { runValidate } from './validate-command';
import { runPack } from './pack-command';

/** Entry point of `npx annex`. Exit codes: 0 done, 1 done with problems found, 2 could not do it. */

const FLAGS = ['help', 'all', 'force', 'json', 'json-stdout', 'no-checks', 'list-rules'] as const;
const OPTIONS = ['unit', 'out', 'out-dir', 'annex', 'pack', 'lang', 'department'] as const;

function pickLang(argv: readonly string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return 'vi';
  const v = argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  return langFromLocale(v);
}

/** The command word: the first argument that is neither an option nor the value of --lang/--pack. */
function commandOf(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--lang' || a === '--pack') i++;
    else if (!a.startsWith('-')) return a;
  }
  return undefined;
}

export function main(
  argv: readonly string[],
  io: { out: (s: string) => void; err: (s: string) => void; askPassword?: (prompt: string) => string | null } = { out: (s) => console.log(s), err: (s) => console.error(s), askPassword: terminalPrompt() },
): number {
  // --password may be repeated, for validate and merge: taken out before the options are parsed.
  const { includes: passwords, rest } = takeRepeated(argv, 'password');
  argv = rest;
  const lang = pickLang(argv);
  const ctx: CliContext = { lang, t: (key, params) => translateCli(lang, key, params), out: io.out, err: io.err, passwords, askPassword: io.askPassword };
  // merge parses its own options: its --json takes a file name and --include repeats.
  if (commandOf(argv) === 'merge') return guarded(ctx, () => runMerge(ctx, argv));
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
  const command = args.command;
  return guarded(ctx, () => {
    switch (command) {
      case 'template':
        return runTemplate(ctx, args);
      case 'units':
        return runUnits(ctx, args);
      case 'validate':
        return runValidate(ctx, args);
      case 'pack':
        return runPack(ctx, args);
      case 'report':
        // The Word writer works asynchronously: `run` is the entry point that awaits it.
        throw new Error('annex report: call run(), not main()');
      default:
        ctx.err(ctx.t('cli.unknownCommand', { command }));
        return 2;
    }
  });
}

type Io = { out: (s: string) => void; err: (s: string) => void; askPassword?: (prompt: string) => string | null };

/**
 * What `npx annex` runs (bin/annex.js): every command through `main`, and `report`, whose Word writer
 * works asynchronously, awaited here.
 */
export async function run(argv: readonly string[], io: Io = { out: (s) => console.log(s), err: (s) => console.error(s), askPassword: terminalPrompt() }): Promise<number> {
  if (commandOf(argv) !== 'report') return main(argv, io);
  const { includes: passwords, rest } = takeRepeated(argv, 'password');
  const lang = pickLang(rest);
  const ctx: CliContext = { lang, t: (key, params) => translateCli(lang, key, params), out: io.out, err: io.err, passwords, askPassword: io.askPassword };
  const parsed = parseArgs(rest, { flags: FLAGS, options: OPTIONS });
  if (!parsed.ok) {
    ctx.err(ctx.t(parsed.error === 'unknownOption' ? 'cli.unknownOption' : 'cli.missingValue', { option: parsed.option }));
    return 2;
  }
  if (parsed.args.flags.has('help')) return main(rest, io);
  return guardedAsync(ctx, () => runReport(ctx, parsed.args));
}

/** The terminal prompt, only when both ends are a terminal (never in CI or a pipe). */
function terminalPrompt(): ((prompt: string) => string | null) | undefined {
  if (!process.stdin.isTTY || !process.stderr.isTTY || process.env.CI) return undefined;
  return askPasswordOnTerminal;
}

/** Runs a command; a UserError is printed as is, anything else as an unexpected error. */
function guarded(ctx: CliContext, run: () => number): number {
  try {
    return run();
  } catch (e) {
    return failed(ctx, e);
  }
}

async function guardedAsync(ctx: CliContext, run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (e) {
    return failed(ctx, e);
  }
}

function failed(ctx: CliContext, e: unknown): number {
  if (e instanceof UserError) {
    ctx.err(e.message);
    return e.exitCode;
  }
  ctx.err(ctx.t('cli.unexpected', { reason: e instanceof Error ? e.message : String(e) }));
  return 2;
}

if (require.main === module) void run(process.argv.slice(2)).then((code) => (process.exitCode = code));
