import { Button, Caption1, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { BackupInfo } from '../excel/host';
import { describeInsertError } from './describe-error';
import { useExcelHost } from './host-context';
import { useLang, useT } from './i18n';
import { useReturnFocus } from './ReplaceDialog';

const useStyles = makeStyles({
  bar: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
});

/** "10:32 07/12/2026", local time. */
export function timeText(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const two = (n: number) => (n < 10 ? `0${n}` : String(n));
  return `${two(d.getHours())}:${two(d.getMinutes())} ${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()}`;
}

/**
 * The sheets an earlier replacement kept, hidden, and "Khôi phục bản cũ": asked first (the safe answer
 * is the default), then swapped back — what had replaced them is kept in turn, so nothing is lost and
 * the restore can be undone the same way. Looked up when the tab opens and after each insertion
 * (`version` changes).
 */
export function BackupBar({ version, testId }: { version: unknown; testId: string }) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const host = useExcelHost();
  const [kept, setKept] = useState<BackupInfo | null>(null);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ restored: BackupInfo } | { error: string } | null>(null);
  const button = useRef<HTMLButtonElement>(null);

  const look = useCallback(() => {
    host.backups().then(setKept, () => setKept(null));
  }, [host]);
  useEffect(() => {
    setDone(null);
    look();
  }, [look, version]);

  const restore = async () => {
    setAsking(false);
    setBusy(true);
    try {
      setDone({ restored: await host.restoreBackups() });
    } catch (error) {
      setDone({ error: describeInsertError(error, lang, t) });
    } finally {
      setBusy(false);
      look();
    }
  };

  return (
    <div aria-live="polite" data-testid={testId}>
      {kept && (
        <div className={styles.bar}>
          <Caption1 data-testid={`${testId}-kept`}>{t('backup.kept', { count: kept.sheets.length, time: timeText(kept.at) })}</Caption1>
          <Button size="small" ref={button} disabledFocusable={busy} onClick={() => setAsking(true)} data-testid={`${testId}-restore`}>
            {t('backup.restore')}
          </Button>
        </div>
      )}
      {done && 'restored' in done && <Caption1 data-testid={`${testId}-restored`}>{t('backup.restored', { count: done.restored.sheets.length, sheets: done.restored.sheets.join(', ') })}</Caption1>}
      {done && 'error' in done && (
        <MessageBar intent="error" layout="multiline" data-testid={`${testId}-error`}>
          <MessageBarBody>{done.error}</MessageBarBody>
        </MessageBar>
      )}
      {asking && kept && <RestoreDialog kept={kept} onRestore={() => void restore()} onCancel={() => setAsking(false)} returnFocus={button} testId={testId} />}
    </div>
  );
}

function RestoreDialog({ kept, onRestore, onCancel, returnFocus, testId }: { kept: BackupInfo; onRestore: () => void; onCancel: () => void; returnFocus: RefObject<HTMLElement | null>; testId: string }) {
  const t = useT();
  useReturnFocus(returnFocus);
  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface data-testid={`${testId}-dialog`}>
        <DialogBody>
          <DialogTitle>{t('backup.ask.title')}</DialogTitle>
          <DialogContent>
            <p>{t('backup.ask.body', { count: kept.sheets.length, time: timeText(kept.at) })}</p>
            <ul>
              {kept.sheets.map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" autoFocus onClick={onCancel} data-testid={`${testId}-cancel`}>
              {t('replace.keep')}
            </Button>
            <Button appearance="secondary" onClick={onRestore} data-testid={`${testId}-confirm`}>
              {t('backup.restore')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
