import { Button, Caption1, ToggleButton, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import { formatNumber } from '../../core/i18n/format';
import type { Severity, TemplatePack } from '../../core/pack/types';
import { SEVERITY_RANK, type Finding } from '../../core/rules/finding';
import type { ValueFix } from '../../excel/host';
import { useLang, useT } from '../i18n';
import { whereText } from './finding-text';
import { fixOf } from './finding-fix';

export const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
/** Findings shown at first, and added by each "Hiện thêm": a long list is paged, never rendered whole. */
export const PAGE = 20;

const useStyles = makeStyles({
  filters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
  current: { backgroundColor: tokens.colorNeutralBackground1Selected, outline: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}` },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteYellowBorder2 },
  info: { borderLeftColor: tokens.colorPaletteBlueBorderActive },
  goTo: {
    backgroundColor: 'transparent',
    border: 'none',
    padding: 0,
    margin: 0,
    textAlign: 'start',
    fontFamily: 'inherit',
    cursor: 'pointer',
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    ':hover': { textDecorationLine: 'underline' },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  fix: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** Errors first, then warnings, then notes; within each, the pack's order (annex, row, column). */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] || a.i - b.i)
    .map((x) => x.f);
}

interface Props {
  pack: TemplatePack;
  /** Already in severity order (bySeverity). */
  findings: readonly Finding[];
  shown: ReadonlySet<Severity>;
  onShown: (next: Set<Severity>) => void;
  /** The finding "Lỗi tiếp theo" went to, highlighted and scrolled into view. */
  current: Finding | null;
  disabled: boolean;
  onSelect: (finding: Finding) => void;
  onFix: (fix: ValueFix) => void;
}

/** The counts, which filter (notes hidden at first), and the findings, each naming where it is in words. */
export function FindingList({ pack, findings, shown, onShown, current, disabled, onSelect, onFix }: Props) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const [limit, setLimit] = useState(PAGE);
  useEffect(() => {
    setLimit(PAGE);
  }, [findings]);
  const counts = useMemo(() => Object.fromEntries(SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length])) as Record<Severity, number>, [findings]);
  const visible = useMemo(() => findings.filter((f) => shown.has(f.severity)), [findings, shown]);
  // The current finding is always rendered, even past the page.
  const currentAt = current ? visible.indexOf(current) : -1;
  const rendered = visible.slice(0, Math.max(limit, currentAt + 1));
  const currentRef = useRef<HTMLLIElement>(null);
  useEffect(() => {
    currentRef.current?.scrollIntoView({ block: 'nearest' });
  }, [current]);
  if (findings.length === 0) return null;

  const toggle = (severity: Severity) => {
    const next = new Set(shown);
    if (next.has(severity)) next.delete(severity);
    else next.add(severity);
    onShown(next);
  };

  return (
    <>
      <div className={styles.filters} role="group" aria-label={t('validate.filter.label')} data-testid="finding-filters">
        {SEVERITIES.filter((s) => counts[s] > 0).map((s) => (
          <ToggleButton key={s} size="small" checked={shown.has(s)} onClick={() => toggle(s)} data-testid={`filter-${s}`}>
            {t(`validate.count.${s}`, { count: counts[s] })}
          </ToggleButton>
        ))}
      </div>
      {counts.info > 0 && !shown.has('info') && <Caption1 data-testid="notes-hidden">{t('validate.notesHidden', { count: counts.info })}</Caption1>}
      <ul className={styles.list} data-testid="findings">
        {rendered.map((f, i) => {
          const fix = fixOf(f);
          const isCurrent = f === current;
          return (
            <li
              key={`${f.ruleId}|${f.sheetName ?? ''}|${f.address ?? ''}|${i}`}
              ref={isCurrent ? currentRef : undefined}
              aria-current={isCurrent ? 'true' : undefined}
              className={mergeClasses(styles.item, styles[f.severity], isCurrent && styles.current)}
              data-testid="finding"
              data-severity={f.severity}
              data-rule={f.ruleId}
              data-cell={f.sheetName && f.address ? `${f.sheetName}!${f.address}` : ''}
            >
              <Caption1 data-testid="finding-where">{`${t(`validate.severity.${f.severity}`)} · ${whereText(f, pack, t)}`}</Caption1>
              {f.sheetName && f.address ? (
                <button type="button" className={styles.goTo} title={t('validate.goTo', { cell: `${f.sheetName}!${f.address}` })} data-testid="finding-select" onClick={() => onSelect(f)}>
                  {f.message[lang]}
                </button>
              ) : (
                <span>{f.message[lang]}</span>
              )}
              {fix && typeof fix.value === 'number' && (
                <span className={styles.fix}>
                  <Caption1 data-testid="fix-value">{t('validate.fix.becomes', { number: formatNumber(fix.value, lang) })}</Caption1>
                  <Button size="small" data-testid="fix-one" disabledFocusable={disabled} onClick={() => onFix(fix)}>
                    {t('validate.fix.one')}
                  </Button>
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {visible.length > rendered.length && (
        <Button appearance="subtle" size="small" onClick={() => setLimit(rendered.length + PAGE)} data-testid="findings-more">
          {t('validate.more', { count: Math.min(PAGE, visible.length - rendered.length), left: visible.length - rendered.length })}
        </Button>
      )}
    </>
  );
}
