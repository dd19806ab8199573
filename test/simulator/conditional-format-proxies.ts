/**
 * Conditional formats (ExcelApi 1.6): the collection of a range (or of a multi-area RangeAreas), one
 * conditional format, and a custom rule's formula, fill and font. They live on the sheet, apart from
 * the cells' own formats, which they never change. Adding, deleting or editing one is a format change:
 * a protected sheet refuses it unless its protection allows formatting cells (Excel's "Format cells"
 * option covers the Conditional Formatting dialog too).
 */
import { overlaps, type Rect } from './address';
import { SimClientObject, SimClientResult, type Commit, type ContextCore, type LoadArgument, loadPaths } from './client-object';
import { fail } from './errors';
import { assertEditable } from './protection-rules';
import { checkBoolean, parseColor } from './range-cells';
import { formulaEntry } from './typed-input';
import type { SimFormatRule, SimSheet } from './workbook-state';


/** A range or a RangeAreas, resolved at sync. */
export interface AreasTarget {
  sheet: SimSheet;
  areas: Rect[];
}

interface FormatTarget {
  sheet: SimSheet;
  cf: SimFormatRule;
}

const TYPES = ['Custom', 'DataBar', 'ColorScale', 'IconSet', 'TopBottom', 'PresetCriteria', 'ContainsText', 'CellValue'];
let nextId = 1;

/** Loading a collection loads its items; "items/type" and "type" mean the same. */
function itemPathsOf(arg: LoadArgument): string[][] | 'all' {
  const paths = loadPaths(arg);
  if (paths === 'all') return 'all';
  const stripped = paths.map((p) => (p[0] === 'items' ? p.slice(1) : p)).filter((p) => p.length > 0);
  return stripped.length ? stripped : 'all';
}

export class SimConditionalFormatCollection extends SimClientObject<AreasTarget> {
  constructor(
    context: ContextCore,
    private readonly locate: () => AreasTarget | null,
  ) {
    super(context, 'ConditionalFormatCollection');
  }

  target(): AreasTarget | null {
    return this.locate();
  }

  protected scalars(): Record<string, (t: AreasTarget) => unknown> {
    return {};
  }

  /** The sheet's conditional formats that touch one of the areas, in priority order. */
  private list(t: AreasTarget): SimFormatRule[] {
    return t.sheet.conditionalFormats.filter((cf) => cf.areas.some((a) => t.areas.some((b) => overlaps(a, b))));
  }

  private resolved(location: string): AreasTarget {
    const t = this.target();
    if (!t) return fail('ItemNotFound', location);
    return t;
  }

  get items(): SimConditionalFormat[] {
    return this.read('items');
  }

  override load(arg?: LoadArgument): this {
    const paths = itemPathsOf(arg);
    this.queue('ConditionalFormatCollection.load', () => this.loadNow(paths), { mutates: false });
    return this;
  }

  override loadNow(paths: string[][] | 'all'): Commit {
    const t = this.resolved('ConditionalFormatCollection.load');
    const items = this.list(t).map((cf) => new SimConditionalFormat(this.context, () => ({ sheet: t.sheet, cf })).through(this, 'ConditionalFormatCollection', 'items'));
    const commits = items.map((item) => item.loadNow(paths));
    return () => {
      commits.forEach((c) => c());
      this.publish('items', items);
    };
  }

  getCount(): SimClientResult<number> {
    const result = new SimClientResult<number>();
    this.queue(
      'ConditionalFormatCollection.getCount',
      () => {
        this.context.requireMember('ConditionalFormatCollection', 'getCount');
        const n = this.list(this.resolved('ConditionalFormatCollection.getCount')).length;
        return () => result.publish(n);
      },
      { mutates: false },
    );
    return result;
  }

  /** Excel puts a new conditional format at the top priority. */
  add(type: string): SimConditionalFormat {
    let created: FormatTarget | undefined;
    this.queue('ConditionalFormatCollection.add', () => {
      const location = 'ConditionalFormatCollection.add';
      this.context.requireMember('ConditionalFormatCollection', 'add');
      const t = this.resolved(location);
      if (!TYPES.includes(type)) fail('InvalidArgument', location);
      assertEditable(t.sheet, 'format', location);
      const cf: SimFormatRule = {
        id: `{CF-${nextId++}}`,
        type,
        areas: t.areas.map((a) => ({ ...a })),
        formula: null,
        fill: null,
        font: { color: null, bold: null, italic: null },
        stopIfTrue: false,
      };
      t.sheet.conditionalFormats.unshift(cf);
      created = { sheet: t.sheet, cf };
    });
    return new SimConditionalFormat(this.context, () => created).through(this, 'ConditionalFormatCollection', 'add');
  }

