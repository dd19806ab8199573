import { Button, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useRef } from 'react';
import { WithPack } from '../WithPack';
import type { ReportingUnit, TemplatePack } from '../../core/pack/types';
import { BackupBar } from '../BackupBar';
import { useExcelHost, useGoToTab } from '../host-context';
import { useLang, useT } from '../i18n';
import { useRemembered } from '../remember';
import { AnnexChecklist } from './AnnexChecklist';
import { InsertStatusView } from './InsertStatusView';
import { ReplaceDialog } from '../ReplaceDialog';
import { NextStep, TabLayout } from '../TabLayout';
import { TabRequirements, useTabRequirements } from '../TabRequirements';
import { UnitPicker } from './UnitPicker';
import { useInsertion } from './use-insertion';

const useStyles = makeStyles({
  heading: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  actions: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** The "Biểu mẫu" tab: choose a unit and annexes of the default pack, insert them into the workbook. */
export default function TemplatesTab() {
  return <WithPack testId="pack-error">{(pack) => <TemplatesForm pack={pack} />}</WithPack>;
}

function TemplatesForm({ pack }: { pack: TemplatePack }) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const host = useExcelHost();
  const goTo = useGoToTab();
  const button = useRef<HTMLButtonElement>(null);
  const allIds = useMemo(() => pack.annexes.map((annex) => annex.id), [pack]);
  // Remembered per workbook and per user: the unit, and the annexes chosen.
  const [unitCode, setUnitCode] = useRemembered<string | null>('templates.unit', null, (v) => (typeof v === 'string' && pack.units.some((u) => u.code === v) ? v : null));
  const [annexList, setAnnexList] = useRemembered<string[]>('templates.annexes', allIds, (v) => (Array.isArray(v) && v.every((id) => allIds.includes(id as string)) ? (v as string[]) : null));
  const unit = pack.units.find((u) => u.code === unitCode) ?? null;
  const annexIds = useMemo(() => new Set(annexList), [annexList]);
  const { status, start, confirmReplace, cancelReplace } = useInsertion(host, pack, lang, t);
  const requirements = useTabRequirements('templates');

  const busy = status.kind === 'checking' || status.kind === 'writing';
  const chosenAnnexes = allIds.filter((id) => annexIds.has(id));
  const missing = !unit ? t('templates.insert.needUnit') : chosenAnnexes.length === 0 ? t('templates.insert.needAnnex') : null;

  const body = (
    <>
      <TabRequirements tab="templates" />
      <div className={styles.heading}>
        <Subtitle2 as="h2" data-testid="pack-title">
          {pack.title}
        </Subtitle2>
        <Caption1 data-testid="pack-notice">{pack.notice}</Caption1>
      </div>
      <UnitPicker units={pack.units} selected={unit} onSelect={(u: ReportingUnit | null) => setUnitCode(u ? u.code : null)} />
      <AnnexChecklist annexes={pack.annexes} selected={annexIds} onChange={(next) => setAnnexList(allIds.filter((id) => next.has(id)))} />
    </>
  );

  const footer = (
    <>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          ref={button}
          data-testid="insert-button"
          disabledFocusable={busy || status.kind === 'confirm' || missing !== null || requirements.blocking}
          onClick={() => unit && void start(unit.code, chosenAnnexes)}
        >
          {t('templates.insert')}
        </Button>
        {missing && status.kind !== 'confirm' && !busy && <Caption1 data-testid="insert-hint">{missing}</Caption1>}
      </div>
      <div aria-live="polite" data-testid="status">
        <InsertStatusView status={status} />
      </div>
      {status.kind === 'done' ? (
        <NextStep testId="templates-next" text={t('templates.next.fill')} action={{ label: t('templates.next.validate'), onClick: () => goTo('validate') }} />
      ) : (
        <NextStep testId="templates-next" text={t('templates.next.choose')} />
      )}
      <BackupBar version={status.kind === 'done' ? status : null} testId="templates-backup" />
      {status.kind === 'confirm' && (
        <ReplaceDialog conflicts={status.conflicts} onReplace={confirmReplace} onCancel={cancelReplace} title="templates.replace.title" body="templates.replace.body" testId="replace" returnFocus={button} />
      )}
    </>
  );

  return <TabLayout testId="templates" body={body} footer={footer} />;
}
