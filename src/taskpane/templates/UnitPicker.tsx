import { Combobox, Field, Option, OptionGroup, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { ReportingUnit } from '../../core/pack/types';
import { useT } from '../i18n';
import { filterUnits, unitText } from './unit-options';

interface UnitPickerProps {
  units: readonly ReportingUnit[];
  selected: ReportingUnit | null;
  onSelect: (unit: ReportingUnit | null) => void;
}

const useStyles = makeStyles({ noMatch: { color: tokens.colorNeutralForeground2, fontStyle: 'italic' } });

const NO_MATCH = '\u0000none';

/**
 * A searchable unit list: type part of a code or a name, with or without accents. When nothing
 * matches, the open list says so itself (a list left empty would hide the message under it).
 */
export function UnitPicker({ units, selected, onSelect }: UnitPickerProps) {
  const t = useT();
  const styles = useStyles();
  const [query, setQuery] = useState(selected ? unitText(selected) : '');
  // The input shows the chosen unit's text after a choice: list everything then, not just that unit.
  const showingSelection = selected !== null && query === unitText(selected);
  const groups = useMemo(() => filterUnits(units, showingSelection ? '' : query), [units, query, showingSelection]);
  const noMatch = groups.length === 0 && query.trim() !== '';

  return (
    <Field
      label={t('templates.unit.label')}
      hint={noMatch ? undefined : t('templates.unit.hint', { count: units.length })}
      validationState={noMatch ? 'warning' : 'none'}
      validationMessage={noMatch ? t('templates.unit.noMatch', { query: query.trim() }) : undefined}
      required
    >
      <Combobox
        data-testid="unit-combobox"
        placeholder={t('templates.unit.placeholder')}
        value={query}
        selectedOptions={selected ? [selected.code] : []}
        onChange={(event) => setQuery(event.target.value)}
        onOptionSelect={(_, data) => {
          if (data.optionValue === NO_MATCH) return;
          const unit = units.find((u) => u.code === data.optionValue) ?? null;
          onSelect(unit);
          // No unit: the selection was cleared because the text was edited; keep what is being typed.
          if (unit) setQuery(unitText(unit));
        }}
        onOpenChange={(_, data) => {
          // Leaving the list without choosing puts the chosen unit's text back, as a plain select would.
          if (!data.open && selected) setQuery(unitText(selected));
        }}
        clearable
      >
        {groups.map((group) => (
          <OptionGroup key={group.kind} label={t(`unitKind.${group.kind}`)}>
            {group.units.map((unit) => (
              <Option key={unit.code} value={unit.code} text={unitText(unit)} data-testid={`unit-option-${unit.code}`}>
                {unitText(unit)}
              </Option>
            ))}
          </OptionGroup>
        ))}
        {noMatch && (
          <Option key={NO_MATCH} value={NO_MATCH} text={query} disabled className={styles.noMatch} data-testid="unit-no-match">
            {t('templates.unit.noMatch', { query: query.trim() })}
          </Option>
        )}
      </Combobox>
    </Field>
  );
}
