import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useEffect, type RefObject } from 'react';
import type { PaneMessageKey } from '../core/i18n/pane-messages';
import { useT } from './i18n';

interface ReplaceDialogProps {
  conflicts: readonly string[];
  onReplace: () => void;
  onCancel: () => void;
  /** Title and body of the question (the templates and the merge tab word it each their way). */
  title: PaneMessageKey;
  body: PaneMessageKey;
  /** Prefix of the data-testid attributes: "<prefix>-dialog", "-list", "-confirm", "-cancel". */
  testId: string;
  /** Where the keyboard focus goes back when the dialog closes (the button that opened it). */
  returnFocus: RefObject<HTMLElement | null>;
}

/**
 * Asks before existing sheets are replaced, listing them. The safe answer is the default: "Giữ
 * nguyên" is the primary button and has the focus, so Enter or Esc (or closing the dialog) keeps the
 * workbook as it is; replacing takes a deliberate click on "Thay thế". Focus returns to the button
 * that asked.
 */
export function ReplaceDialog({ conflicts, onReplace, onCancel, title, body, testId, returnFocus }: ReplaceDialogProps) {
  const t = useT();
  useReturnFocus(returnFocus);
  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface data-testid={`${testId}-dialog`}>
        <DialogBody>
          <DialogTitle>{t(title)}</DialogTitle>
          <DialogContent>
            <p>{t(body, { count: conflicts.length })}</p>
            <ul data-testid={`${testId}-list`}>
              {conflicts.map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" autoFocus data-testid={`${testId}-cancel`} onClick={onCancel}>
              {t('replace.keep')}
            </Button>
            <Button appearance="secondary" data-testid={`${testId}-confirm`} onClick={onReplace}>
              {t('replace.confirm')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** When the dialog goes, the focus goes back to `target` (after Fluent's own focus handling of the close). */
export function useReturnFocus(target: RefObject<HTMLElement | null>): void {
  useEffect(
    () => () => {
      setTimeout(() => target.current?.focus(), 0);
    },
    [target],
  );
}
