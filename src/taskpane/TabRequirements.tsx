import { Caption1, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { HostError } from '../excel/host';
import { describeHostError } from '../excel/host-error-text';
import { FEATURES, TAB_FEATURES, tabRequirements, type FeatureName, type TabName } from '../excel/requirements';
import { useLang, useT } from './i18n';

/**
 * What this Excel cannot do for a tab, found when the tab opens (Office's requirement sets), so the
 * user is told before clicking — not after. With the manifest's ExcelApi 1.8 every host that offers
 * the add-in has what the tabs need; this matters if the manifest is lowered (see requirements.ts).
 */
export function useTabRequirements(tab: TabName): { missing: readonly FeatureName[]; blocking: boolean; lacks: (f: FeatureName) => boolean } {
  return useMemo(() => {
    const found = tabRequirements(tab);
    return { ...found, lacks: (f: FeatureName) => found.missing.includes(f) };
  }, [tab]);
}

export function TabRequirements({ tab }: { tab: TabName }) {
  const t = useT();
  const lang = useLang();
  const { missing, blocking } = useTabRequirements(tab);
  if (!missing.length) return null;
  return (
    <MessageBar intent={blocking ? 'error' : 'warning'} layout="multiline" data-testid={`requirements-${tab}`}>
      <MessageBarBody>
        <MessageBarTitle>{t('pane.requirements.title')}</MessageBarTitle>
        {missing.map((f) => (
          <div key={f}>{describeHostError(new HostError('unsupported', `ExcelApi ${FEATURES[f].set}`, { feature: f }), lang)}</div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}

const useStyles = makeStyles({ line: { display: 'block', padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`, backgroundColor: tokens.colorStatusWarningBackground1 } });

/**
 * Said once for the whole pane as soon as it opens, above every tab: which tabs this Excel cannot
 * (fully) serve — so the user learns it before clicking a tab, not after.
 */
export function PaneRequirements() {
  const t = useT();
  const styles = useStyles();
  const lacking = useMemo(() => (Object.keys(TAB_FEATURES) as TabName[]).filter((tab) => tabRequirements(tab).missing.length > 0), []);
  if (!lacking.length) return null;
  return (
    <Caption1 className={styles.line} role="status" data-testid="requirements-pane">
      {t('pane.requirements.tabs', { tabs: lacking.map((tab) => t(`pane.tab.${tab}`)).join(', ') })}
    </Caption1>
  );
}
