import { HostError } from './host';

/**
 * The requirement sets the pane needs, per feature, each named after the members it uses: the set is
 * the highest `[Api set: ExcelApi 1.x]` tag among them (Microsoft's reference; the simulator's table
 * excel-api-sets.generated.ts is generated from the same tags, and a test checks every `set` here
 * against it, and that the simulator refuses each feature one set below).
 *
 * The manifest asks for ExcelApi 1.8 (MANIFEST_EXCEL_API): a host below it never offers the add-in,
 * so on real hosts the mandatory checks below cannot fail. They are kept — and tested with the
 * simulator at lower sets — so that lowering the manifest (e.g. to 1.7, to let Office 2019
 * volume-licensed users check workbooks) only needs the manifest changed: each tab says at load
 * what it cannot do (tabRequirements), before the user clicks.
 */

export const MANIFEST_EXCEL_API = '1.8';

export interface Feature {
  /** The requirement set: the highest of its members'. */
  readonly set: string;
  /** "Type.member" of every Excel API member the feature uses beyond ExcelApi 1.1. */
  readonly members: readonly string[];
}

export const FEATURES = {
  /** Inserting annexes or a summary (Biểu mẫu, Tổng hợp). Data validation on input cells is 1.8. */
  insert: {
    set: '1.8',
    members: [
      'Range.dataValidation',
      'DataValidation.rule',
      'DataValidation.errorAlert',
      'Worksheet.freezePanes',
      'WorksheetFreezePanes.freezeRows',
      'NamedItem.formula',
      'NamedItem.visible',
      'NamedItemCollection.add',
      'NamedItem.delete',
      'Range.conditionalFormats',
      'ConditionalFormatCollection.add',
      'CustomConditionalFormat.rule',
      'ConditionalFormatRule.formula',
      'Worksheet.getUsedRangeOrNullObject',
      'WorksheetCollection.getItemOrNullObject',
      'Worksheet.protection',
      'WorksheetProtection.protect',
      'RangeFormat.protection',
      'FormatProtection.locked',
      'RangeFormat.columnWidth',
      'RangeFormat.rowHeight',
      'Range.merge',
      // The overview's charts (queue-charts.ts): series over cells of their own, their number formats.
      'ChartSeriesCollection.add',
      'ChartSeries.setValues',
      'ChartSeries.setXAxisValues',
      'ChartSeries.chartType',
      'ChartDataLabels.numberFormat',
      'ChartAxis.numberFormat',
    ],
  },
  /** Page layout and indentation of inserted sheets: skipped below 1.9 (the sheets are the same otherwise). */
  pageLayout: { set: '1.9', members: ['Worksheet.pageLayout', 'PageLayout.orientation', 'PageLayout.paperSize', 'PageLayout.zoom', 'RangeFormat.indentLevel'] },
  /** Reading the open workbook (Kiểm tra): used ranges, names' formulas, the file name. */
  read: { set: '1.7', members: ['Worksheet.getUsedRangeOrNullObject', 'NamedItem.formula', 'Workbook.name'] },
  /** Highlighting cells (Kiểm tra): conditional formats on protected annexes, which must be unprotected. */
  marks: {
    set: '1.7',
    members: ['Range.conditionalFormats', 'ConditionalFormatCollection.add', 'ConditionalFormat.custom', 'CustomConditionalFormat.rule', 'ConditionalFormatRule.formula', 'ConditionalFormat.delete', 'Worksheet.protection', 'WorksheetProtection.unprotect', 'WorksheetProtection.protect'],
  },
  /** One conditional format over many cells: below 1.9, one per cell (same marks). */
  multiArea: { set: '1.9', members: ['Worksheet.getRanges', 'RangeAreas.conditionalFormats'] },
  /** Writing a number typed as text back as a number (Kiểm tra): only into unlocked cells. */
  fix: { set: '1.2', members: ['RangeFormat.protection', 'FormatProtection.locked'] },
} as const satisfies Record<string, Feature>;

export type FeatureName = keyof typeof FEATURES;

/** What each tab needs: without `required`, the tab cannot work; without a `partial` one, part of it is missing. */
export const TAB_FEATURES = {
  templates: { required: ['insert'], partial: [] },
  validate: { required: ['read'], partial: ['marks', 'fix'] },
  merge: { required: [], partial: ['insert'] },
} as const satisfies Record<string, { required: readonly FeatureName[]; partial: readonly FeatureName[] }>;

export type TabName = keyof typeof TAB_FEATURES;

export function supportsExcelApi(version: string): boolean {
  if (typeof Office === 'undefined' || !Office.context?.requirements) return false;
  return Office.context.requirements.isSetSupported('ExcelApi', version);
}

export function supports(feature: FeatureName): boolean {
  return supportsExcelApi(FEATURES[feature].set);
}

/** Throws HostError('unsupported', 'ExcelApi x.y') when the host lacks the feature's set. */
export function requireFeature(feature: FeatureName): void {
  if (!supports(feature)) throw new HostError('unsupported', `ExcelApi ${FEATURES[feature].set}`, { feature });
}

/** The features of a tab this host lacks, checked when the tab opens (before the user clicks anything). */
export function tabRequirements(tab: TabName): { missing: FeatureName[]; blocking: boolean } {
  const { required, partial } = TAB_FEATURES[tab];
  const missing = [...required, ...partial].filter((f) => !supports(f));
  return { missing, blocking: required.some((f) => missing.includes(f)) };
}

/** Throws HostError('unsupported') when the host cannot take an insertion; says whether page layout (1.9) is there. */
export function checkRequirements(): { api19: boolean } {
  requireFeature('insert');
  return { api19: supports('pageLayout') };
}
