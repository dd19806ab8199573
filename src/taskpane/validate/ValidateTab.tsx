import { Button, Caption1, MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import { WithPack } from '../WithPack';
import { formatNumber, type Lang } from '../../core/i18n/format';
import type { Severity, TemplatePack } from '../../core/pack/types';
import type { Finding } from '../../core/rules/finding';
import { useValidationHost } from '../host-context';
import { useLang, useT, type Translate } from '../i18n';
import { NextStep, TabLayout } from '../TabLayout';
import { TabRequirements, useTabRequirements } from '../TabRequirements';
import { whereText } from './finding-text';
import { bySeverity, FindingList } from './FindingList';
import { UnitTargets } from './UnitTargets';
import { fixOf } from './finding-fix';
import { summary, useValidation, type ValidationOutcome } from './use-validation';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  results: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** The "Kiểm tra" tab: validate the open workbook (or its active sheet) against the default pack. */
export default function ValidateTab() {
  return <WithPack testId="validate-pack-error">{(pack) => <ValidatePanel pack={pack} />}</WithPack>;
}

const DEFAULT_SHOWN: ReadonlySet<Severity> = new Set<Severity>(['error', 'warning']);

function ValidatePanel({ pack }: { pack: TemplatePack }) {
  const t = useT();
  const styles = useStyles();
  const host = useValidationHost();
  const lang = useLang();
  const requirements = useTabRequirements('validate');
  const v = useValidation(host, pack, lang, t, { marks: !requirements.lacks('marks') });
  const { busy, outcome, marks, lastFix } = v;
  const canFix = !requirements.lacks('fix');
  const findings = useMemo(() => (outcome ? bySeverity(outcome.findings) : []), [outcome]);
  const fixes = useMemo(() => (canFix ? findings.flatMap((f) => fixOf(f) ?? []) : []), [findings, canFix]);
  const errors = useMemo(() => findings.filter((f) => f.severity === 'error' && f.sheetName && f.address), [findings]);
  const [shown, setShown] = useState<ReadonlySet<Severity>>(DEFAULT_SHOWN);
  const [current, setCurrent] = useState<Finding | null>(null);
  const mainButton = useRef<HTMLButtonElement>(null);
  // A new result: the notes are hidden again and "Lỗi tiếp theo" starts from the first error.
  useEffect(() => {
    setCurrent(null);
    setShown(DEFAULT_SHOWN);
  }, [outcome]);
  const disabled = busy !== null || requirements.blocking;

  const select = (f: Finding) => {
    setCurrent(f);
    void v.select(f.sheetName!, f.address!);
  };
  const nextError = () => {
    if (!errors.length) return;
    const at = current ? errors.indexOf(current) : -1;
    if (!shown.has('error')) setShown(new Set([...shown, 'error']));
    select(errors[(at + 1) % errors.length]);
  };

  const body = (
    <>
      <TabRequirements tab="validate" />
      <Caption1>{t('validate.intro')}</Caption1>
      {outcome && (
        <div className={styles.results} data-testid="validate-results">
          <div className={styles.actions}>
            {fixes.length > 0 && (
              <Button size="small" data-testid="fix-all" disabledFocusable={disabled} onClick={() => void v.fix(fixes)}>
                {t('validate.fix.all', { count: fixes.length })}
              </Button>
            )}
            {marks.kind === 'marked' && (
              <>
                <Caption1 data-testid="marks-placed">{t('validate.marks.placed', { count: marks.count })}</Caption1>
                <Button size="small" data-testid="clear-marks" disabledFocusable={disabled} onClick={() => void v.clearMarks().then(() => keepFocus(mainButton.current))}>
                  {t('validate.clearMarks')}
                </Button>
              </>
            )}
            {marks.kind === 'cleared' && <Caption1 data-testid="marks-cleared">{t('validate.marksCleared', { count: marks.count })}</Caption1>}
          </div>
          {marks.kind === 'failed' && (
            <MessageBar intent="warning" layout="multiline" data-testid="marks-failed">
              <MessageBarBody>
                <MessageBarTitle>{t('validate.marks.failed')}</MessageBarTitle>
                {marks.message}
              </MessageBarBody>
            </MessageBar>
          )}
          <UnitTargets findings={outcome.findings} />
          <FindingList pack={pack} findings={findings} shown={shown} onShown={setShown} current={current} disabled={disabled || !canFix} onSelect={select} onFix={(f) => void v.fix([f])} />
        </div>
      )}
    </>
  );

  const footer = (
    <>
      <div className={styles.actions}>
        <Button appearance="primary" ref={mainButton} data-testid="validate-workbook" disabledFocusable={disabled} onClick={() => void v.run('all')}>
          {t('validate.workbook')}
        </Button>
        <Button data-testid="validate-active" disabledFocusable={disabled} onClick={() => void v.run('active')}>
          {t('validate.activeSheet')}
        </Button>
        {errors.length > 0 && (
          <Button data-testid="next-error" disabledFocusable={busy !== null} onClick={nextError}>
            {t('validate.nextError')}
          </Button>
        )}
      </div>
      <div aria-live="polite" data-testid="validate-status">
        {busy && <Spinner size="tiny" labelPosition="after" data-testid="validate-progress" label={t(`validate.progress.${busy}`)} />}
        {v.error && (
          <MessageBar intent="error" layout="multiline" data-testid="validate-error" politeness="assertive">
            <MessageBarBody>
              <MessageBarTitle>{t(outcome ? 'validate.error.after' : 'validate.error.title')}</MessageBarTitle>
              {v.error}
            </MessageBarBody>
          </MessageBar>
        )}
        {outcome && !busy && <OutcomeBar outcome={outcome} />}
        {current && (
          <Caption1 data-testid="current-error">{t('validate.current', { at: errors.indexOf(current) + 1, count: errors.length, where: whereText(current, pack, t), message: current.message[lang] })}</Caption1>
        )}
        {lastFix && !busy && (
          <div className={styles.actions} data-testid="fix-done">
            <Caption1>{t(lastFix.undone ? 'validate.fix.undone' : 'validate.fix.done', { count: lastFix.fixes.length, cells: fixedCells(lastFix.previous, lastFix.fixes, t, lang) })}</Caption1>
            {!lastFix.undone && (
              <Button size="small" data-testid="fix-undo" disabledFocusable={disabled} onClick={() => void v.undoFix()}>
                {t('validate.fix.undo')}
              </Button>
            )}
          </div>
        )}
      </div>
      <NextStep testId="validate-next" text={nextText(outcome, pack, t)} />
    </>
  );

  return <TabLayout testId="validate" body={body} footer={footer} />;
}

/** The button pressed went away with what it did (the marks cleared): the focus goes to `to`, not to the page body. */
function keepFocus(to: HTMLElement | null): void {
  const at = document.activeElement;
  if (!at || at === document.body) to?.focus();
}

/** The result where the eye is, next to the button: what was checked and the counts. */
function OutcomeBar({ outcome }: { outcome: ValidationOutcome }) {
  const t = useT();
  if (outcome.scope === 'active' && !outcome.activeIsAnnex) {
    return (
      <MessageBar intent="warning" layout="multiline" data-testid="validate-summary">
        <MessageBarBody>
          <span data-testid="validate-summary-text">{t('validate.activeNotAnnex', { sheet: outcome.activeSheet ?? '' })}</span>
        </MessageBarBody>
      </MessageBar>
    );
  }
  const intent = outcome.passed ? (outcome.counts.warning ? 'warning' : 'success') : 'error';
  const title = outcome.scope === 'active' ? t('validate.scope.active', { sheet: outcome.activeSheet ?? '' }) : t('validate.scope.all');
  return (
    <MessageBar intent={intent} layout="multiline" data-testid="validate-summary">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        <span data-testid="validate-summary-text">{summary(outcome, t)}</span>
      </MessageBarBody>
    </MessageBar>
  );
}

/** "PL02!F12 “1.250” → 1.250" for each cell the fix wrote (at most three named). */
function fixedCells(previous: ReadonlyArray<{ sheet: string; address: string; value: number | string }>, fixes: ReadonlyArray<{ value: number | string }>, t: Translate, lang: Lang): string {
  const named = previous.slice(0, 3).map((p, i) => t('validate.fix.cell', { cell: `${p.sheet}!${p.address}`, from: String(p.value), to: typeof fixes[i].value === 'number' ? formatNumber(fixes[i].value as number, lang) : String(fixes[i].value) }));
  return previous.length > 3 ? `${named.join('; ')} …` : named.join('; ');
}

function nextText(outcome: ValidationOutcome | null, pack: TemplatePack, t: Translate): string {
  if (!outcome) return t('validate.next.start');
  if (outcome.scope === 'active' && !outcome.activeIsAnnex) return t('validate.next.openAnnex');
  if (!outcome.passed) return t('validate.next.fix');
  return t('validate.next.send', { issuer: pack.issuer.name });
}