  getItem(id: string): SimConditionalFormat {
    return new SimConditionalFormat(this.context, () => {
      const t = this.resolved('ConditionalFormatCollection.getItem');
      const cf = this.list(t).find((c) => c.id === id);
      return cf && { sheet: t.sheet, cf };
    }).through(this, 'ConditionalFormatCollection', 'getItem');
  }

  getItemAt(index: number): SimConditionalFormat {
    return new SimConditionalFormat(this.context, () => {
      const t = this.resolved('ConditionalFormatCollection.getItemAt');
      const cf = this.list(t)[index];
      return cf && { sheet: t.sheet, cf };
    }).through(this, 'ConditionalFormatCollection', 'getItemAt');
  }
}

/** Excel.ConditionalFormat. */
export class SimConditionalFormat extends SimClientObject<FormatTarget> {
  private customProxy?: SimCustomConditionalFormat;

  constructor(
    context: ContextCore,
    private readonly locate: () => FormatTarget | undefined,
  ) {
    super(context, 'ConditionalFormat');
  }

  /** Missing, or deleted since: ItemNotFound, as Excel answers for a stale conditional format. */
  target(): FormatTarget {
    const t = this.locate();
    if (!t || !t.sheet.conditionalFormats.includes(t.cf)) return fail('ItemNotFound', 'ConditionalFormat');
    return t;
  }

  protected scalars(): Record<string, (t: FormatTarget) => unknown> {
    return {
      id: (t) => t.cf.id,
      type: (t) => t.cf.type,
      priority: (t) => t.sheet.conditionalFormats.indexOf(t.cf),
      stopIfTrue: (t) => t.cf.stopIfTrue,
    };
  }

  protected override navigation(name: string): SimClientObject<unknown> | undefined {
    return name === 'custom' ? (this.custom as SimClientObject<unknown>) : undefined;
  }

  get id(): string {
    return this.read('id');
  }
  get type(): string {
    return this.read('type');
  }
  get priority(): number {
    return this.read('priority');
  }
  get stopIfTrue(): boolean {
    return this.read('stopIfTrue');
  }
  set stopIfTrue(v: boolean) {
    this.write('stopIfTrue', v, (t) => {
      const location = 'ConditionalFormat.stopIfTrue';
      checkBoolean(v, location);
      assertEditable(t.sheet, 'format', location);
      t.cf.stopIfTrue = v;
    });
  }

  /** Only a Custom conditional format has these; reaching them on another type fails at sync. */
  get custom(): SimCustomConditionalFormat {
    return (this.customProxy ??= new SimCustomConditionalFormat(this.context, () => {
      const t = this.target();
      if (t.cf.type !== 'Custom') fail('InvalidArgument', 'ConditionalFormat.custom', 'The conditional format is not of type Custom.');
      return t;
    }).through(this, 'ConditionalFormat', 'custom'));
  }

  delete(): void {
    this.call('delete', (t) => {
      assertEditable(t.sheet, 'format', 'ConditionalFormat.delete');
      t.sheet.conditionalFormats.splice(t.sheet.conditionalFormats.indexOf(t.cf), 1);
    });
  }
}

/** The parts of a custom conditional format resolve through it. */
abstract class CustomPart extends SimClientObject<FormatTarget> {
  constructor(
    context: ContextCore,
    typeName: string,
    protected readonly locate: () => FormatTarget,
  ) {
    super(context, typeName);
  }

  target(): FormatTarget {
    return this.locate();
  }

  /** Sets a property of the stored format after the requirement-set and protection checks. */
  protected change(name: string, value: unknown, apply: (cf: SimFormatRule) => void): void {
    this.write(name, value, (t) => {
      const location = `${this.typeName}.${name}`;
      assertEditable(t.sheet, 'format', location);
      apply(t.cf);
    });
  }
}

export class SimCustomConditionalFormat extends CustomPart {
  private ruleProxy?: SimConditionalFormatRule;
  private formatProxy?: SimConditionalRangeFormat;

  constructor(context: ContextCore, locate: () => FormatTarget) {
    super(context, 'CustomConditionalFormat', locate);
  }

  protected scalars(): Record<string, (t: FormatTarget) => unknown> {
    return {};
  }

