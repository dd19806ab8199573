import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles } from '@fluentui/react-components';
import { useMemo, type ReactElement } from 'react';
import { defaultPack, PackError } from '../core/load/load-pack';
import type { TemplatePack } from '../core/pack/types';
import { useLang, useT } from './i18n';

const useStyles = makeStyles({
  detail: { whiteSpace: 'pre-wrap', margin: 0, fontFamily: 'inherit' },
});

type PackLoad = { pack: TemplatePack } | { error: string };

/**
 * Every tab works on the default pack: loaded (and checked) once per language, or a plain message
 * naming what is wrong with it — never a stack trace.
 */
export function WithPack({ testId, children }: { testId: string; children: (pack: TemplatePack) => ReactElement }) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const loaded = useMemo((): PackLoad => {
    try {
      return { pack: defaultPack() };
    } catch (error) {
      return { error: error instanceof PackError ? error.describe(lang) : String((error as Error)?.message ?? error) };
    }
  }, [lang]);

  if ('error' in loaded) {
    return (
      <MessageBar intent="error" layout="multiline" data-testid={testId}>
        <MessageBarBody>
          <MessageBarTitle>{t('templates.packError')}</MessageBarTitle>
          <pre className={styles.detail}>{loaded.error}</pre>
        </MessageBarBody>
      </MessageBar>
    );
  }
  return children(loaded.pack);
}
