import { Button, Caption1, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { Severity, TemplatePack } from '../../core/pack/types';
import type { Finding } from '../../core/rules/finding';
import { useValidationHost } from '../host-context';
import { useLang, useT } from '../i18n';
import { describeInsertError } from '../describe-error';
import { defaultPack } from '../../core/load/load-pack';
import { FindingList, SEVERITIES, bySeverity } from '../validate/FindingList';
import { usePackChoice } from './use-pack-choice';

const useStyles = makeStyles({
  picker: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    // Above the tabs in the pane's full-height column: never squeezed, and at most a quarter of it (it
    // scrolls), so that a tab's footer (up to 55vh: its action and result) stays in view at 350 × 600.
    flexShrink: 0,
    maxHeight: '25vh',
    overflowY: 'auto',
  },
  // Collapsed, the picker is one line: the pack in use and "Đổi", which opens the rest.
  current: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  currentTitle: { flexGrow: 1, minWidth: 0, margin: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  details: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  identity: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  hidden: { display: 'none' },
  lines: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

type Check = { kind: 'reading' } | { kind: 'valid'; pack: TemplatePack; name: string } | { kind: 'invalid'; findings: Finding[] } | { kind: 'error'; message: string };

/**
 * The pack picker, above the tabs: one line, the pack every tab uses and "Đổi" (at 350 × 600 the
 * open picker took a quarter of the height, every day, for a choice made once per campaign). "Đổi"
 * opens the choices — the bundled example, a pack file opened from disk, the pack the open workbook
 * carries — its identity, version and notice, and "Kiểm tra bộ mẫu", which compiles the pack workbook
 * open in Excel and lists its problems like the Kiểm tra tab lists a unit's, each selecting its cell.
 * A note about the choice (the workbook carries another pack …) shows on the closed line too.
 */
export function PackPicker() {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const host = useValidationHost();
  const state = usePackChoice();
  const input = useRef<HTMLInputElement>(null);
  const [check, setCheck] = useState<Check | null>(null);
  // On demand: the choice is made once per campaign, the tabs' work every day.
  const [open, setOpen] = useState(false);
  if (!state) return null;
  const { choice, note, refusal } = state;

  const runCheck = async () => {
    setCheck({ kind: 'reading' });
    try {
      const [source, tools, { packIssueFindings }] = await Promise.all([host.readSource(), import(/* webpackChunkName: "packs" */ './pack-tools'), import(/* webpackChunkName: "packs" */ '../../core/packbook/findings')]);
      const read = tools.packFromSource(source);
      if (read.ok) setCheck({ kind: 'valid', pack: read.pack, name: source.label });
      else setCheck({ kind: 'invalid', findings: bySeverity(packIssueFindings('issues' in read ? read.issues : [])) });
    } catch (e) {
      setCheck({ kind: 'error', message: describeInsertError(e, lang, t) });
    }
  };

  const source = choice && (choice.source === 'file' ? t('packs.source.file', { name: choice.name ?? '' }) : t(`packs.source.${choice.source}`));
  return (
    <section className={styles.picker} aria-label={t('packs.heading')} data-testid="pack-picker">
      <div className={styles.current} data-testid="pack-current">
        {choice ? (
          <>
            <Caption1>{t('packs.current')}</Caption1>
            <Subtitle2 as="h2" className={styles.currentTitle} data-testid="picker-title">
              {choice.pack.title}
            </Subtitle2>
          </>
        ) : (
          <Spinner size="tiny" labelPosition="after" label={t('packs.loading')} data-testid="picker-loading" />
        )}
        <Button size="small" aria-expanded={open} aria-controls="pack-picker-details" aria-label={open ? undefined : t('packs.change.label')} data-testid="pack-change" onClick={() => setOpen(!open)}>
          {t(open ? 'packs.collapse' : 'packs.change')}
        </Button>
      </div>
      {note && (
        <MessageBar intent="warning" layout="multiline" data-testid="picker-note">
          <MessageBarBody>{t(note.key, note.params)}</MessageBarBody>
        </MessageBar>
      )}
      {open && (
        <div className={styles.details} id="pack-picker-details" data-testid="picker-details">
          <div className={styles.actions} role="group" aria-label={t('packs.choose')}>
            <Button size="small" data-testid="pack-choose-bundled" disabled={!choice} onClick={() => void state.chooseBundled()}>
              {t('packs.choose.bundled')}
            </Button>
            <Button size="small" data-testid="pack-choose-workbook" disabled={!choice} onClick={() => void state.chooseWorkbook()}>
              {t('packs.choose.workbook')}
            </Button>
            <input
              ref={input}
              type="file"
              accept=".json,.xlsx,.xlsm,application/json"
              className={styles.hidden}
              data-testid="pack-file-input"
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (file) void state.openFile(file.name, file);
              }}
            />
            <Button size="small" data-testid="pack-choose-file" title={t('packs.choose.fileHint')} disabled={!choice} onClick={() => input.current?.click()}>
              {t('packs.choose.file')}
            </Button>
            <Button size="small" data-testid="pack-check" title={t('packs.check.hint')} disabled={check?.kind === 'reading'} onClick={() => void runCheck()}>
              {t('packs.check')}
            </Button>
          </div>
          {choice && (
            <div className={styles.identity}>
              <Caption1 data-testid="picker-identity">
                {t('packs.identity', { id: choice.pack.id, version: choice.pack.version })} · <span data-testid="picker-source">{source}</span>
              </Caption1>
              <Caption1 data-testid="picker-notice">{choice.pack.notice}</Caption1>
            </div>
          )}
          {refusal && (
            <MessageBar intent="error" layout="multiline" data-testid="pack-file-refused">
              <MessageBarBody>
                <MessageBarTitle>{t('packs.fileRefused', { name: refusal.name })}</MessageBarTitle>
                <ul className={styles.lines}>
                  {refusal.lines.map((line, i) => (
                    <li key={i}>{line}</li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
          <div aria-live="polite" data-testid="pack-check-status">
            {check && <CheckStatus check={check} current={choice?.pack ?? null} onUse={(pack, name) => void state.usePack(pack, name)} />}
          </div>
        </div>
      )}
    </section>
  );
}

/** What "Kiểm tra bộ mẫu" found: reading, an error, a valid pack to use, or its problems, each selecting its cell. */
function CheckStatus({ check, current, onUse }: { check: Check; current: TemplatePack | null; onUse: (pack: TemplatePack, name: string) => void }) {
  const t = useT();
  const host = useValidationHost();
  const [shown, setShown] = useState<ReadonlySet<Severity>>(() => new Set(SEVERITIES));
  return (
    <>
      {check.kind === 'reading' && <Spinner size="tiny" labelPosition="after" label={t('packs.check.reading')} />}
      {check.kind === 'error' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{check.message}</MessageBarBody>
        </MessageBar>
      )}
      {check.kind === 'valid' && (
        <MessageBar intent="success" layout="multiline" data-testid="pack-check-valid">
          <MessageBarBody>
            {t('packs.check.valid', { title: check.pack.title, id: check.pack.id, version: check.pack.version, units: check.pack.units.length, annexes: check.pack.annexes.length, rules: check.pack.rules.length })}{' '}
            <Button size="small" appearance="primary" data-testid="pack-check-use" onClick={() => onUse(check.pack, check.name)}>
              {t('packs.check.use')}
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      {check.kind === 'invalid' && (
        <>
          <Caption1 data-testid="pack-check-invalid">{t('packs.check.invalid', { count: check.findings.length })}</Caption1>
          <FindingList
            pack={current ?? defaultPack()}
            findings={check.findings}
            shown={shown}
            onShown={setShown}
            current={null}
            disabled={false}
            onSelect={(f) => {
              if (f.sheetName && f.address) void host.selectCell(f.sheetName, f.address).catch(() => undefined);
            }}
            onFix={() => undefined}
          />
        </>
      )}
    </>
  );
}
