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
  Spinner,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useMemo, useRef, useState, type DragEvent } from 'react';
import { departmentChoices, resolveAnnexSelection } from '../../core/merge/annex-selection';
import { mergingUnits } from '../../core/merge/unit-tree';
import type { MergePlan, Override } from '../../core/merge/plan';
import { WithPack } from '../WithPack';
import type { TemplatePack } from '../../core/pack/types';
import { useExcelHost } from '../host-context';
import { useLang, useT } from '../i18n';
import { describeInsertError } from '../describe-error';
import { FileTable, type OverrideState } from './FileTable';
import { PasswordDialog } from '../PasswordDialog';
import { ReplaceDialog } from '../ReplaceDialog';
import { TabRequirements, useTabRequirements } from '../TabRequirements';
import { useMergeFiles } from './use-merge-files';
import { useMergeRun, type MergeRunStatus } from './use-merge-run';

const ACCEPT = '.xlsx,.xlsm,.ods,.xls';

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
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
  actions: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
  status: { alignSelf: 'stretch' },
});

/** The "Tổng hợp" tab: the units' workbooks in, their statuses shown, the summary written into the open workbook. */
export default function MergeTab() {
  return <WithPack testId="merge-pack-error">{(pack) => <MergePanel pack={pack} />}</WithPack>;
}

