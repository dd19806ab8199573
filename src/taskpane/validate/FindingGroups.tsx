import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { formatNumber } from '../../core/i18n/format';
import type { TemplatePack } from '../../core/pack/types';
import type { Finding } from '../../core/rules/finding';
import { type Severity } from '../../core/pack/types';
import type { ValueFix } from '../../excel/host';
import { useLang, useT } from '../i18n';
import { fixOf } from './use-validation';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const BADGE_COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;
const WORKBOOK_GROUP = '(workbook)';

const useStyles = makeStyles({
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
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

interface Group {
  key: string;
  title: string;
  findings: Finding[];
}

function groupsOf(pack: TemplatePack, findings: readonly Finding[], workbookTitle: string): Group[] {
  const groups = new Map<string, Group>();
  for (const f of findings) {
    const key = f.annexId ?? WORKBOOK_GROUP;
    let group = groups.get(key);
    if (!group) {
      const annex = pack.annexes.find((a) => a.id === f.annexId);
      group = { key, title: annex ? `${annex.label} — ${annex.title}` : f.annexId ?? workbookTitle, findings: [] };
      groups.set(key, group);
    }
    group.findings.push(f);
  }
  return [...groups.values()]; // findings come sorted by annex, so groups are in pack order
}

interface Props {
  pack: TemplatePack;
  findings: readonly Finding[];
  disabled: boolean;
  onSelect: (sheet: string, address: string) => void;
  onFix: (fix: ValueFix) => void;
}

/** Findings grouped by annex, with the count of each severity; a finding names its cell and selects it on click. */
export function FindingGroups({ pack, findings, disabled, onSelect, onFix }: Props) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const groups = groupsOf(pack, findings, t('validate.group.workbook'));
  if (groups.length === 0) return null;

  return (
    <Accordion multiple collapsible defaultOpenItems={groups.map((g) => g.key)} data-testid="findings">
      {groups.map((group) => (
        <AccordionItem key={group.key} value={group.key} data-testid={`findings-${group.key}`}>
          <AccordionHeader>
            <span className={styles.header}>
              <span>{group.title}</span>
              {SEVERITIES.map((severity) => {
                const count = group.findings.filter((f) => f.severity === severity).length;
                return (
                  count > 0 && (
                    <Badge key={severity} appearance="tint" color={BADGE_COLOR[severity]} data-testid={`count-${group.key}-${severity}`}>
                      {t(`validate.count.${severity}`, { count })}
                    </Badge>
                  )
                );
              })}
            </span>
          </AccordionHeader>
          <AccordionPanel>
            <ul className={styles.list}>
              {group.findings.map((f, i) => {
                const cell = f.sheetName && f.address ? `${f.sheetName}!${f.address}` : null;
                const fix = fixOf(f);
                return (
                  <li
                    key={`${f.ruleId}|${f.address ?? ''}|${i}`}
                    className={`${styles.item} ${styles[f.severity]}`}
                    data-testid="finding"
                    data-severity={f.severity}
                    data-rule={f.ruleId}
                    data-cell={cell ?? ''}
                  >
                    <Caption1>
                      {t(`validate.severity.${f.severity}`)}
                      {cell && ` · ${t('validate.cell', { cell })}`}
                    </Caption1>
                    {cell ? (
                      <button
                        type="button"
                        className={styles.goTo}
                        title={t('validate.goTo', { cell })}
                        data-testid="finding-select"
                        onClick={() => onSelect(f.sheetName!, f.address!)}
                      >
                        {f.message[lang]}
                      </button>
                    ) : (
                      <span>{f.message[lang]}</span>
                    )}
                    {fix && (
                      <span className={styles.fix}>
                        <Caption1 data-testid="fix-value">{t('validate.fix.becomes', { number: formatNumber(fix.value, lang) })}</Caption1>
                        <Button size="small" data-testid="fix-one" disabled={disabled} onClick={() => onFix(fix)}>
                          {t('validate.fix.one')}
                        </Button>
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
