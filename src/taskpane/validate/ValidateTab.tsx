import { Button, Caption1, MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { WithPack } from '../WithPack';
import type { TemplatePack } from '../../core/pack/types';
import { useValidationHost } from '../host-context';
import { useLang, useT } from '../i18n';
import { TabRequirements, useTabRequirements } from '../TabRequirements';
import { FindingGroups } from './FindingGroups';
import { fixOf, summary, useValidation } from './use-validation';

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  summary: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** The "Kiểm tra" tab: validate the open workbook (or its active sheet) against the default pack. */
export default function ValidateTab() {
  return <WithPack testId="validate-pack-error">{(pack) => <ValidatePanel pack={pack} />}</WithPack>;
}

function ValidatePanel({ pack }: { pack: TemplatePack }) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const host = useValidationHost();
  const requirements = useTabRequirements('validate');
  const { busy, outcome, error, run, fix, clearMarks, select } = useValidation(host, pack, lang, t, { marks: !requirements.lacks('marks') });
  const canFix = !requirements.lacks('fix');
  const fixes = useMemo(() => (outcome && canFix ? outcome.findings.flatMap((f) => fixOf(f) ?? []) : []), [outcome, canFix]);
  const disabled = busy !== null || requirements.blocking;

  return (
    <div className={styles.tab}>
      <TabRequirements tab="validate" />
      <Caption1>{t('validate.intro')}</Caption1>
      <div className={styles.actions}>
        <Button appearance="primary" data-testid="validate-workbook" disabled={disabled} onClick={() => void run('all')}>
          {t('validate.workbook')}
        </Button>
        <Button data-testid="validate-active" disabled={disabled} onClick={() => void run('active')}>
          {t('validate.activeSheet')}
        </Button>
      </div>
      <div aria-live="polite" data-testid="validate-status">
        {busy && <Spinner size="tiny" labelPosition="after" data-testid="validate-progress" label={t(`validate.progress.${busy}`)} />}
        {error && (
          <MessageBar intent="error" layout="multiline" data-testid="validate-error" politeness="assertive">
            <MessageBarBody>
              <MessageBarTitle>{t('validate.error.title')}</MessageBarTitle>
              {error}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {outcome && (
        <div className={styles.summary}>
          <MessageBar intent={outcome.passed ? (outcome.counts.warning ? 'warning' : 'success') : 'error'} layout="multiline" data-testid="validate-summary">
            <MessageBarBody>
              <MessageBarTitle>{t(`validate.scope.${outcome.scope}`)}</MessageBarTitle>
              <span data-testid="validate-summary-text">{summary(outcome, t)}</span>
            </MessageBarBody>
          </MessageBar>
          <div className={styles.actions}>
            {fixes.length > 0 && (
              <Button data-testid="fix-all" disabled={disabled} onClick={() => void fix(fixes)}>
                {t('validate.fix.all', { count: fixes.length })}
              </Button>
            )}
            {outcome.marked > 0 && (
              <Button data-testid="clear-marks" disabled={disabled} onClick={() => void clearMarks()}>
                {t('validate.clearMarks')}
              </Button>
            )}
            {outcome.marked === 0 && outcome.findings.length > 0 && (
              <Caption1 data-testid="marks-cleared">{t('validate.marksCleared')}</Caption1>
            )}
          </div>
          <FindingGroups pack={pack} findings={outcome.findings} disabled={disabled || !canFix} onSelect={select} onFix={(f) => void fix([f])} />
        </div>
      )}
    </div>
  );
}
