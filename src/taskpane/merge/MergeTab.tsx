import {
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useMemo, useRef, useState, type DragEvent, type ReactNode } from 'react';
import { SAVE_AS_EN, SAVE_AS_VI } from '../../core/i18n/xlsx-messages';
import { departmentChoices, resolveAnnexSelection } from '../../core/merge/annex-selection';
import { mergingUnits } from '../../core/merge/unit-tree';
import type { MergePlan, Override } from '../../core/merge/plan';
import { WithPack } from '../WithPack';
import type { TemplatePack } from '../../core/pack/types';
import { BackupBar } from '../BackupBar';
import { useExcelHost } from '../host-context';
import { useLang, useT } from '../i18n';
import { describeInsertError } from '../describe-error';
import { useRemembered } from '../remember';
import { FileList, type OverrideState } from './FileList';
import { needsLook, shortReason } from './file-order';
import { MergeOverview } from './MergeOverview';
import { MergeResult } from './MergeResult';
import { PasswordDialog } from '../PasswordDialog';
import { ReplaceDialog } from '../ReplaceDialog';
import { NextStep, TabLayout } from '../TabLayout';
import { TabRequirements, useTabRequirements } from '../TabRequirements';
import { useMergeFiles } from './use-merge-files';
import { useMergeRun, type MergeRunStatus } from './use-merge-run';
import { reasonText } from '../../core/merge/describe';

const ACCEPT = '.xlsx,.xlsm,.ods,.xls';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  drop: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  dropActive: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  hidden: { display: 'none' },
  actions: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** The "Tổng hợp" tab: the units' workbooks in, their statuses shown, the summary written into the open workbook. */
export default function MergeTab() {
  return <WithPack testId="merge-pack-error">{(pack) => <MergePanel pack={pack} />}</WithPack>;
}

function Section({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <section className={styles.section} data-testid={testId} aria-label={title}>
      <Subtitle2 as="h2">{title}</Subtitle2>
      {children}
    </section>
  );
}

/** Scope (all annexes or a department's) and merging unit, remembered per workbook and per user. */
function useScope(pack: TemplatePack) {
  const departments = useMemo(() => departmentChoices(pack), [pack]);
  const units = useMemo(() => mergingUnits(pack), [pack]);
  const [annexChoice, setAnnexChoice] = useRemembered<string>('merge.scope', 'all', (v) => (v === 'all' || departments.some((d) => d.id === v) ? (v as string) : null));
  const [mergingUnit, setMergingUnit] = useRemembered<string>('merge.unit', pack.issuer.code, (v) => (typeof v === 'string' && units.some((u) => u.code === v) ? v : null));
  const annexIds = useMemo(() => {
    const selection = resolveAnnexSelection(pack, annexChoice === 'all' ? undefined : [annexChoice]);
    return selection.ok ? selection.annexIds : [];
  }, [annexChoice, pack]);
  return { departments, units, annexChoice, setAnnexChoice, mergingUnit, setMergingUnit, annexIds };
}

