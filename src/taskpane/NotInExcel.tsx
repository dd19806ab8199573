import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useT } from './i18n';

const useStyles = makeStyles({ page: { padding: tokens.spacingHorizontalL } });

/** Shown when the page is opened outside Excel (a plain browser, another Office app, office.js missing). */
export function NotInExcel() {
  const t = useT();
  const styles = useStyles();
  return (
    <main className={styles.page}>
      <MessageBar intent="warning" layout="multiline" data-testid="not-in-excel">
        <MessageBarBody>
          <MessageBarTitle>{t('pane.notInExcel.title')}</MessageBarTitle>
          {t('pane.notInExcel.body')}
        </MessageBarBody>
      </MessageBar>
    </main>
  );
}
