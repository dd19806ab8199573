import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useT } from '../i18n';

interface MergeReplaceDialogProps {
  conflicts: readonly string[];
  onReplace: () => void;
  onCancel: () => void;
}

/** Asks before an existing summary's sheets are replaced (same pattern as the Biểu mẫu tab); closing it any other way cancels. */
export function MergeReplaceDialog({ conflicts, onReplace, onCancel }: MergeReplaceDialogProps) {
  const t = useT();
  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface data-testid="merge-replace-dialog">
        <DialogBody>
          <DialogTitle>{t('merge.replace.title')}</DialogTitle>
          <DialogContent>
            <p>{t('merge.replace.body', { count: conflicts.length })}</p>
            <ul data-testid="merge-replace-list">
              {conflicts.map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" data-testid="merge-replace-confirm" onClick={onReplace}>
              {t('templates.replace.confirm')}
            </Button>
            <Button appearance="secondary" data-testid="merge-replace-cancel" onClick={onCancel}>
              {t('templates.replace.cancel')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
