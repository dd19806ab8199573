import type { Lang } from '../i18n/format';
import type { TemplatePack } from '../pack/types';
import { mergeText, overrideText, reasonText, statusText, transferText } from '../merge/describe';
import type { MergeResult } from '../merge/merge';
import { savedAtText } from '../merge/timeliness';
import type { SheetModel } from '../sheet/model';
import { SUMMARY_SHEETS } from '../sheet/sheet-names';
import { TableSheet } from './table-sheet';

/** The log sheet: every file received, its unit, saved time, status, reason, override reason and content hash. */
export function logSheet(pack: TemplatePack, result: MergeResult, lang: Lang): SheetModel {
  const t = (key: Parameters<typeof mergeText>[1], params?: Record<string, string | number>) => mergeText(lang, key, params);
  const unit = result.mergingUnit;
  const s = new TableSheet(SUMMARY_SHEETS.log, { packId: pack.id, packVersion: pack.version, annexId: '_log', unitCode: unit.code });
  s.set(0, 0, t('log.title', { name: unit.name, code: unit.code }), 'title');
  const headers = ['detail.stt', 'log.file', 'log.unit', 'log.unitName', 'log.savedAt', 'log.status', 'log.merged', 'log.reason', 'log.override', 'log.hash'] as const;
  headers.forEach((key, c) => s.set(2, c, t(key), 'header'));
  const label = { title: pack.title, version: pack.version, campaign: pack.campaign };
  result.entries.forEach((e, i) => {
    const r = 3 + i;
    s.set(r, 0, i + 1, 'center');
    s.set(r, 1, e.file.fileName, 'text');
    s.set(r, 2, e.unitCode, 'code');
    s.set(r, 3, e.unitName, 'text');
    s.set(r, 4, savedAtText(e.file.savedAt), 'center');
    s.set(r, 5, statusText(e.decision.status, lang), 'text');
    s.set(r, 6, t(e.decision.merged ? 'merged.yes' : 'merged.no'), 'center');
    s.set(r, 7, reasonText(e, label, lang), 'text');
    s.set(r, 8, overrideText(e) || null, 'text');
    s.set(r, 9, e.file.sha256, 'mono');
  });
  // Transfers inside the union: what was eliminated, or kept and why.
  const transfers = result.transfers.flatMap((o) => transferText(o, pack, result.mergingUnit, lang) ?? []);
  if (transfers.length) {
    const at = 3 + result.entries.length + 1;
    s.set(at, 1, t('log.transfers'), 'title');
    transfers.forEach((text, i) => s.set(at + 1 + i, 1, text, 'text'));
  }
  return s.build({ columnWidths: [5, 36, 11, 30, 16, 18, 13, 60, 30, 24], freeze: { rows: 3, cols: 0 } });
}
