import { Caption1, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback } from 'react';
import { makeTranslator, type Params } from '../core/i18n/format';
import { paneOverviewMessages, type PaneOverviewMessageKey } from '../core/i18n/pane-overview-messages';
import type { Decimal } from '../core/numbers/decimal';
import { formatFixed } from '../core/numbers/format';
import { statusWord } from '../core/overview/sentences';
import type { AttainmentStatus } from '../core/rules/finding';
import { useLang } from './i18n';

/**
 * Congress targets as small bars: % of the target (CSS bars of Fluent's ProgressBar, not pictures),
 * with the status word the pack's target rule gave. Used after a merge (the summary's targets, from
 * core/overview) and after a check (the unit's own, from its target findings). A target without a %
 * (no figure, a target of 0) shows an empty bar and says so — never "NaN %".
 */

export interface TargetBar {
  key: string;
  label: string;
  /** % of the target; null when it cannot be computed. */
  percent: Decimal | null;
  /** As the pack's target rule judged it; null when it could not. */
  status: AttainmentStatus | null;
}

const translate = makeTranslator(paneOverviewMessages);

/** The pane-overview catalogue in the pane's language. */
export function useOverviewT(): (key: PaneOverviewMessageKey, params?: Params) => string {
  const lang = useLang();
  return useCallback((key: PaneOverviewMessageKey, params?: Params) => translate(lang, key, params), [lang]);
}

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  label: { overflowWrap: 'anywhere' },
});

const COLOR: Record<AttainmentStatus, 'success' | 'warning' | 'error'> = { exceeded: 'success', met: 'success', onTrack: 'success', atRisk: 'error', noTarget: 'warning' };

/** Bar length: the % of the target, between 0 and 100 % of the bar. */
export function barValue(percent: Decimal | null): number {
  if (percent === null) return 0;
  const n = percent.toNumber() / 100;
  return Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0;
}

export function TargetBars({ targets, testId }: { targets: readonly TargetBar[]; testId: string }) {
  const styles = useStyles();
  const lang = useLang();
  const t = useOverviewT();
  return (
    <ul className={styles.list} data-testid={testId}>
      {targets.map((target) => {
        const percent = target.percent === null ? t('paneOverview.noPercent') : t('paneOverview.percent', { percent: formatFixed(target.percent, lang, 1) });
        const status = target.status ? statusWord(target.status, lang) : t('paneOverview.noStatus');
        return (
          <li key={target.key} className={styles.item} data-testid={`${testId}-item`}>
            <Text size={200} className={styles.label}>
              {target.label}
            </Text>
            <ProgressBar value={barValue(target.percent)} max={1} thickness="large" color={target.status ? COLOR[target.status] : 'brand'} aria-label={`${target.label}: ${percent}`} />
            <Caption1 data-testid={`${testId}-text`}>
              {percent} — <strong>{status}</strong>
            </Caption1>
          </li>
        );
      })}
    </ul>
  );
}
