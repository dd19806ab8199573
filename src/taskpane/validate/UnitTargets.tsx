import { Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { Decimal } from '../../core/numbers/decimal';
import { percentOfTarget } from '../../core/overview/overview-data';
import type { Finding } from '../../core/rules/finding';
import { TargetBars, useOverviewT, type TargetBar } from '../TargetBars';

/**
 * After a check, the unit's own congress targets the way the merge's overview shows them: % of the
 * target as a bar, with the status word of the pack's target rule — from the check's own target
 * findings (nothing is computed twice). Shown only when the checked sheets have targets.
 */

const useStyles = makeStyles({ root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS } });

export function targetBarsOfFindings(findings: readonly Finding[]): TargetBar[] {
  return findings.flatMap((f) => {
    const a = f.kind === 'target' ? f.attainment : undefined;
    if (!a) return [];
    const number = (n: number | null) => (n !== null && Number.isFinite(n) ? Decimal.fromNumber(n) : null);
    return [{ key: `${f.ruleId}|${f.annexId ?? ''}|${f.rowCode ?? ''}`, label: f.label ?? f.rowCode ?? '', percent: percentOfTarget(a, number(a.target), number(a.result)), status: a.status }];
  });
}

export function UnitTargets({ findings }: { findings: readonly Finding[] }) {
  const styles = useStyles();
  const t = useOverviewT();
  const bars = targetBarsOfFindings(findings);
  if (!bars.length) return null;
  return (
    <section className={styles.root} data-testid="unit-targets" aria-label={t('glance.title')}>
      <Subtitle2>{t('glance.title')}</Subtitle2>
      <TargetBars targets={bars} testId="unit-targets-bars" />
    </section>
  );
}
