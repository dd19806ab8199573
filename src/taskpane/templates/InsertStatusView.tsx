import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { useT } from '../i18n';
import type { InsertStatus } from './use-insertion';

/** Progress while the insertion runs, then its outcome — one sentence each, nothing said twice. */
export function InsertStatusView({ status }: { status: InsertStatus }) {
  const t = useT();
  switch (status.kind) {
    case 'checking':
      return <Spinner size="tiny" labelPosition="after" data-testid="progress" label={t('templates.progress.checking')} />;
    case 'writing':
      return <Spinner size="tiny" labelPosition="after" data-testid="progress" label={t('templates.progress.writing', { count: status.count })} />;
    case 'done':
      return (
        <MessageBar intent="success" layout="multiline" data-testid="result">
          <MessageBarBody>
            <MessageBarTitle>{t('templates.done.title', { count: status.annexes, unit: status.unitName })}</MessageBarTitle>
            {status.checkSheet && t('templates.done.checkSheet', { sheet: status.checkSheet })}
            {status.glanceSheet && ` ${t('templates.done.glance', { sheet: status.glanceSheet })}`}
            {status.kept > 0 && ` ${t('templates.done.kept', { count: status.kept })}`}
          </MessageBarBody>
        </MessageBar>
      );
    case 'cancelled':
      return (
        <MessageBar intent="info" layout="multiline" data-testid="cancelled">
          <MessageBarBody>{t('templates.cancelled')}</MessageBarBody>
        </MessageBar>
      );
    case 'error':
      return (
        <MessageBar intent="error" layout="multiline" data-testid="error" politeness="assertive">
          <MessageBarBody>
            <MessageBarTitle>{t('error.title')}</MessageBarTitle>
            {status.message}
          </MessageBarBody>
        </MessageBar>
      );
    case 'idle':
    case 'confirm':
      return null;
  }
}
