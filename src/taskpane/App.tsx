import { Spinner, Tab, TabList, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { Suspense, lazy, useCallback, useState, type ReactNode } from 'react';
import type { Lang } from '../core/i18n/format';
import type { ExcelHost, ValidationHost } from '../excel/host';
import type { SettingsStore } from '../excel/settings';
import { PackPicker } from './pack/PackPicker';
import { PackChoiceProvider } from './pack/use-pack-choice';
import { HostProvider, NavProvider, type TabId } from './host-context';
import { LangProvider, useT } from './i18n';
import { PaneRequirements } from './TabRequirements';

// The templates tab carries the pack, the renderer and most Fluent controls: a chunk of its own, so the
// pane's first paint needs only React, the provider and the tab list.
const TemplatesTab = lazy(() => import(/* webpackChunkName: "templates" */ './templates/TemplatesTab'));
// The Kiểm tra tab carries the validation engine (reader, rules, evaluator): loaded when first opened.
const ValidateTab = lazy(() => import(/* webpackChunkName: "validate" */ './validate/ValidateTab'));
// The Tổng hợp tab; its reader, merge engine and summary builder come later still, with the first file.
const MergeTab = lazy(() => import(/* webpackChunkName: "merge" */ './merge/MergeTab'));

const TABS: readonly TabId[] = ['templates', 'validate', 'merge'];

const useStyles = makeStyles({
  // The pane is exactly the task pane's height: each tab scrolls its own body, its footer stays in view.
  app: { display: 'flex', flexDirection: 'column', height: '100vh', boxSizing: 'border-box' },
  // Office shows the add-in's name above the pane: the heading is for screen readers only.
  title: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
  tabs: { flexShrink: 0, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingInline: tokens.spacingHorizontalS },
  panel: { display: 'flex', flexDirection: 'column', flexGrow: 1, minHeight: 0 },
  hidden: { display: 'none' },
  loading: { padding: tokens.spacingHorizontalL },
});

interface AppProps {
  host: ExcelHost;
  validationHost: ValidationHost;
  /** The document's settings (the chosen pack, remembered choices) and the user's storage. */
  settings: SettingsStore;
  lang: Lang;
}

export function App({ host, validationHost, settings, lang }: AppProps) {
  // One settings object: the pane's remembered choices and the chosen pack, both kept in the document.
  return (
    <LangProvider lang={lang}>
      <HostProvider host={host} validationHost={validationHost} settings={settings}>
        <PackChoiceProvider settings={settings}>
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

  const select = useCallback((next: TabId) => {
    setTab(next);
    setVisited((seen) => (seen.has(next) ? seen : new Set([...seen, next])));
  }, []);

  const panel = (id: TabId, content: ReactNode) =>
    visited.has(id) && (
      <div role="tabpanel" id={`panel-${id}`} aria-labelledby={`tab-${id}`} hidden={tab !== id} className={mergeClasses(styles.panel, tab !== id && styles.hidden)}>
        <Suspense fallback={<Spinner className={styles.loading} size="small" label={t('pane.loading')} />}>{content}</Suspense>
      </div>
    );

  return (
    <NavProvider value={select}>
      <main className={styles.app}>
        <h1 className={styles.title}>{t('pane.title')}</h1>
        <PackPicker />
        <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_, data) => select(data.value as TabId)} aria-label={t('pane.tabs')}>
          {TABS.map((id) => (
            <Tab key={id} value={id} id={`tab-${id}`} aria-controls={`panel-${id}`} data-testid={`tab-${id}`}>
              {t(`pane.tab.${id}`)}
            </Tab>
          ))}
        </TabList>
        <PaneRequirements />
        {panel('templates', <TemplatesTab />)}
        {panel('validate', <ValidateTab />)}
        {panel('merge', <MergeTab />)}
      </main>
    </NavProvider>
  );
}
