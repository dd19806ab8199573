import { cellLabel, type CellMap } from './cell-map';
import { byAnnex, mapCodeCell, mapRecord, recordObject, setPath, text, type JsonObj } from './assemble';
import type { BookProblems, BookRecord } from './read-sheet';
import { SHEETS, type TABLES } from './spec';

/**
 * The table sheets' records → the pack's JSON lists: congresses, departments, units, annexes with
 * their columns and rows, signature blocks, sentences and rules; every field's cell recorded.
 */

type Tables = Record<keyof typeof TABLES, BookRecord[]>;

function simpleList(records: BookRecord[], base: string, sheet: string, map: CellMap, codeField: string): JsonObj[] {
  return records.map((r, i) => {
    mapRecord(map, r, [`${base}[${i}]`], sheet);
    mapCodeCell(map, r, `${base}[${i}]`, codeField);
    return recordObject(r);
  });
}

function rowObject(r: BookRecord): JsonObj {
  const o = recordObject(r);
  const cells: JsonObj = {};
  for (const [field, value] of [['#cellsInput', 'input'], ['#cellsNone', 'none']] as const) {
    for (const code of (r.values.get(field)?.value as string[] | undefined) ?? []) cells[code] = value;
  }
  if (r.values.has('#cellsInput') || r.values.has('#cellsNone')) o.cells = cells;
  return o;
}

function annexParts(annex: JsonObj, id: string, columns: BookRecord[], rows: BookRecord[], map: CellMap): void {
  annex.columns = columns.map((r, i) => {
    const code = text(r, 'code');
    mapRecord(map, r, [`annexes[${id}].columns[${i}]`, ...(code ? [`annexes[${id}].columns[${code}]`] : [])], SHEETS.columns);
    mapCodeCell(map, r, `annexes[${id}].columns[${i}]`, 'code');
    return recordObject(r);
  });
  annex.rows = rows.map((r, i) => {
    const code = text(r, 'code');
    const special = { '#cellsInput': ['cells'], '#cellsNone': ['cells'] };
    mapRecord(map, r, [`annexes[${id}].rows[${i}]`, ...(code ? [`annexes[${id}].rows[${code}]`] : [])], SHEETS.rows, special);
    mapCodeCell(map, r, `annexes[${id}].rows[${i}]`, 'code');
    return rowObject(r);
  });
}

function signatures(records: BookRecord[], json: JsonObj, annexes: Map<string, JsonObj>, map: CellMap, problems: BookProblems): void {
  const groups = new Map<string, BookRecord[]>();
  for (const r of records) {
    const scope = text(r, '#scope') ?? '';
    if (scope && !annexes.has(scope)) {
      problems.add(r.values.get('#scope')!.ref, 'book.unknownAnnex', { code: scope });
      continue;
    }
    groups.set(scope, [...(groups.get(scope) ?? []), r]);
  }
  for (const [scope, rows] of groups) {
    const path = scope ? `annexes[${scope}].signature` : 'signature';
    const first = rows[0];
    const dateLine = first.values.get('dateLine');
    const blocks: JsonObj[] = [];
    mapRecord(map, first, [path], SHEETS.signatures);
    for (const r of rows) {
      const d = r.values.get('dateLine');
      if (d && dateLine && d.value !== dateLine.value) problems.add(d.ref, 'book.dateLineMismatch', { first: cellLabel(dateLine.ref) });
      const block = recordObject(r);
      delete block.dateLine;
      if (Object.keys(block).length === 0) continue;
      mapRecord(map, r, [`${path}.blocks[${blocks.length}]`], SHEETS.signatures);
      blocks.push(block);
    }
    const spec = { ...(dateLine && { dateLine: dateLine.value }), blocks };
    if (scope) annexes.get(scope)!.signature = spec;
    else json.signature = spec;
  }
}

function sentences(records: BookRecord[], json: JsonObj, map: CellMap): void {
  if (!records.length) return;
  const out: JsonObj = {};
  for (const r of records) {
    const key = text(r, '#key');
    if (key === undefined) continue;
    mapRecord(map, r, [`sentences.${key}`], SHEETS.sentences);
    out[key] = recordObject(r);
  }
  json.sentences = out;
}

function rules(records: BookRecord[], map: CellMap): JsonObj[] {
  return records.map((r, i) => {
    const o = recordObject(r);
    const scope = r.values.get('#for')?.value;
    if (scope !== undefined) o[o.kind === 'target' ? 'rows' : 'for'] = scope;
    const c1 = r.values.get('#cell1')?.value;
    const c2 = r.values.get('#cell2')?.value;
    if (c1 !== undefined || c2 !== undefined) o.cells = [c1, c2].filter((c) => c !== undefined);
    const id = text(r, 'id');
    const special = { '#for': ['for', 'rows'], '#cell1': ['cells[0]', 'cells'], '#cell2': ['cells[1]'] };
    mapRecord(map, r, [`rules[${i}]`, ...(id ? [`rules[${id}]`] : [])], SHEETS.rules, special);
    mapCodeCell(map, r, `rules[${i}]`, 'id');
    return o;
  });
}

export function assembleTables(json: JsonObj, t: Tables, map: CellMap, problems: BookProblems): void {
  if (t.congresses.length) setPath(json, 'campaign.congresses', simpleList(t.congresses, 'campaign.congresses', SHEETS.congresses, map, 'id'));
  json.departments = simpleList(t.departments, 'departments', SHEETS.departments, map, 'id');
  json.units = simpleList(t.units, 'units', SHEETS.units, map, 'code');
  const annexes = new Map<string, JsonObj>();
  json.annexes = t.annexes.map((r, i) => {
    const o = recordObject(r);
    const id = text(r, 'id');
    mapRecord(map, r, [`annexes[${i}]`, ...(id ? [`annexes[${id}]`] : [])], SHEETS.annexes);
    mapCodeCell(map, r, `annexes[${i}]`, 'id');
    if (id && !annexes.has(id)) annexes.set(id, o);
    return o;
  });
  const ids = new Set(annexes.keys());
  const columns = byAnnex(t.columns, ids, problems);
  const rows = byAnnex(t.rows, ids, problems);
  for (const [id, annex] of annexes) annexParts(annex, id, columns.get(id) ?? [], rows.get(id) ?? [], map);
  signatures(t.signatures, json, annexes, map, problems);
  sentences(t.sentences, json, map);
  json.rules = rules(t.rules, map);
}
