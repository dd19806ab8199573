/** The workbook proxy and its defined names. */
import { qualifiedAddress } from './address';
import { SimClientObject, type Commit, type ContextCore, type LoadArgument } from './client-object';
import { fail, SimOfficeError } from './errors';
import { parseFormula } from '../../src/core/spreadsheet';
import { SimRange } from './range-proxies';
import { itemPaths, SimWorksheetCollection } from './sheet-proxies';
import type { SimName, SimWorkbook } from './workbook-state';

/** Letters (any script), digits, "_", "." and "\"; not a cell address such as "AB12" or "R1C1". */
function checkDefinedName(name: unknown, location: string): string {
  if (
    typeof name !== 'string' ||
    name.length > 255 ||
    !/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) ||
    /^[A-Za-z]{1,3}\d+$/.test(name) ||
    /^[RrCc]$/.test(name) ||
    /^R\d*C\d*$/i.test(name)
  ) {
    fail('InvalidArgument', location, `"${String(name)}" is not a valid name.`);
  }
  return name;
}

/** "=…" is a formula; other text is a constant, as Excel's RefersTo treats it. */
function referenceFormula(reference: unknown, location: string): string {
  if (reference instanceof SimRange) {
    const t = reference.target();
    if (!t) return fail('InvalidArgument', location);
    return `=${qualifiedAddress(t.sheet.name, t.rect, true)}`;
  }
  if (typeof reference !== 'string' || reference === '') return fail('InvalidArgument', location);
  return reference.startsWith('=') ? reference : `="${reference.replace(/"/g, '""')}"`;
}

export class SimNamedItem extends SimClientObject<SimName> {
  private resolved: SimName | null | undefined;

  constructor(
    context: ContextCore,
    private readonly locate: () => SimName | undefined,
    nullable = false,
  ) {
    super(context, 'NamedItem', nullable);
  }

  target(): SimName | null {
    if (this.resolved === undefined) this.resolved = this.locate() ?? null;
    if (this.resolved === null || !this.context.state.names.includes(this.resolved)) {
      if (this.nullable && this.resolved === null) return null;
      return fail('ItemNotFound', 'NamedItem');
    }
    return this.resolved;
  }

  protected scalars(): Record<string, (n: SimName) => unknown> {
    return {
      name: (n) => n.name,
      formula: (n) => n.formula,
      visible: (n) => n.visible,
      comment: (n) => n.comment,
      type: (n) => (/^="/.test(n.formula) ? 'String' : referencedSheets(n.formula).length ? 'Range' : 'Double'),
      value: (n) => (/^="/.test(n.formula) ? n.formula.slice(2, -1).replace(/""/g, '"') : n.formula.slice(1)),
    };
  }

  get name(): string {
    return this.read('name');
  }
  get type(): string {
    return this.read('type');
  }
  get value(): unknown {
    return this.read('value');
  }

  get formula(): string {
    return this.read('formula');
  }
  set formula(v: string) {
    this.write('formula', v, (n) => {
      n.formula = checkedFormula(this.context.state, referenceFormula(v, 'NamedItem.formula'), 'NamedItem.formula');
    });
  }

  get visible(): boolean {
    return this.read('visible');
  }
  set visible(v: boolean) {
    this.write('visible', v, (n) => {
      if (typeof v !== 'boolean') fail('InvalidArgument', 'NamedItem.visible');
      n.visible = v;
    });
  }

  get comment(): string {
    return this.read('comment');
  }
  set comment(v: string) {
    this.write('comment', v, (n) => {
      n.comment = String(v);
    });
  }

  delete(): void {
    this.call('delete', (n) => {
      const names = this.context.state.names;
      names.splice(names.indexOf(n), 1);
    });
  }
}

/** Sheet names a formula mentions; an unreadable formula mentions none. */
function referencedSheets(formula: string): string[] {
  const parsed = parseFormula(formula);
  return parsed.ok ? parsed.formula.sheets.map((m) => m.name) : [];
}

/** A formula that does not parse, or points at a sheet that does not exist, is refused (Excel would make the latter an external link). */
function checkedFormula(wb: SimWorkbook, formula: string, location: string): string {
  const parsed = parseFormula(formula);
  if (!parsed.ok) fail('InvalidArgument', location, `The name's formula contains an error: ${parsed.message}.`);
  for (const sheet of referencedSheets(formula)) {
    if (!wb.findSheet(sheet)) fail('InvalidArgument', location, `The name refers to a sheet that does not exist: ${sheet}.`);
  }
  return formula;
}

export class SimNamedItemCollection extends SimClientObject<SimName[]> {
  constructor(context: ContextCore) {
    super(context, 'NamedItemCollection');
  }

  target(): SimName[] {
    return this.context.state.names;
  }

  protected scalars(): Record<string, (t: SimName[]) => unknown> {
    return {};
  }

  get items(): SimNamedItem[] {
    return this.read('items');
  }

  override load(arg?: LoadArgument): this {
    const paths = itemPaths(arg);
    this.queue('NamedItemCollection.load', () => this.loadNow(paths), { mutates: false });
    return this;
  }

  override loadNow(paths: string[][] | 'all'): Commit {
    const items = this.context.state.names.map((n) => new SimNamedItem(this.context, () => n).through(this, 'NamedItemCollection', 'items'));
    const commits = items.map((item) => item.loadNow(paths));
    return () => {
      commits.forEach((c) => c());
      this.publish('items', items);
    };
  }

  add(name: string, reference: SimRange | string, comment?: string): SimNamedItem {
    let created: SimName | undefined;
    this.queue('NamedItemCollection.add', () => {
      const location = 'NamedItemCollection.add';
      this.context.requireMember('NamedItemCollection', 'add');
      const wb = this.context.state;
      checkDefinedName(name, location);
      if (wb.findName(name)) throw new SimOfficeError('ItemAlreadyExists', undefined, location);
      created = { name, formula: checkedFormula(wb, referenceFormula(reference, location), location), visible: true, comment: comment ?? '' };
      wb.names.push(created);
    });
    return new SimNamedItem(this.context, () => created).through(this, 'NamedItemCollection', 'add');
  }

  getItem(name: string): SimNamedItem {
    return new SimNamedItem(this.context, () => this.context.state.findName(name)).through(this, 'NamedItemCollection', 'getItem');
  }

  getItemOrNullObject(name: string): SimNamedItem {
    return new SimNamedItem(this.context, () => this.context.state.findName(name), true).through(this, 'NamedItemCollection', 'getItemOrNullObject');
  }
}

export class SimWorkbookProxy extends SimClientObject<SimWorkbook> {
  readonly worksheets: SimWorksheetCollection;
  readonly names: SimNamedItemCollection;

  constructor(context: ContextCore) {
    super(context, 'Workbook');
    this.worksheets = new SimWorksheetCollection(context);
    this.names = new SimNamedItemCollection(context);
  }

  target(): SimWorkbook {
    return this.context.state;
  }

  protected scalars(): Record<string, (t: SimWorkbook) => unknown> {
    return { name: () => 'Book1.xlsx' };
  }

  protected override navigation(name: string): SimClientObject<unknown> | undefined {
    if (name === 'worksheets') return this.worksheets as SimClientObject<unknown>;
    if (name === 'names') return this.names as SimClientObject<unknown>;
    return undefined;
  }

  get name(): string {
    return this.read('name');
  }
}
