/** A small argument parser: flags and options with values, positionals kept in order. */

export interface ParsedArgs {
  command: string | undefined;
  positionals: string[];
  flags: Set<string>;
  options: Map<string, string>;
}

export type ArgsResult = { ok: true; args: ParsedArgs } | { ok: false; error: 'unknownOption' | 'missingValue'; option: string };

export function parseArgs(argv: readonly string[], spec: { flags: readonly string[]; options: readonly string[] }): ArgsResult {
  const args: ParsedArgs = { command: undefined, positionals: [], flags: new Set(), options: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
      if (spec.flags.includes(name)) {
        args.flags.add(name);
      } else if (spec.options.includes(name)) {
        const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
        if (value === undefined || (eq < 0 && value.startsWith('--'))) return { ok: false, error: 'missingValue', option: `--${name}` };
        args.options.set(name, value);
      } else return { ok: false, error: 'unknownOption', option: a };
    } else if (a === '-h') {
      args.flags.add('help');
    } else if (args.command === undefined) {
      args.command = a;
    } else args.positionals.push(a);
  }
  return { ok: true, args };
}

/** Pulls every `--name value` / `--name=value` out of argv (a repeatable option), leaving the rest. */
export function takeRepeated(argv: readonly string[], name: string): { includes: string[]; rest: string[] } {
  const includes: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === `--${name}` && i + 1 < argv.length && !argv[i + 1].startsWith('--')) includes.push(argv[++i]);
    else if (a.startsWith(`--${name}=`)) includes.push(a.slice(name.length + 3));
    else rest.push(a);
  }
  return { includes, rest };
}
