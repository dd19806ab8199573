import { fill, type Lang } from '../i18n/format';
import { packMessages } from '../i18n/pack-messages';
import defaultPackJson from '../pack/default/so-ket-giua-nhiem-ky-2018-2023.json';
import { describeIssue, type PackIssue } from '../pack/json-checker';
import { checkPack } from '../pack/schema';
import type { PackRule, TemplatePack } from '../pack/types';
import { compileRules } from '../rules/check-rules';

/** A pack that was refused: the source and every issue found, each naming its field. */
export class PackError extends Error {
  constructor(readonly source: string, readonly issues: PackIssue[]) {
    super(formatPackError(source, issues, 'en'));
  }

  describe(lang: Lang): string {
    return formatPackError(this.source, this.issues, lang);
  }
}

export function formatPackError(source: string, issues: PackIssue[], lang: Lang, max = 20): string {
  const lines = issues.slice(0, max).map((i) => `  - ${describeIssue(i, lang)}`);
  if (issues.length > max) lines.push(`  … (+${issues.length - max})`);
  return [fill(packMessages['pack.refused'][lang], { source }, lang), ...lines].join('\n');
}

export type PackLoadResult = { ok: true; pack: TemplatePack } | { ok: false; issues: PackIssue[] };

/**
 * A pack read from JSON = its structure (pack/schema.ts) + its rules, compiled against the annexes
 * that checked (rules/check-rules.ts): an unknown row, a bad `for`, a check that does not parse
 * refuses the pack, naming the rule's id. Every issue is said at once.
 */
export function checkPackJson(json: unknown): PackLoadResult {
  const checked = checkPack(json);
  // Records that are not objects were reported by the structure's check already.
  const ruleIssues = compileRules(checked.rawRules, checked.annexes).issues.filter((i) => i.key !== 'rule.notObject');
  const issues = [...checked.issues, ...ruleIssues];
  if (issues.length > 0 || !checked.pack) return { ok: false, issues: issues.length ? issues : [{ path: '(pack)', key: 'pack.missing' }] };
  // The rule checker accepted every record: each is a PackRule as written.
  return { ok: true, pack: { ...checked.pack, rules: checked.rawRules as PackRule[] } };
}

export function loadPack(json: unknown, source: string): TemplatePack {
  const result = checkPackJson(json);
  if (!result.ok) throw new PackError(source, result.issues);
  return result.pack;
}

/** Parses and checks the text of a pack file. */
export function loadPackText(text: string, source: string): TemplatePack {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new PackError(source, [{ path: '(pack)', key: 'pack.notJson', params: { detail: (e as Error).message } }]);
  }
  return loadPack(json, source);
}

let cached: TemplatePack | undefined;

/** The bundled default pack "Sơ kết giữa nhiệm kỳ 2018–2023" (editable example, not official figures). */
export function defaultPack(): TemplatePack {
  cached ??= loadPack(defaultPackJson, 'so-ket-giua-nhiem-ky-2018-2023.json');
  return cached;
}
