import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { describeIssue } from '../../core/pack/json-checker';
import type { TemplatePack } from '../../core/pack/types';
import { defaultPack } from '../../core/load/load-pack';
import type { SettingsHost } from '../../excel/host';
import { useValidationHost } from '../host-context';
import { useLang, useT } from '../i18n';
import { carriedChoice, initialChoice, PACK_SETTING, savedText, type ChoiceNote, type PackChoice, type PackTools } from './pack-choice';

/**
 * The pane's chosen pack, for every tab: read once when the pane opens (the document's setting, else
 * the workbook's own pack, else the example), changed by the picker and saved in the document.
 */

export interface FileRefusal {
  name: string;
  lines: string[];
}

export interface PackChoiceValue {
  /** Null while the pack is being read. */
  choice: PackChoice | null;
  note: ChoiceNote | null;
  refusal: FileRefusal | null;
  chooseBundled(): Promise<void>;
  chooseWorkbook(): Promise<void>;
  /** A pack file chosen on disk (.json or pack workbook); refused with every problem, the choice unchanged. */
  openFile(name: string, file: Pick<Blob, 'size' | 'arrayBuffer'>): Promise<void>;
  usePack(pack: TemplatePack, name: string): Promise<void>;
}

const PackChoiceContext = createContext<PackChoiceValue | null>(null);

const loadTools = () => import(/* webpackChunkName: "packs" */ './pack-tools');

export function PackChoiceProvider({ settings, children }: { settings: SettingsHost; children: ReactNode }) {
  const host = useValidationHost();
  const lang = useLang();
  const t = useT();
  const [choice, setChoice] = useState<PackChoice | null>(null);
  const [note, setNote] = useState<ChoiceNote | null>(null);
  const [refusal, setRefusal] = useState<FileRefusal | null>(null);
  const tools = useRef<Promise<PackTools> | null>(null);
  const getTools = useCallback(() => (tools.current ??= loadTools().then((m) => m.packTools(lang))), [lang]);
  const readActive = useCallback(() => host.readSource(), [host]);

  useEffect(() => {
    let live = true;
    void getTools()
      .then((t) => initialChoice(settings, readActive, t))
      .catch(() => ({ choice: { source: 'bundled' as const, pack: defaultPack() }, note: undefined }))
      .then((r) => {
        if (!live) return;
        setChoice(r.choice);
        setNote(r.note ?? null);
      });
    return () => {
      live = false;
    };
  }, [settings, readActive, getTools]);

  const apply = useCallback(
    async (next: PackChoice, nextNote: ChoiceNote | null = null) => {
      setChoice(next);
      setRefusal(null);
      setNote(nextNote);
      try {
        await settings.set(PACK_SETTING, savedText(next, await getTools()));
      } catch (e) {
        setNote({ key: 'packs.saveFailed', params: { reason: e instanceof Error ? e.message : String(e) } });
      }
    },
    [settings, getTools],
  );

  const value = useMemo<PackChoiceValue>(
    () => ({
      choice,
      note,
      refusal,
      chooseBundled: () => apply({ source: 'bundled', pack: defaultPack() }),
      async chooseWorkbook() {
        const r = await carriedChoice(readActive, await getTools(), true);
        // A workbook without a pack of its own leaves the choice as it was, and says so.
        if (r.choice.source === 'workbook') await apply(r.choice);
        else setNote(r.note ?? null);
      },
      async openFile(name, file) {
        const { readPackBytes, refusedBySize } = await loadTools();
        const tooLarge = refusedBySize(name, file.size);
        if (tooLarge) return setRefusal({ name, lines: [tooLarge[lang]] });
        let bytes: Uint8Array;
        try {
          bytes = new Uint8Array(await file.arrayBuffer());
        } catch (e) {
          // The file went away, or the browser would not read it: said, and the choice stays as it was.
          return setRefusal({ name, lines: [t('packs.fileUnreadable', { detail: e instanceof Error ? e.message : String(e) })] });
        }
        const read = readPackBytes({ name, bytes });
        if (read.ok) return apply({ source: 'file', pack: read.pack, name });
        setRefusal({ name, lines: 'issues' in read ? read.issues.map((i) => describeIssue(i, lang)) : [read.unreadable[lang]] });
      },
      usePack: (pack, name) => apply({ source: 'file', pack, name }),
    }),
    [choice, note, refusal, apply, readActive, getTools, lang, t],
  );
  return <PackChoiceContext.Provider value={value}>{children}</PackChoiceContext.Provider>;
}

/** The chosen pack's state; null outside a provider (the tabs then use the example pack). */
export function usePackChoice(): PackChoiceValue | null {
  return useContext(PackChoiceContext);
}
