import type { Catalogue, Lang } from './format';

/**
 * The words of a target's status — one table for the validation findings, the check sheet, the
 * summary and the overview (plan 56: "mức độ hoàn thành và triển vọng hoàn thành các chỉ tiêu").
 * At mid-term a target not reached yet is "Đúng tiến độ" or "Có nguy cơ không đạt", never a failure.
 */
export type AttainmentStatus = 'exceeded' | 'met' | 'onTrack' | 'atRisk' | 'noTarget';

export const ATTAINMENT_STATUSES: readonly AttainmentStatus[] = ['exceeded', 'met', 'onTrack', 'atRisk', 'noTarget'];

export const statusWords = {
  exceeded: { vi: 'Đã vượt', en: 'Exceeded' },
  met: { vi: 'Đã đạt', en: 'Met' },
  onTrack: { vi: 'Đúng tiến độ', en: 'On track' },
  atRisk: { vi: 'Có nguy cơ không đạt', en: 'At risk' },
  noTarget: { vi: 'Chưa có chỉ tiêu', en: 'No target set' },
} as const satisfies Catalogue & Record<AttainmentStatus, unknown>;

export function statusWord(status: AttainmentStatus, lang: Lang): string {
  return statusWords[status][lang];
}
