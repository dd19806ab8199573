import { Caption1, Field, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Spinner } from '@fluentui/react-components';
import { useT, type Translate } from '../i18n';
import type { MergeRunStatus } from './use-merge-run';

/** At most this many names in a line of the result; the rest are counted ("và 5 đơn vị khác"). */
const NAMED = 5;

export function namesText(names: readonly string[], t: Translate): string {
  if (names.length <= NAMED) return names.join(', ');
  return `${names.slice(0, NAMED).join(', ')} ${t('merge.done.andMore', { count: names.length - NAMED })}`;
}

/** Progress while the merge runs, then its outcome: what was merged, and who is left out, missing or late — by name. */
export function MergeResult({ status }: { status: MergeRunStatus }) {
  const t = useT();
  switch (status.kind) {
    case 'idle':
      return null;
    case 'merging':
      return (
        <Field validationMessage={t('merge.progress.merging', { count: status.files })} validationState="none" data-testid="merge-progress">
          <ProgressBar />
        </Field>
      );
    case 'checking':
    case 'confirm':
      return <Spinner size="tiny" labelPosition="after" label={t('merge.progress.checking')} data-testid="merge-progress" />;
    case 'writing':
      return <Spinner size="tiny" labelPosition="after" label={t('merge.progress.writing', { count: status.count })} data-testid="merge-progress" />;
    case 'cancelled':
      return (
        <MessageBar intent="info" data-testid="merge-cancelled">
          <MessageBarBody>{t('merge.cancelled')}</MessageBarBody>
        </MessageBar>
      );
    case 'error':
      return (
        <MessageBar intent="error" layout="multiline" data-testid="merge-error" politeness="assertive">
          <MessageBarBody>
            <MessageBarTitle>{t('merge.error.title')}</MessageBarTitle>
            {status.message}
          </MessageBarBody>
        </MessageBar>
      );
    case 'done': {
      const { counts, named } = status;
      return (
        <MessageBar intent={counts.leftOut > 0 || counts.missing > 0 ? 'warning' : 'success'} layout="multiline" data-testid="merge-result">
          <MessageBarBody>
            <MessageBarTitle data-testid="merge-result-units">{t('merge.done.units', { units: status.units, sheets: status.written })}</MessageBarTitle>
            {status.kept > 0 && <Caption1 data-testid="merge-result-kept">{t('merge.done.kept', { count: status.kept })}</Caption1>}
            <div data-testid="merge-result-counts">
              {counts.leftOut > 0 && <div data-testid="merge-result-leftout">{t('merge.done.leftOut', { count: counts.leftOut, names: namesText(named.leftOut, t) })}</div>}
              {counts.missing > 0 && <div data-testid="merge-result-missing">{t('merge.done.missing', { count: counts.missing, names: namesText(named.missing, t) })}</div>}
              {counts.late > 0 && <div data-testid="merge-result-late">{t('merge.done.late', { count: counts.late, names: namesText(named.late, t) })}</div>}
              {counts.leftOut === 0 && counts.missing === 0 && counts.late === 0 && <div>{t('merge.done.complete')}</div>}
            </div>
          </MessageBarBody>
        </MessageBar>
      );
    }
  }
}
