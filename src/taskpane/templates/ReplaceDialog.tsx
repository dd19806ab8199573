import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import { useT } from '../i18n';

interface ReplaceDialogProps {
  conflicts: readonly string[];
  onReplace: () => void;
  onCancel: () => void;
}

/** Asks before any existing sheet is replaced; closing the dialog in any other way cancels. */
export function ReplaceDialog({ conflicts, onReplace, onCancel }: ReplaceDialogProps) {
  const t = useT();
  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface data-testid="replace-dialog">
        <DialogBody>
          <DialogTitle>{t('templates.replace.title')}</DialogTitle>
          <DialogContent>
            <p>{t('templates.replace.body', { count: conflicts.length })}</p>
            <ul data-testid="replace-list">
              {conflicts.map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" data-testid="replace-confirm" onClick={onReplace}>
              {t('templates.replace.confirm')}
            </Button>
            <Button appearance="secondary" data-testid="replace-cancel" onClick={onCancel}>
              {t('templates.replace.cancel')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
