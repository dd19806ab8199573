import { fill, type Lang } from '../i18n/format';
import { packMessages } from '../i18n/pack-messages';
import defaultPackJson from './default/so-ket-giua-nhiem-ky-2018-2023.json';
import { checkPack, describeIssue, type PackIssue } from './schema';
import type { TemplatePack } from './types';

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

export function loadPack(json: unknown, source: string): TemplatePack {
  const result = checkPack(json);
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