function MergePanel({ pack }: { pack: TemplatePack }) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const host = useExcelHost();
  const input = useRef<HTMLInputElement>(null);
  const runButton = useRef<HTMLButtonElement>(null);
  const [dragging, setDragging] = useState(false);
  const { engine, files, reading, skipped, locks, loadError, add, clear, passwordRequest } = useMergeFiles(pack);
  const { status, start, confirmReplace, cancelReplace } = useMergeRun(host, pack, lang, t);
  const requirements = useTabRequirements('merge');
  const scope = useScope(pack);

  const [overrides, setOverrides] = useState<Record<string, OverrideState>>({});
  const onOverride = useCallback((unitCode: string, next: OverrideState) => setOverrides((all) => ({ ...all, [unitCode]: next })), []);
  const chosenOverrides = useMemo(
    (): Override[] => Object.entries(overrides).filter(([, o]) => o.include && o.reason.trim() !== '').map(([unitCode, o]) => ({ unitCode, reason: o.reason.trim() })),
    [overrides],
  );

  const planned = useMemo((): { plan: MergePlan } | { error: string } | null => {
    if (!engine || files.length === 0) return null;
    try {
      return { plan: engine.planMerge(pack, files.map((f) => f.examined), { mergingUnit: scope.mergingUnit, annexIds: scope.annexIds, overrides: chosenOverrides }) };
    } catch (error) {
      return { error: describeInsertError(error, lang, t) };
    }
  }, [engine, files, pack, scope.mergingUnit, scope.annexIds, chosenOverrides, lang, t]);
  const plan = planned && 'plan' in planned ? planned.plan : null;

  const busy = reading !== null || isBusy(status);
  const merged = plan ? plan.entries.filter((e) => e.decision.merged).length : 0;
  const toLook = plan ? plan.entries.filter(needsLook).length : 0;
  const saveAs = plan ? plan.entries.some((e) => shortReason(reasonText(e, pack, lang), lang).saveAs) : false;
  const missing = files.length === 0 ? t('merge.run.needFiles') : plan && plan.accepted.length === 0 ? t('merge.run.nothing') : null;

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    if (!busy) add(Array.from(event.dataTransfer.files));
  };

  const body = (
    <>
      <TabRequirements tab="merge" />
      <Caption1>{t('merge.intro')}</Caption1>
      <Section title={t('merge.step.files')} testId="merge-step-files">
        <div className={mergeClasses(styles.drop, dragging && styles.dropActive)} data-testid="merge-drop">
          <input
            ref={input}
            type="file"
            multiple
            accept={ACCEPT}
            className={styles.hidden}
            data-testid="merge-input"
            onChange={(event) => {
              const picked = Array.from(event.target.files ?? []);
              event.target.value = ''; // the same file can be picked again after clearing the list
              add(picked);
            }}
          />
          <Button appearance="secondary" data-testid="merge-pick" disabledFocusable={busy} onClick={() => input.current?.click()}>
            {t('merge.pick')}
          </Button>
          <Caption1>{dragging ? t('merge.dropActive') : t('merge.drop')}</Caption1>
          {files.length > 0 && (
            <Button appearance="subtle" data-testid="merge-clear" disabledFocusable={busy} onClick={clear}>
              {t('merge.clear')}
            </Button>
          )}
        </div>
        {reading && (
          <Field validationMessage={t('merge.reading', { done: reading.done, total: reading.total })} validationState="none" data-testid="merge-reading">
            <ProgressBar value={reading.done} max={reading.total} />
          </Field>
        )}
        {skipped > 0 && <Caption1 data-testid="merge-skipped">{t('merge.skippedSame', { count: skipped })}</Caption1>}
        {locks.length > 0 && <Caption1 data-testid="merge-skipped-lock">{t('merge.skippedLock', { count: locks.length, files: locks.join(', ') })}</Caption1>}
        {loadError !== null && (
          <MessageBar intent="error" layout="multiline" data-testid="merge-load-error">
            <MessageBarBody>
              <MessageBarTitle>{t('merge.error.title')}</MessageBarTitle>
              {describeInsertError(loadError, lang, t)}
            </MessageBarBody>
          </MessageBar>
        )}
      </Section>
      <Section title={t('merge.step.scope')} testId="merge-step-scope">
        <Field label={t('merge.annexes.label')}>
          <RadioGroup value={scope.annexChoice} onChange={(_, data) => scope.setAnnexChoice(data.value)} data-testid="merge-annexes" disabled={busy}>
            <Radio value="all" label={t('merge.annexes.all', { count: pack.annexes.length })} data-testid="merge-annexes-all" />
            {scope.departments.map((d) => (
              <Radio key={d.id} value={d.id} label={t('merge.annexes.department', { name: d.name, annexes: d.annexIds.join(', ') })} data-testid={`merge-department-${d.id}`} />
            ))}
          </RadioGroup>
        </Field>
        <Field label={t('merge.mergingUnit.label')} hint={t('merge.mergingUnit.hint')}>
          <Select value={scope.mergingUnit} onChange={(_, data) => scope.setMergingUnit(data.value)} data-testid="merge-unit" disabled={busy}>
            {scope.units.map((u) => (
              <option key={u.code} value={u.code}>
                {`${u.code} · ${u.name}`}
              </option>
            ))}
          </Select>
        </Field>
      </Section>
      {plan && (
        <Section title={t('merge.step.list')} testId="merge-step-list">
          <Caption1 data-testid="merge-files-count">{t('merge.files.count', { count: plan.entries.length, merged, toLook })}</Caption1>
          <FileList pack={pack} plan={plan} overrides={overrides} onOverride={onOverride} disabled={busy} />
          {saveAs && <Caption1 data-testid="merge-save-as">{t('merge.saveAsHelp', { steps: lang === 'vi' ? SAVE_AS_VI : SAVE_AS_EN })}</Caption1>}
        </Section>
      )}
      {planned && 'error' in planned && (
        <MessageBar intent="error" data-testid="merge-plan-error">
          <MessageBarBody>{planned.error}</MessageBarBody>
        </MessageBar>
      )}
      {/* The results of the last merge; panels that follow a merge (an overview) belong here. */}
      <div data-testid="merge-results">{status.kind === 'done' && <MergeOverview result={status.overview} drafts={status.drafts} />}</div>
    </>
  );

  const footer = (
    <>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          ref={runButton}
          data-testid="merge-run"
          disabledFocusable={busy || missing !== null || !engine || !plan || requirements.lacks('insert')}
          onClick={() => engine && plan && void start(engine, plan)}
        >
          {t('merge.run')}
        </Button>
        {missing && status.kind === 'idle' && <Caption1 data-testid="merge-hint">{missing}</Caption1>}
      </div>
      <div aria-live="polite" data-testid="merge-status">
        <MergeResult status={status} />
      </div>
      <NextStep testId="merge-next" text={t(status.kind === 'done' ? 'merge.next.review' : files.length ? 'merge.next.run' : 'merge.next.collect')} />
      <BackupBar version={status.kind === 'done' ? status : null} testId="merge-backup" />
      {passwordRequest && <PasswordDialog key={`${passwordRequest.fileName}:${String(passwordRequest.wrong)}`} request={passwordRequest} onAnswer={passwordRequest.answer} />}
      {status.kind === 'confirm' && (
        <ReplaceDialog conflicts={status.conflicts} onReplace={confirmReplace} onCancel={cancelReplace} title="merge.replace.title" body="merge.replace.body" testId="merge-replace" returnFocus={runButton} />
      )}
    </>
  );

  return (
    <div
      className={mergeClasses(styles.section)}
      style={{ flexGrow: 1, minHeight: 0 }}
      data-testid="merge-tab"
      onDragOver={(event) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = busy ? 'none' : 'copy';
        if (!dragging) setDragging(true);
      }}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <TabLayout testId="merge" body={body} footer={footer} />
    </div>
  );
}

function isBusy(status: MergeRunStatus): boolean {
  return status.kind === 'merging' || status.kind === 'checking' || status.kind === 'writing' || status.kind === 'confirm';
}
