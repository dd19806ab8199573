import { Button, Caption1, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, MessageBar, MessageBarBody, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { DraftReport } from '../../core/overview/draft-report';
import type { UnitRef } from '../../core/overview/overview-data';
import type { OverviewResult } from '../../core/overview/summary-with-overview';
import { rangeA1 } from '../../core/sheet/address';
import { OVERVIEW_SHEET_NAME, SUMMARY_SHEETS } from '../../core/sheet/sheet-names';
import { COMPLETENESS_COLUMN_WIDTHS } from '../../core/summary/completeness-sheet';
import { describeInsertError } from '../describe-error';
import { useValidationHost } from '../host-context';
import { useLang, useT } from '../i18n';
import { TargetBars, useOverviewT, type TargetBar } from '../TargetBars';
import { downloadBytes, renderDraft } from './draft-download';

/**
 * After a merge, "Tổng quan" in a few lines: who reported, the missing and late units by name (a click
 * selects the unit's line in "Tình hình nộp"), the congress targets as small bars with their status
 * words, a button to the sheet and the draft reports to download (Word, built here: the docx chunk
 * is loaded on the first download only).
 */

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  names: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: tokens.spacingHorizontalXS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  unit: {
    backgroundColor: 'transparent',
    border: 'none',
    padding: 0,
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorBrandForegroundLink,
    cursor: 'pointer',
    textDecorationLine: 'underline',
    textAlign: 'start',
    overflowWrap: 'anywhere',
  },
});

/** The unit's line in "Tình hình nộp", every column of it. */
export function unitLineAddress(unit: Pick<UnitRef, 'line'>): string {
  return rangeA1(unit.line, 0, 1, COMPLETENESS_COLUMN_WIDTHS.length);
}

export function targetBarsOf(result: OverviewResult): TargetBar[] {
  return result.overview.targets.map((t) => ({ key: `${t.annexId}|${t.rowCode}`, label: t.label, percent: t.percent, status: t.status }));
}

type Note = { intent: 'info' | 'success' | 'error'; text: string } | null;

export function MergeOverview({ result, drafts }: { result: OverviewResult; drafts: () => DraftReport[] }) {
  const styles = useStyles();
  const t = useOverviewT();
  const paneT = useT();
  const lang = useLang();
  const validationHost = useValidationHost();
  const [note, setNote] = useState<Note>(null);
  const [busy, setBusy] = useState(false);
  const root = useRef<HTMLElement>(null);
  // A new merge's overview is brought into view (the tab's body scrolls; the result above stays in the footer).
  useEffect(() => {
    root.current?.scrollIntoView?.({ block: 'start' });
  }, [result]);
  const { completeness, targets } = result.overview;
  const sheet = SUMMARY_SHEETS.completeness;

  const show = (sheetName: string, address: string) => {
    setNote(null);
    validationHost.selectCell(sheetName, address).catch((error: unknown) => setNote({ intent: 'error', text: t('paneOverview.showFailed', { reason: describeInsertError(error, lang, paneT) }) }));
  };

  const download = async (report: DraftReport) => {
    setBusy(true);
    try {
      const file = await renderDraft(report, (name) => setNote({ intent: 'info', text: t('paneOverview.reportBuilding', { file: name }) }));
      downloadBytes(file.name, file.bytes);
      setNote({ intent: 'success', text: t('paneOverview.reportSaved', { file: file.name }) });
    } catch (error) {
      setNote({ intent: 'error', text: t('paneOverview.reportFailed', { reason: describeInsertError(error, lang, paneT) }) });
    } finally {
      setBusy(false);
    }
  };

  const units = (label: string, list: readonly UnitRef[], testId: string) =>
    list.length > 0 && (
      <div className={styles.names} data-testid={testId}>
        <Caption1>{label}</Caption1>
        {list.map((u, i) => (
          <span key={u.code}>
            <button type="button" className={styles.unit} data-testid={`${testId}-unit`} title={t('paneOverview.selectUnit', { name: u.name, sheet })} onClick={() => show(sheet, unitLineAddress(u))}>
              {u.name}
            </button>
            {i < list.length - 1 ? ',' : ''}
          </span>
        ))}
      </div>
    );

  const notSent = [...completeness.byState.missing, ...completeness.byState.partly];
  const reported = completeness.byState.onTime.length + completeness.byState.late.length;
  const nothing = !completeness.known && targets.length === 0;

  return (
    <section ref={root} className={styles.root} data-testid="merge-overview" aria-label={t('paneOverview.title')}>
      <Subtitle2>{t('paneOverview.title')}</Subtitle2>
      {nothing ? (
        <Caption1 data-testid="merge-overview-nothing">{t('paneOverview.nothing')}</Caption1>
      ) : (
        <>
          {completeness.known ? (
            <div data-testid="merge-overview-completeness">
              <Caption1 block data-testid="merge-overview-reported">
                {t('paneOverview.reported', { reported, expected: completeness.expected })}
              </Caption1>
              {units(t('paneOverview.missing', { count: notSent.length }), notSent, 'merge-overview-missing')}
              {units(t('paneOverview.late', { count: completeness.byState.late.length }), completeness.byState.late, 'merge-overview-late')}
              {notSent.length + completeness.byState.late.length > 0 && <Caption1 block>{t('paneOverview.unitHint', { sheet })}</Caption1>}
            </div>
          ) : (
            <Caption1 data-testid="merge-overview-noreporting">{t('paneOverview.noReporting')}</Caption1>
          )}
          <Subtitle2>{t('paneOverview.targets')}</Subtitle2>
          {targets.length ? <TargetBars targets={targetBarsOf(result)} testId="merge-overview-targets" /> : <Caption1 data-testid="merge-overview-notargets">{t('paneOverview.noTargets')}</Caption1>}
        </>
      )}
      <div className={styles.actions}>
        <Button size="small" data-testid="merge-overview-open" onClick={() => show(OVERVIEW_SHEET_NAME, 'A1')}>
          {t('paneOverview.openSheet', { sheet: OVERVIEW_SHEET_NAME })}
        </Button>
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <Button size="small" appearance="primary" data-testid="merge-overview-reports" disabled={busy}>
              {t('paneOverview.reports')}
            </Button>
          </MenuTrigger>
          <MenuPopover>
            <ReportItems drafts={drafts} onPick={(report) => void download(report)} />
          </MenuPopover>
        </Menu>
      </div>
      <Caption1>{t('paneOverview.reportsHint')}</Caption1>
      {note && (
        <MessageBar intent={note.intent} data-testid="merge-overview-note">
          <MessageBarBody>{note.text}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

/** The menu's items: the reports are drafted when the menu first opens (the popover mounts then). */
function ReportItems({ drafts, onPick }: { drafts: () => DraftReport[]; onPick: (report: DraftReport) => void }) {
  const reports = useMemo(drafts, [drafts]);
  return (
    <MenuList>
      {reports.map((report) => (
        <MenuItem key={report.id} data-testid={`merge-overview-report-${report.id}`} onClick={() => onPick(report)}>
          {report.name}
        </MenuItem>
      ))}
    </MenuList>
  );
}
