import {
  Badge,
  Caption1,
  Checkbox,
  Input,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
  type BadgeProps,
} from '@fluentui/react-components';
import { reasonText, statusText } from '../../core/merge/describe';
import type { FileStatus, LogEntry, MergePlan } from '../../core/merge/plan';
import type { TemplatePack } from '../../core/pack/types';
import { useLang, useT } from '../i18n';

const useStyles = makeStyles({
  table: { tableLayout: 'fixed', width: '100%' },
  file: { wordBreak: 'break-all' },
  reason: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, paddingBlock: tokens.spacingVerticalXS },
  why: { wordBreak: 'break-word' },
  cell: { verticalAlign: 'top' },
  badge: { alignSelf: 'flex-start', height: 'auto', minHeight: '20px' },
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

interface FileTableProps {
  pack: TemplatePack;
  plan: MergePlan;
  overrides: Readonly<Record<string, OverrideState>>;
  onOverride: (unitCode: string, next: OverrideState) => void;
  disabled: boolean;
}

/** One row per file: its name, the unit it belongs to, its status and why; "Vẫn tổng hợp" for a unit with errors. */
export function FileTable({ pack, plan, overrides, onOverride, disabled }: FileTableProps) {
  const t = useT();
  const styles = useStyles();
  return (
    <Table size="extra-small" className={styles.table} data-testid="merge-files" aria-label={t('merge.files.label')}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell style={{ width: '42%' }}>{`${t('merge.col.file')} / ${t('merge.col.unit')}`}</TableHeaderCell>
          <TableHeaderCell>{`${t('merge.col.status')} / ${t('merge.col.reason')}`}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {plan.entries.map((entry) => (
          <FileRow key={`${entry.file.fileName}\u0000${entry.file.sha256}`} entry={entry} pack={pack} overrides={overrides} onOverride={onOverride} disabled={disabled} />
        ))}
      </TableBody>
    </Table>
  );
}

function FileRow({ entry, ...rest }: Omit<FileTableProps, 'plan'> & { entry: LogEntry }) {
  const t = useT();
  const styles = useStyles();
  const lang = useLang();
  const d = entry.decision;
  const unitCode = entry.unitCode;
  const override = unitCode ? (rest.overrides[unitCode] ?? { include: false, reason: '' }) : null;
  const canOverride = d.status === 'errors' && unitCode !== null && override !== null;
  const why = reasonText(entry, rest.pack, lang);
  return (
    <TableRow data-testid="merge-file" data-file={entry.file.fileName} data-status={d.status} data-merged={String(d.merged)}>
      <TableCell className={styles.cell}>
        <div className={styles.reason}>
          <span className={styles.file} data-testid="merge-file-name">
            {entry.file.fileName}
          </span>
          <Caption1 data-testid="merge-file-unit">{unitCode ? `${unitCode} · ${entry.unitName ?? ''}`.trim() : t('merge.unit.unknown')}</Caption1>
        </div>
      </TableCell>
      <TableCell className={styles.cell}>
        <div className={styles.reason}>
          <Badge appearance="tint" color={STATUS_COLOR[d.status]} className={styles.badge} data-testid="merge-file-status">
            {statusText(d.status, lang)}
            {d.status === 'errors' && d.merged ? ` (${t('merge.included')})` : ''}
          </Badge>
          {why && (
            <Caption1 className={styles.why} data-testid="merge-file-reason">
              {why}
            </Caption1>
          )}
          {canOverride && (
            <>
              <Checkbox
                label={t('merge.override')}
                checked={override.include}
                disabled={rest.disabled}
                data-testid={`merge-override-${unitCode}`}
                onChange={(_, data) => rest.onOverride(unitCode, { ...override, include: data.checked === true })}
              />
              {override.include && (
                <>
                  <Input
                    size="small"
                    value={override.reason}
                    disabled={rest.disabled}
                    placeholder={t('merge.override.reason')}
                    aria-label={t('merge.override.reason')}
                    data-testid={`merge-override-reason-${unitCode}`}
                    onChange={(_, data) => rest.onOverride(unitCode, { ...override, reason: data.value })}
                  />
                  {override.reason.trim() === '' && <Caption1 data-testid={`merge-override-hint-${unitCode}`}>{t('merge.override.needReason')}</Caption1>}
                </>
              )}
            </>
          )}
        </div>
      </TableCell>
    </TableRow>
  );
}
