import { Spinner, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, lazy, useMemo, useState, type ReactNode } from 'react';
import type { Lang } from '../core/i18n/format';
import type { ExcelHost, SettingsHost, ValidationHost } from '../excel/host';
import { MemorySettingsHost } from '../excel/office-settings';
import { PackPicker } from './pack/PackPicker';
import { PackChoiceProvider } from './pack/use-pack-choice';
import { HostProvider } from './host-context';
import { LangProvider, useT } from './i18n';

// The templates tab carries the pack, the renderer and most Fluent controls: a chunk of its own, so the
// pane's first paint needs only React, the provider and the tab list.
const TemplatesTab = lazy(() => import(/* webpackChunkName: "templates" */ './templates/TemplatesTab'));
// The Kiểm tra tab carries the validation engine (reader, rules, evaluator): loaded when first opened.
const ValidateTab = lazy(() => import(/* webpackChunkName: "validate" */ './validate/ValidateTab'));
// The Tổng hợp tab; its reader, merge engine and summary builder come later still, with the first file.
const MergeTab = lazy(() => import(/* webpackChunkName: "merge" */ './merge/MergeTab'));

const TABS = ['templates', 'validate', 'merge'] as const;
type TabId = (typeof TABS)[number];

const useStyles = makeStyles({
  app: { display: 'flex', flexDirection: 'column', minHeight: '100vh', boxSizing: 'border-box' },
  tabs: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingInline: tokens.spacingHorizontalS },
  panel: { padding: tokens.spacingHorizontalL },
});

interface AppProps {
  host: ExcelHost;
  validationHost: ValidationHost;
  lang: Lang;
  /** The document's settings, where the chosen pack is kept (in memory only when absent). */
  settings?: SettingsHost;
}

export function App({ host, validationHost, lang, settings }: AppProps) {
  const kept = useMemo(() => settings ?? new MemorySettingsHost(), [settings]);
  return (
    <LangProvider lang={lang}>
      <HostProvider host={host} validationHost={validationHost}>
        <PackChoiceProvider settings={kept}>
          <PackPicker />
          <Pane />
        </PackChoiceProvider>
      </HostProvider>
    </LangProvider>
  );
}

function Pane() {
  const t = useT();
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>('templates');
  // A visited tab stays mounted (hidden), so switching tabs does not lose a half-filled form.
  const [visited, setVisited] = useState<ReadonlySet<TabId>>(() => new Set<TabId>(['templates']));

  const select = (next: TabId) => {
    setTab(next);
    setVisited((seen) => (seen.has(next) ? seen : new Set([...seen, next])));
  };

  const panel = (id: TabId, content: ReactNode) =>
    visited.has(id) && (
      <div role="tabpanel" id={`panel-${id}`} aria-labelledby={`tab-${id}`} hidden={tab !== id} className={styles.panel}>
        {content}
      </div>
    );

  return (
    <main className={styles.app}>
      <TabList
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_, data) => select(data.value as TabId)}
        aria-label={t('pane.tabs')}
      >
        {TABS.map((id) => (
          <Tab key={id} value={id} id={`tab-${id}`} aria-controls={`panel-${id}`} data-testid={`tab-${id}`}>
            {t(`pane.tab.${id}`)}
          </Tab>
        ))}
      </TabList>
      {panel(
        'templates',
        <Suspense fallback={<Spinner size="small" label={t('pane.loading')} />}>
          <TemplatesTab />
        </Suspense>,
      )}
      {panel(
        'validate',
        <Suspense fallback={<Spinner size="small" label={t('pane.loading')} />}>
          <ValidateTab />
        </Suspense>,
      )}
      {panel(
        'merge',
        <Suspense fallback={<Spinner size="small" label={t('pane.loading')} />}>
          <MergeTab />
        </Suspense>,
      )}
    </main>
  );
}
