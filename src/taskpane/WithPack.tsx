import { MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles } from '@fluentui/react-components';
import { Fragment, useMemo, type ReactElement } from 'react';
import { defaultPack, PackError } from '../core/load/load-pack';
import type { TemplatePack } from '../core/pack/types';
import { useLang, useT } from './i18n';
import { usePackChoice } from './pack/use-pack-choice';

const useStyles = makeStyles({
  detail: { whiteSpace: 'pre-wrap', margin: 0, fontFamily: 'inherit' },
});

type PackLoad = { pack: TemplatePack } | { error: string };

/**
 * Every tab works on the pack chosen in the picker (the bundled example outside a picker): loaded
 * (and checked) once, or a plain message naming what is wrong with it — never a stack trace.
 */
export function WithPack({ testId, children }: { testId: string; children: (pack: TemplatePack) => ReactElement }) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const chosen = usePackChoice();
  const loaded = useMemo((): PackLoad => {
    try {
      return { pack: defaultPack() };
    } catch (error) {
      return { error: error instanceof PackError ? error.describe(lang) : String((error as Error)?.message ?? error) };
    }
  }, [lang]);

  // The pack chosen in the picker (pack/use-pack-choice.tsx), once read.
  if (chosen && !chosen.choice) return <Spinner size="tiny" label={t('packs.loading')} />;
  // Keyed by the pack, so that a tab's state (a chosen unit, annexes) starts afresh with another pack.
  if (chosen?.choice) return <Fragment key={`${chosen.choice.pack.id}|${chosen.choice.pack.version}`}>{children(chosen.choice.pack)}</Fragment>;

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
