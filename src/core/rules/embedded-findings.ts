import { fill, type Lang } from '../i18n/format';
import { embeddedCorruptionMessages, packDifferenceMessages, structureMessages } from '../i18n/validation-messages';
import type { EmbeddedNote, PackDifference } from '../pack/compare-packs';
import type { TemplatePack } from '../pack/types';
import { makeFinding, type Finding } from './finding';

/**
 * What validation says of the pack a workbook carries, when it is not the pack in use: the province
 * never trusts it over its own. Rules loosened or a row removed are named; the figures are checked
 * by the pack in use. A layout that differs is a warning (the structure findings say where), anything
 * else, and an unreadable carried pack, a note.
 */

const MAX_ITEMS = 6;

function describeDifferences(differences: readonly PackDifference[], lang: Lang): string {
  const byKind = new Map<PackDifference['kind'], string[]>();
  for (const d of differences) byKind.set(d.kind, [...(byKind.get(d.kind) ?? []), d.what]);
  return [...byKind]
    .map(([kind, items]) => {
      const listed = items.slice(0, MAX_ITEMS).join(', ') + (items.length > MAX_ITEMS ? ` (+${items.length - MAX_ITEMS})` : '');
      return fill(packDifferenceMessages[kind][lang], { items: listed }, lang);
    })
    .join('; ');
}

export function embeddedFindings(note: EmbeddedNote | null | undefined, pack: TemplatePack): Finding[] {
  if (!note) return [];
  const used = `${pack.id} ${pack.version}`;
  const base = { kind: 'structure' as const, annexId: null, sheetName: null, cells: [] };
  if (note.kind === 'corrupt') {
    const text = (lang: Lang) => fill(structureMessages['structure.embeddedCorrupt'][lang], { reason: embeddedCorruptionMessages[note.reason][lang], used }, lang);
    return [makeFinding({ ...base, ruleId: 'structure.embeddedCorrupt', severity: 'info', message: { vi: text('vi'), en: text('en') } })];
  }
  const c = note.comparison;
  const text = (lang: Lang) => {
    const differences = c.differences.length ? describeDifferences(c.differences, lang) : packDifferenceMessages.otherPack[lang];
    return fill(structureMessages['structure.embeddedDiffers'][lang], { embedded: c.embedded, used: c.used, differences }, lang);
  };
  return [makeFinding({ ...base, ruleId: 'structure.embeddedDiffers', severity: c.sameLayout ? 'info' : 'warning', message: { vi: text('vi'), en: text('en') } })];
}
