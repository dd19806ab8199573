import type { Campaign } from '../pack/types';

/**
 * On time or late. The pack's deadline is a day ("2020-12-25"): a file saved any time that day, in
 * Vietnam's time (UTC+7, the campaign's own clock, no daylight saving), is on time. Saved times from
 * docProps/core.xml are UTC.
 */
export type Timeliness = 'onTime' | 'late' | 'unknown';

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The first instant after the deadline day, in UTC. */
export function deadlineEnd(campaign: Pick<Campaign, 'deadline'>): Date {
  const [y, m, d] = campaign.deadline.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d) + DAY_MS - VIETNAM_OFFSET_MS);
}

export function timelinessOf(savedAt: Date | null, campaign: Pick<Campaign, 'deadline'>): Timeliness {
  if (!savedAt || Number.isNaN(savedAt.getTime())) return 'unknown';
  return savedAt.getTime() >= deadlineEnd(campaign).getTime() ? 'late' : 'onTime';
}

/** "25/12/2020": the deadline as staff write it. */
export function deadlineText(campaign: Pick<Campaign, 'deadline'>): string {
  const [y, m, d] = campaign.deadline.split('-');
  return `${d}/${m}/${y}`;
}

/** "20/12/2020 15:04" in Vietnam's time, for the log. */
export function savedAtText(savedAt: Date | null): string {
  if (!savedAt || Number.isNaN(savedAt.getTime())) return '';
  const t = new Date(savedAt.getTime() + VIETNAM_OFFSET_MS);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(t.getUTCDate())}/${p(t.getUTCMonth() + 1)}/${t.getUTCFullYear()} ${p(t.getUTCHours())}:${p(t.getUTCMinutes())}`;
}
