import { checkPackJson } from '../load/load-pack';
import type { PackIssue } from '../pack/json-checker';
import type { TemplatePack } from '../pack/types';
import type { CellSource, SourceSheet } from '../report/cell-source';
import { cellLabel, CellMap, type CellRef } from './cell-map';
import { assembleTables } from './compile-tables';
import { decodeCell } from './codec';
import { setPath, type JsonObj } from './assemble';
import { BookProblems, checkHeaders, readRecords, scanSheet } from './read-sheet';
import { CAMPAIGN_HEADERS, CAMPAIGN_KEYS, REQUIRED_SHEETS, SHEETS, TABLES, type TableSpec } from './spec';

/**
 * A pack workbook → the pack: each sheet read (its own problems named by cell), the records put
 * together as the pack's JSON, and that JSON through the one loader every pack goes through
 * (load/load-pack.ts). The loader's issues are put back on the cells their fields came from. All
 * problems are said at once; a pack with any problem is refused whole, never half-loaded.
 */

export type CompileResult = { ok: true; pack: TemplatePack; json: JsonObj } | { ok: false; issues: PackIssue[] };

type Tables = Record<keyof typeof TABLES, ReturnType<typeof readRecords>>;

function findSheet(source: CellSource, name: string): SourceSheet | undefined {
  const n = name.normalize('NFC').toLowerCase();
  return source.sheets.find((s) => s.name.normalize('NFC').trim().toLowerCase() === n);
}

function readCampaign(sheet: SourceSheet, json: JsonObj, map: CellMap, problems: BookProblems): void {
  const rows = scanSheet(sheet, 3, problems);
  if (checkHeaders(sheet, CAMPAIGN_HEADERS, 2, problems) === null) return;
  const seen = new Map<string, string>();
  const keys = new Map(CAMPAIGN_KEYS.map((k) => [k.key.normalize('NFC').toLowerCase(), k]));
  for (let row = 1; row < rows; row++) {
    const keyCell = sheet.cell(row, 0).value;
    const keyText = keyCell.kind === 'text' ? keyCell.text.normalize('NFC').trim() : '';
    const value = sheet.cell(row, 1).value;
    if (!keyText) continue;
    const spec = keys.get(keyText.toLowerCase());
    const ref: CellRef = { sheet: sheet.name, row, col: 1 };
    if (!spec) {
      problems.add({ ...ref, col: 0 }, 'book.unknownKey', { key: keyText, keys: CAMPAIGN_KEYS.map((k) => k.key).join(', ') });
      continue;
    }
    const first = seen.get(spec.key);
    if (first) {
      problems.add({ ...ref, col: 0 }, 'book.duplicateKey', { key: spec.key, first });
      continue;
    }
    seen.set(spec.key, cellLabel({ ...ref, col: 0 }));
    map.set(spec.field, ref);
    if (value.kind === 'text' && value.text.trim() === '' && value.text !== '') continue;
    const d = decodeCell(value, spec);
    if (!d.ok) {
      problems.add(ref, d.key, d.params);
      problems.lossy = true;
    } else if (d.value !== undefined) setPath(json, spec.field, d.value);
  }
  for (const k of CAMPAIGN_KEYS) if (!seen.has(k.key)) map.set(k.field, { sheet: sheet.name, row: -1, col: 0, item: k.key });
}

function readTable(source: CellSource, spec: TableSpec, problems: BookProblems): ReturnType<typeof readRecords> {
  const sheet = findSheet(source, spec.name);
  if (!sheet) return [];
  const rows = scanSheet(sheet, spec.columns.length + 20, problems);
  const required = spec.columns.reduce((n, c, i) => (c.required ? i + 1 : n), 0);
  const present = checkHeaders(sheet, spec.columns.map((c) => c.header), required, problems);
  return present === null ? [] : readRecords(sheet, spec.columns.slice(0, present), rows, problems);
}

/** References, which a record left out for a problem of its own makes fail elsewhere. */
const CONSEQUENCES = new Set<PackIssue['key']>(['pack.unknownRef', 'rule.unknownAnnex', 'rule.unknownRow', 'rule.unknownCol', 'pack.emptyList']);

/**
 * Issues of the JSON checks, each put on its cell. Not repeated: what the compiler already said on
 * that row (a cell that did not read leaves its field missing), nor, after such a problem, a reference
 * to something it left out.
 */
function placeIssues(issues: readonly PackIssue[], map: CellMap, problems: BookProblems): PackIssue[] {
  const out: PackIssue[] = [];
  for (const issue of issues) {
    const ref = map.find(issue.path) ?? map.find('(pack)');
    if (!ref) {
      out.push(issue);
      continue;
    }
    const label = cellLabel(ref);
    if (problems.hasRow(ref) || (problems.lossy && CONSEQUENCES.has(issue.key))) continue;
    const first = issue.params?.first;
    const firstRef = typeof first === 'string' ? map.find(first) : undefined;
    out.push({ ...issue, path: label, at: { sheet: ref.sheet, row: ref.row, col: ref.col }, ...(firstRef && { params: { ...issue.params, first: cellLabel(firstRef) } }) });
  }
  return out;
}

export function compilePackWorkbook(source: CellSource): CompileResult {
  const problems = new BookProblems();
  const names = [SHEETS.campaign, ...Object.values(TABLES).map((t) => t.name)];
  if (!names.some((n) => findSheet(source, n))) {
    return { ok: false, issues: [{ path: source.label, key: 'book.notPackWorkbook', params: { sheets: names.map((n) => `"${n}"`).join(', ') } }] };
  }
  for (const name of REQUIRED_SHEETS) if (!findSheet(source, name)) problems.add({ sheet: name, row: -1, col: 0 }, 'book.sheetMissing', { sheet: name });
  const json: JsonObj = {};
  const map = new CellMap();
  const campaign = findSheet(source, SHEETS.campaign);
  if (campaign) {
    map.set('(pack)', { sheet: campaign.name, row: 0, col: 0 });
    readCampaign(campaign, json, map, problems);
  }
  const tables = Object.fromEntries(Object.entries(TABLES).map(([k, spec]) => [k, readTable(source, spec, problems)])) as Tables;
  assembleTables(json, tables, map, problems);
  if (problems.structural) return { ok: false, issues: problems.issues };
  const loaded = checkPackJson(json);
  if (!loaded.ok) return { ok: false, issues: [...problems.issues, ...placeIssues(loaded.issues, map, problems)] };
  if (problems.issues.length) return { ok: false, issues: problems.issues };
  return { ok: true, pack: loaded.pack, json };
}
