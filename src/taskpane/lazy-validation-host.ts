import type { CellSource } from '../core/report/cell-source';
import type { CellMark, ValidationHost, ValueFix } from '../excel/host';

/**
 * The Office.js ValidationHost, loaded with its first call: the reader, marks and writer of the Kiểm
 * tra tab stay out of the pane's first load (they come with the tab's own chunk).
 */
export class LazyOfficeValidationHost implements ValidationHost {
  private host: Promise<ValidationHost> | null = null;

  private get(): Promise<ValidationHost> {
    this.host ??= import(/* webpackChunkName: "validate" */ '../excel/office-validation-host').then((m) => new m.OfficeValidationHost());
    return this.host;
  }

  async readSource(): Promise<CellSource> {
    return (await this.get()).readSource();
  }

  async selectCell(sheetName: string, address: string): Promise<void> {
    return (await this.get()).selectCell(sheetName, address);
  }

  async markCells(marks: readonly CellMark[]): Promise<void> {
    return (await this.get()).markCells(marks);
  }

  async clearMarks(): Promise<void> {
    return (await this.get()).clearMarks();
  }

  async writeValues(fixes: readonly ValueFix[]): Promise<ValueFix[]> {
    return (await this.get()).writeValues(fixes);
  }
}
