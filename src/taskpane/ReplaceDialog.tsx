import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
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
}

/** Asks before existing sheets are replaced, listing them; closing the dialog in any other way cancels. */
export function ReplaceDialog({ conflicts, onReplace, onCancel, title, body, testId }: ReplaceDialogProps) {
  const t = useT();
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
            <Button appearance="primary" data-testid={`${testId}-confirm`} onClick={onReplace}>
              {t('templates.replace.confirm')}
            </Button>
            <Button appearance="secondary" data-testid={`${testId}-cancel`} onClick={onCancel}>
              {t('templates.replace.cancel')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
