import { Checkbox, Field, makeStyles, tokens } from '@fluentui/react-components';
import type { Annex } from '../../core/pack/types';
import { useT } from '../i18n';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  all: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, marginBottom: tokens.spacingVerticalXS },
});

interface AnnexChecklistProps {
  annexes: readonly Annex[];
  selected: ReadonlySet<string>;
  onChange: (selected: Set<string>) => void;
}

/** One checkbox per annex, and a tri-state "select all" above them. */
export function AnnexChecklist({ annexes, selected, onChange }: AnnexChecklistProps) {
  const t = useT();
  const styles = useStyles();
  const count = annexes.filter((annex) => selected.has(annex.id)).length;
  const allState = count === annexes.length ? true : count === 0 ? false : 'mixed';

  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    onChange(next);
  };

  return (
    <Field label={t('templates.annexes.label')}>
      <div role="group" aria-label={t('templates.annexes.label')} className={styles.list}>
        <div className={styles.all}>
          <Checkbox
            data-testid="annex-all"
            checked={allState}
            onChange={() => onChange(new Set(allState === true ? [] : annexes.map((annex) => annex.id)))}
            label={t('templates.annexes.all', { selected: count, total: annexes.length })}
          />
        </div>
        {annexes.map((annex) => (
          <Checkbox
            key={annex.id}
            data-testid={`annex-${annex.id}`}
            checked={selected.has(annex.id)}
            onChange={(_, data) => toggle(annex.id, data.checked === true)}
            label={`${annex.label}: ${annex.title}`}
          />
        ))}
      </div>
    </Field>
  );
}