function MergePanel({ pack }: { pack: TemplatePack }) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const host = useExcelHost();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const { engine, files, reading, skipped, loadError, add, clear, passwordRequest } = useMergeFiles(pack);
  const { status, start, confirmReplace, cancelReplace } = useMergeRun(host, pack, lang, t);
  const requirements = useTabRequirements('merge');

  const departments = useMemo(() => departmentChoices(pack), [pack]);
  const [annexChoice, setAnnexChoice] = useState('all');
  const annexIds = useMemo(() => {
    const selection = resolveAnnexSelection(pack, annexChoice === 'all' ? undefined : [annexChoice]);
    return selection.ok ? selection.annexIds : [];
  }, [annexChoice, pack]);
  const units = useMemo(() => mergingUnits(pack), [pack]);
  const [mergingUnit, setMergingUnit] = useState(pack.issuer.code);

  const [overrides, setOverrides] = useState<Record<string, OverrideState>>({});
  const onOverride = useCallback((unitCode: string, next: OverrideState) => setOverrides((all) => ({ ...all, [unitCode]: next })), []);
  const chosenOverrides = useMemo(
    (): Override[] => Object.entries(overrides).filter(([, o]) => o.include && o.reason.trim() !== '').map(([unitCode, o]) => ({ unitCode, reason: o.reason.trim() })),
    [overrides],
  );

  const planned = useMemo((): { plan: MergePlan } | { error: string } | null => {
    if (!engine || files.length === 0) return null;
    try {
      return { plan: engine.planMerge(pack, files.map((f) => f.examined), { mergingUnit, annexIds, overrides: chosenOverrides }) };
    } catch (error) {
      return { error: describeInsertError(error, lang, t) };
    }
  }, [engine, files, pack, mergingUnit, annexIds, chosenOverrides, lang, t]);
  const plan = planned && 'plan' in planned ? planned.plan : null;

  const busy = reading !== null || isBusy(status);
  const merged = plan ? plan.entries.filter((e) => e.decision.merged).length : 0;
  const missing = files.length === 0 ? t('merge.run.needFiles') : plan && plan.accepted.length === 0 ? t('merge.run.nothing') : null;

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    if (!busy) add(Array.from(event.dataTransfer.files));
  };

  return (
    <div
      className={styles.tab}
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
      <TabRequirements tab="merge" />
      <Caption1>{t('merge.intro')}</Caption1>
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
        <Button appearance="secondary" data-testid="merge-pick" disabled={busy} onClick={() => input.current?.click()}>
          {t('merge.pick')}
        </Button>
        <Caption1>{dragging ? t('merge.dropActive') : t('merge.drop')}</Caption1>
        {files.length > 0 && (
          <Button appearance="subtle" data-testid="merge-clear" disabled={busy} onClick={clear}>
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
      {loadError !== null && (
        <MessageBar intent="error" layout="multiline" data-testid="merge-error">
          <MessageBarBody>
            <MessageBarTitle>{t('merge.error.title')}</MessageBarTitle>
            {describeInsertError(loadError, lang, t)}
          </MessageBarBody>
        </MessageBar>
      )}

      {plan && (
        <>
          <Caption1 data-testid="merge-files-count">{t('merge.files.count', { count: plan.entries.length, merged, leftOut: plan.entries.length - merged })}</Caption1>
          <FileTable pack={pack} plan={plan} overrides={overrides} onOverride={onOverride} disabled={busy} />
        </>
      )}
      {planned && 'error' in planned && (
        <MessageBar intent="error" data-testid="merge-plan-error">
          <MessageBarBody>{planned.error}</MessageBarBody>
        </MessageBar>
      )}

      <Field label={t('merge.annexes.label')}>
        <RadioGroup value={annexChoice} onChange={(_, data) => setAnnexChoice(data.value)} data-testid="merge-annexes" disabled={busy}>
          <Radio value="all" label={t('merge.annexes.all', { count: pack.annexes.length })} data-testid="merge-annexes-all" />
          {departments.map((d) => (
            <Radio key={d.id} value={d.id} label={t('merge.annexes.department', { name: d.name, annexes: d.annexIds.join(', ') })} data-testid={`merge-department-${d.id}`} />
          ))}
        </RadioGroup>
      </Field>

      <Field label={t('merge.mergingUnit.label')} hint={t('merge.mergingUnit.hint')}>
        <Select value={mergingUnit} onChange={(_, data) => setMergingUnit(data.value)} data-testid="merge-unit" disabled={busy}>
          {units.map((u) => (
            <option key={u.code} value={u.code}>
              {`${u.code} · ${u.name}`}
            </option>
          ))}
        </Select>
      </Field>

      <div className={styles.actions}>
        <Button
          appearance="primary"
          data-testid="merge-run"
          disabled={busy || missing !== null || !engine || !plan || requirements.lacks('insert')}
          onClick={() => engine && plan && void start(engine, plan)}
        >
          {t('merge.run')}
        </Button>
        {missing && status.kind === 'idle' && <Caption1 data-testid="merge-hint">{missing}</Caption1>}
        <div aria-live="polite" data-testid="merge-status" className={styles.status}>
          <RunStatusView status={status} />
        </div>
      </div>
      {passwordRequest && <PasswordDialog key={`${passwordRequest.fileName}:${String(passwordRequest.wrong)}`} request={passwordRequest} onAnswer={passwordRequest.answer} />}
      {status.kind === 'confirm' && <ReplaceDialog conflicts={status.conflicts} onReplace={confirmReplace} onCancel={cancelReplace} title="merge.replace.title" body="merge.replace.body" testId="merge-replace" />}
    </div>
  );
}

function isBusy(status: MergeRunStatus): boolean {
  return status.kind === 'merging' || status.kind === 'checking' || status.kind === 'writing' || status.kind === 'confirm';
}

function RunStatusView({ status }: { status: MergeRunStatus }) {
  const t = useT();
  switch (status.kind) {
    case 'idle':
      return null;
    case 'merging':
      return (
        <Field validationMessage={t('merge.progress.merging', { count: status.files })} validationState="none" data-testid="merge-progress">
          <ProgressBar />
        </Field>
      );
    case 'checking':
    case 'confirm':
      return <Spinner size="tiny" labelPosition="after" label={t('merge.progress.checking')} data-testid="merge-progress" />;
    case 'writing':
      return <Spinner size="tiny" labelPosition="after" label={t('merge.progress.writing', { count: status.count })} data-testid="merge-progress" />;
    case 'cancelled':
      return (
        <MessageBar intent="info" data-testid="merge-cancelled">
          <MessageBarBody>{t('merge.cancelled')}</MessageBarBody>
        </MessageBar>
      );
    case 'error':
      return (
        <MessageBar intent="error" layout="multiline" data-testid="merge-error" politeness="assertive">
          <MessageBarBody>
            <MessageBarTitle>{t('merge.error.title')}</MessageBarTitle>
            {status.message}
          </MessageBarBody>
        </MessageBar>
      );
    case 'done': {
      const { counts } = status;
      return (
        <MessageBar intent={counts.leftOut > 0 || counts.missing > 0 ? 'warning' : 'success'} layout="multiline" data-testid="merge-result">
          <MessageBarBody>
            <MessageBarTitle>{t('merge.done.title')}</MessageBarTitle>
            <span data-testid="merge-result-units">{t('merge.done.units', { units: status.units, sheets: status.written })}</span>
            {status.replaced > 0 && <span> {t('merge.done.replaced', { count: status.replaced })}</span>}
            <br />
            <span data-testid="merge-result-counts">{t('merge.done.counts', { leftOut: counts.leftOut, missing: counts.missing, late: counts.late })}</span>
          </MessageBarBody>
        </MessageBar>
      );
    }
  }
}
