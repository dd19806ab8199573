import { Body1, Caption1Strong, makeStyles, tokens } from '@fluentui/react-components';
import type { PaneMessageKey } from '../core/i18n/pane-messages';
import { useT } from './i18n';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground2 },
});

/** Placeholder of a tab whose feature is not in the pane yet: says what it will do. */
export function ComingSoon({ what, testId }: { what: PaneMessageKey; testId: string }) {
  const t = useT();
  const styles = useStyles();
  return (
    <div className={styles.box} data-testid={testId}>
      <Caption1Strong>{t('pane.comingSoon')}</Caption1Strong>
      <Body1>{t(what)}</Body1>
    </div>
  );
}
