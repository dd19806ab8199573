import type { Campaign, ValueColumn } from './types';

/**
 * Figures "ước thực hiện": a column whose period ends after the campaign's deadline holds estimates
 * (units report on 25/12 for a year that ends on 31/12). A column of one year (`year`) ends on 31/12
 * of that year; a cumulative column (`period: toPeriodEnd`) ends with the period.
 */
export function columnEstimated(col: Pick<ValueColumn, 'year' | 'period'>, campaign: Pick<Campaign, 'periodEnd' | 'deadline'>): boolean {
  if (col.year !== undefined) {
    const end = `${col.year}-12-31` < campaign.periodEnd ? `${col.year}-12-31` : campaign.periodEnd;
    return end > campaign.deadline;
  }
  if (col.period === 'toPeriodEnd') return campaign.periodEnd > campaign.deadline;
  return false;
}
