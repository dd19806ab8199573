import { Button, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { WithPack } from '../WithPack';
import type { ReportingUnit, TemplatePack } from '../../core/pack/types';
import { useExcelHost } from '../host-context';
import { useLang, useT } from '../i18n';
import { AnnexChecklist } from './AnnexChecklist';
import { InsertStatusView } from './InsertStatusView';
import { ReplaceDialog } from '../ReplaceDialog';
import { TabRequirements, useTabRequirements } from '../TabRequirements';
import { UnitPicker } from './UnitPicker';
import { useInsertion } from './use-insertion';

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  actions: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
  status: { alignSelf: 'stretch' },
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
  const [unit, setUnit] = useState<ReportingUnit | null>(null);
  const [annexIds, setAnnexIds] = useState<Set<string>>(() => new Set(pack.annexes.map((annex) => annex.id)));
  const { status, start, confirmReplace, cancelReplace } = useInsertion(host, pack, lang, t);
  const requirements = useTabRequirements('templates');

  const busy = status.kind === 'checking' || status.kind === 'writing' || status.kind === 'confirm';
  const chosenAnnexes = pack.annexes.filter((annex) => annexIds.has(annex.id)).map((annex) => annex.id);
  const missing = !unit ? t('templates.insert.needUnit') : chosenAnnexes.length === 0 ? t('templates.insert.needAnnex') : null;

  return (
    <div className={styles.tab}>
      <TabRequirements tab="templates" />
      <div className={styles.heading}>
        <Subtitle2 as="h2" data-testid="pack-title">
          {pack.title}
        </Subtitle2>
        <Caption1 data-testid="pack-notice">{pack.notice}</Caption1>
      </div>
      <UnitPicker units={pack.units} selected={unit} onSelect={setUnit} />
      <AnnexChecklist annexes={pack.annexes} selected={annexIds} onChange={setAnnexIds} />
      <div className={styles.actions}>
        <Button
          appearance="primary"
          data-testid="insert-button"
          disabled={busy || missing !== null || requirements.blocking}
          onClick={() => unit && void start(unit.code, chosenAnnexes)}
        >
          {t('templates.insert')}
        </Button>
        {missing && status.kind === 'idle' && <Caption1 data-testid="insert-hint">{missing}</Caption1>}
        <div aria-live="polite" data-testid="status" className={styles.status}>
          <InsertStatusView status={status} />
        </div>
      </div>
      {status.kind === 'confirm' && (
        <ReplaceDialog conflicts={status.conflicts} onReplace={confirmReplace} onCancel={cancelReplace} title="templates.replace.title" body="templates.replace.body" testId="replace" />
      )}
    </div>
  );
}
