import type { Params } from '../../core/i18n/format';
import { defaultPack } from '../../core/load/load-pack';
import { checkPackJson } from '../../core/load/load-pack';
import type { TemplatePack } from '../../core/pack/types';
import type { PaneMessageKey } from '../../core/i18n/pane-messages';
import type { CellSource } from '../../core/report/cell-source';
import type { SettingsHost } from '../../excel/host';

/**
 * Which pack the pane works with, and how the choice is kept in the document's settings so that a
 * workbook reopens with its campaign:
 * - `bundled`: the example pack that comes with the add-in;
 * - `workbook`: the pack the open workbook carries (every template made by the add-in carries one);
 * - `file`: a pack file opened from disk (JSON or pack workbook), saved deflated in the settings.
 * With nothing saved, the workbook's own pack if it has one, else the example pack.
 */

export const PACK_SETTING = 'pack';

export type PackSource = 'bundled' | 'workbook' | 'file';

export interface PackChoice {
  source: PackSource;
  pack: TemplatePack;
  /** The file's name, for `file`. */
  name?: string;
}

export interface ChoiceNote {
  key: PaneMessageKey;
  params?: Params;
}

type Saved = { source: 'bundled' } | { source: 'workbook' } | { source: 'file'; name: string; pack: string };

/** What the pane needs from src/xlsx (loaded on demand: it brings fflate). */
export interface PackTools {
  compress(text: string): string;
  decompress(base64: string, maxBytes: number): string | null;
  /** The pack carried by a workbook as read: the pack, 'none', or why it cannot be read. */
  carried(source: CellSource): { kind: 'pack'; pack: TemplatePack } | { kind: 'none' } | { kind: 'corrupt'; reason: string };
}

const MAX_SAVED_BYTES = 32_000_000;

function parseSaved(text: string | null): Saved | null {
  if (!text) return null;
  try {
    const v = JSON.parse(text) as Partial<Saved> & { name?: unknown; pack?: unknown };
    if (v.source === 'bundled' || v.source === 'workbook') return { source: v.source };
    if (v.source === 'file' && typeof v.name === 'string' && typeof v.pack === 'string') return { source: 'file', name: v.name, pack: v.pack };
  } catch {
    // A setting we cannot read is treated as none.
  }
  return null;
}

export function savedText(choice: PackChoice, tools: PackTools): string {
  if (choice.source !== 'file') return JSON.stringify({ source: choice.source });
  return JSON.stringify({ source: 'file', name: choice.name ?? '', pack: tools.compress(JSON.stringify(choice.pack)) });
}

function fromSavedFile(saved: Extract<Saved, { source: 'file' }>, tools: PackTools): TemplatePack | null {
  const text = tools.decompress(saved.pack, MAX_SAVED_BYTES);
  if (text === null) return null;
  try {
    const loaded = checkPackJson(JSON.parse(text));
    return loaded.ok ? loaded.pack : null;
  } catch {
    return null;
  }
}

/** The choice a workbook opens with. */
export async function initialChoice(settings: SettingsHost, readActive: () => Promise<CellSource>, tools: PackTools): Promise<{ choice: PackChoice; note?: ChoiceNote }> {
  const saved = parseSaved(settings.get(PACK_SETTING));
  const bundled: PackChoice = { source: 'bundled', pack: defaultPack() };
  if (saved?.source === 'bundled') return { choice: bundled };
  if (saved?.source === 'file') {
    const pack = fromSavedFile(saved, tools);
    return pack ? { choice: { source: 'file', pack, name: saved.name } } : { choice: bundled, note: { key: 'packs.savedBroken' } };
  }
  return carriedChoice(readActive, tools, saved?.source === 'workbook');
}

/** The open workbook's own pack; the example pack (with a note when it was asked for) if it has none. */
export async function carriedChoice(readActive: () => Promise<CellSource>, tools: PackTools, asked: boolean): Promise<{ choice: PackChoice; note?: ChoiceNote }> {
  const bundled: PackChoice = { source: 'bundled', pack: defaultPack() };
  let carried: ReturnType<PackTools['carried']>;
  try {
    carried = tools.carried(await readActive());
  } catch {
    carried = { kind: 'none' };
  }
  if (carried.kind === 'pack') return { choice: { source: 'workbook', pack: carried.pack } };
  if (carried.kind === 'corrupt') return { choice: bundled, note: { key: 'packs.carriedBroken', params: { reason: carried.reason } } };
  return asked ? { choice: bundled, note: { key: 'packs.noCarried' } } : { choice: bundled };
}
