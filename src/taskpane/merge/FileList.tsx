import { Badge, Body1Strong, Button, Caption1, Checkbox, Field, Input, makeStyles, tokens, type BadgeProps } from '@fluentui/react-components';
import { Fragment, useMemo, useState } from 'react';
import { reasonText, statusText } from '../../core/merge/describe';
import type { FileStatus, LogEntry, MergePlan } from '../../core/merge/plan';
import type { TemplatePack } from '../../core/pack/types';
import { useLang, useT } from '../i18n';
import { problemsFirst, shortReason } from './file-order';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
  problem: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  head: { display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  file: { color: tokens.colorNeutralForeground2, overflowWrap: 'break-word' },
  badge: { flexShrink: 0, height: 'auto', minHeight: '20px' },
  reason: { overflowWrap: 'break-word' },
  reasonInput: { width: '100%' },
});

export interface OverrideState {
  include: boolean;
  reason: string;
}

const STATUS_COLOR: Record<FileStatus, BadgeProps['color']> = {
  own: 'brand',
  ready: 'success',
  warnings: 'warning',
  errors: 'danger',
  duplicate: 'informative',
  doubleCounted: 'severe',
  outOfScope: 'informative',
  notFromPack: 'severe',
  unknownUnit: 'severe',
  unreadable: 'danger',
  needsPassword: 'important',
};

/** Files shown at first, and added by each "Hiện thêm": a long list is paged. */
const PAGE = 20;

interface FileListProps {
  pack: TemplatePack;
  plan: MergePlan;
  overrides: Readonly<Record<string, OverrideState>>;
  onOverride: (unitCode: string, next: OverrideState) => void;
  disabled: boolean;
}

/** "H01_bao-cao.xlsx" with a line-break opportunity after each _ - . (never in the middle of a word). */
function breakable(name: string) {
  // Split after each separator by hand: a look-behind pattern would not parse in Safari 13.
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < name.length; i++) {
    if ('_-. '.includes(name[i]) && i + 1 < name.length) {
      parts.push(name.slice(from, i + 1));
      from = i + 1;
    }
  }
  parts.push(name.slice(from));
  return parts.map((p, i) => (
    <Fragment key={i}>
      {p}
      {i < parts.length - 1 && <wbr />}
    </Fragment>
  ));
}

/** One row per file, problems first: the unit's name first, then code and file, its status, why, and "Vẫn tổng hợp" for a unit with errors. */
export function FileList({ pack, plan, overrides, onOverride, disabled }: FileListProps) {
  const t = useT();
  const styles = useStyles();
  const [limit, setLimit] = useState(PAGE);
  const entries = useMemo(() => problemsFirst(plan.entries), [plan]);
  const shown = entries.slice(0, limit);
  return (
    <>
      <ul className={styles.list} data-testid="merge-files" aria-label={t('merge.files.label')}>
        {shown.map((entry) => (
          <FileRow key={`${entry.file.fileName}\u0000${entry.file.sha256}`} entry={entry} pack={pack} overrides={overrides} onOverride={onOverride} disabled={disabled} />
        ))}
      </ul>
      {entries.length > shown.length && (
        <Button appearance="subtle" size="small" onClick={() => setLimit(limit + PAGE)} data-testid="merge-files-more">
          {t('merge.files.more', { count: Math.min(PAGE, entries.length - shown.length), left: entries.length - shown.length })}
        </Button>
      )}
    </>
  );
}

function FileRow({ entry, pack, overrides, onOverride, disabled }: Omit<FileListProps, 'plan'> & { entry: LogEntry }) {
  const t = useT();
  const styles = useStyles();
  const lang = useLang();
  const d = entry.decision;
  const unitCode = entry.unitCode;
  const override = unitCode ? (overrides[unitCode] ?? { include: false, reason: '' }) : null;
  const canOverride = d.status === 'errors' && unitCode !== null && override !== null;
  const why = shortReason(reasonText(entry, pack, lang), lang);
  const problem = !d.merged || d.status === 'errors';
  return (
    <li className={`${styles.row} ${problem ? styles.problem : ''}`} data-testid="merge-file" data-file={entry.file.fileName} data-status={d.status} data-merged={String(d.merged)}>
      <div className={styles.head}>
        <Body1Strong data-testid="merge-file-unit">{entry.unitName ?? t('merge.unit.unknown')}</Body1Strong>
        <Badge appearance="tint" color={STATUS_COLOR[d.status]} className={styles.badge} data-testid="merge-file-status">
          {statusText(d.status, lang)}
          {d.status === 'errors' && d.merged ? ` (${t('merge.included')})` : ''}
        </Badge>
      </div>
      <Caption1 className={styles.file} data-testid="merge-file-name">
        {unitCode && <span data-testid="merge-file-code">{`${unitCode} · `}</span>}
        {breakable(entry.file.fileName)}
      </Caption1>
      {why.text && (
        <Caption1 className={styles.reason} data-testid="merge-file-reason" data-save-as={String(why.saveAs)}>
          {why.text}
        </Caption1>
      )}
      {canOverride && (
        <>
          <Checkbox
            label={t('merge.override')}
            checked={override.include}
            disabled={disabled}
            data-testid={`merge-override-${unitCode}`}
            onChange={(_, data) => onOverride(unitCode, { ...override, include: data.checked === true })}
          />
          {override.include && (
            <Field label={t('merge.override.reason')} validationState={override.reason.trim() === '' ? 'warning' : 'none'} validationMessage={override.reason.trim() === '' ? t('merge.override.needReason') : undefined}>
              <Input
                className={styles.reasonInput}
                value={override.reason}
                disabled={disabled}
                data-testid={`merge-override-reason-${unitCode}`}
                onChange={(_, data) => onOverride(unitCode, { ...override, reason: data.value })}
              />
            </Field>
          )}
        </>
      )}
    </li>
  );
}