  protected override navigation(name: string): SimClientObject<unknown> | undefined {
    if (name === 'rule') return this.rule as SimClientObject<unknown>;
    if (name === 'format') return this.format as SimClientObject<unknown>;
    return undefined;
  }

  get rule(): SimConditionalFormatRule {
    return (this.ruleProxy ??= new SimConditionalFormatRule(this.context, this.locate).through(this, 'CustomConditionalFormat', 'rule'));
  }
  get format(): SimConditionalRangeFormat {
    return (this.formatProxy ??= new SimConditionalRangeFormat(this.context, this.locate).through(this, 'CustomConditionalFormat', 'format'));
  }
}

export class SimConditionalFormatRule extends CustomPart {
  constructor(context: ContextCore, locate: () => FormatTarget) {
    super(context, 'ConditionalFormatRule', locate);
  }

  protected scalars(): Record<string, (t: FormatTarget) => unknown> {
    // The simulator has one locale: the local formula is the same text.
    return { formula: (t) => t.cf.formula ?? '', formulaLocal: (t) => t.cf.formula ?? '' };
  }

  get formula(): string {
    return this.read('formula');
  }
  /** Excel refuses a formula that does not start with "=" or does not parse. */
  set formula(v: string) {
    this.change('formula', v, (cf) => {
      const location = 'ConditionalFormatRule.formula';
      if (typeof v !== 'string' || !v.startsWith('=')) fail('InvalidArgument', location);
      cf.formula = formulaEntry(v, location).formula;
    });
  }
  get formulaLocal(): string {
    return this.read('formulaLocal');
  }
}

export class SimConditionalRangeFormat extends CustomPart {
  private fillProxy?: SimConditionalRangeFill;
  private fontProxy?: SimConditionalRangeFont;

  constructor(context: ContextCore, locate: () => FormatTarget) {
    super(context, 'ConditionalRangeFormat', locate);
  }

  protected scalars(): Record<string, (t: FormatTarget) => unknown> {
    return {};
  }

  protected override navigation(name: string): SimClientObject<unknown> | undefined {
    if (name === 'fill') return this.fill as SimClientObject<unknown>;
    if (name === 'font') return this.font as SimClientObject<unknown>;
    return undefined;
  }

  get fill(): SimConditionalRangeFill {
    return (this.fillProxy ??= new SimConditionalRangeFill(this.context, this.locate).through(this, 'ConditionalRangeFormat', 'fill'));
  }
  get font(): SimConditionalRangeFont {
    return (this.fontProxy ??= new SimConditionalRangeFont(this.context, this.locate).through(this, 'ConditionalRangeFormat', 'font'));
  }
}

export class SimConditionalRangeFill extends CustomPart {
  constructor(context: ContextCore, locate: () => FormatTarget) {
    super(context, 'ConditionalRangeFill', locate);
  }

  protected scalars(): Record<string, (t: FormatTarget) => unknown> {
    return { color: (t) => t.cf.fill };
  }

  get color(): string {
    return this.read('color');
  }
  set color(v: string) {
    this.change('color', v, (cf) => (cf.fill = parseColor(v, 'ConditionalRangeFill.color')));
  }

  clear(): void {
    this.call('clear', (t) => {
      assertEditable(t.sheet, 'format', 'ConditionalRangeFill.clear');
      t.cf.fill = null;
    });
  }
}

export class SimConditionalRangeFont extends CustomPart {
  constructor(context: ContextCore, locate: () => FormatTarget) {
    super(context, 'ConditionalRangeFont', locate);
  }

  protected scalars(): Record<string, (t: FormatTarget) => unknown> {
    return { color: (t) => t.cf.font.color, bold: (t) => t.cf.font.bold, italic: (t) => t.cf.font.italic };
  }

  get color(): string {
    return this.read('color');
  }
  set color(v: string) {
    this.change('color', v, (cf) => (cf.font.color = parseColor(v, 'ConditionalRangeFont.color')));
  }
  get bold(): boolean {
    return this.read('bold');
  }
  set bold(v: boolean) {
    this.change('bold', v, (cf) => {
      checkBoolean(v, 'ConditionalRangeFont.bold');
      cf.font.bold = v;
    });
  }
  get italic(): boolean {
    return this.read('italic');
  }
  set italic(v: boolean) {
    this.change('italic', v, (cf) => {
      checkBoolean(v, 'ConditionalRangeFont.italic');
      cf.font.italic = v;
    });
  }
}
