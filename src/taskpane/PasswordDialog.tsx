import { Button, Checkbox, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import { useT } from './i18n';
import type { PasswordAnswer, PasswordRequest } from './unlock';

interface PasswordDialogProps {
  request: PasswordRequest;
  onAnswer: (answer: PasswordAnswer | null) => void;
}

/**
 * Asks for the open password of one file (its name shown), as Excel does. In a batch it offers
 * "the same password for every file". A wrong password says so and asks again; "Skip" (or closing
 * the dialog) leaves the file listed as needing its password, not as broken. The password is kept
 * in this component's state only until it is answered.
 */
export function PasswordDialog({ request, onAnswer }: PasswordDialogProps) {
  const t = useT();
  const [password, setPassword] = useState('');
  const [forAll, setForAll] = useState(false);
  const submit = () => onAnswer({ password, forAll });
  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => !data.open && onAnswer(null)}>
      <DialogSurface data-testid="password-dialog">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <DialogBody>
            <DialogTitle>{t('password.title')}</DialogTitle>
            <DialogContent>
              <p>{t('password.body', { file: request.fileName })}</p>
              <Field label={t('password.label')} validationState={request.wrong ? 'error' : 'none'} validationMessage={request.wrong ? t('password.wrong') : undefined}>
                <Input type="password" autoFocus autoComplete="off" value={password} onChange={(_, d) => setPassword(d.value)} data-testid="password-input" />
              </Field>
              {request.batch && <Checkbox label={t('password.forAll')} checked={forAll} onChange={(_, d) => setForAll(d.checked === true)} data-testid="password-for-all" />}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit" data-testid="password-open">
                {t('password.open')}
              </Button>
              <Button appearance="secondary" onClick={() => onAnswer(null)} data-testid="password-skip">
                {t('password.skip')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
