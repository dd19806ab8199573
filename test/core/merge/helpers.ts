import { createHash } from 'crypto';
import { exampleFigures, type FigureMap } from '../../../src/core/demo/example-figures';
import { examineSubmission, type Examined } from '../../../src/core/merge/examine';
import type { Submission } from '../../../src/core/merge/submission';
import { defaultPack } from '../../../src/core/load/load-pack';
import type { TemplatePack } from '../../../src/core/pack/types';
import { sourceFromModel, withFigures } from '../../../src/core/report/model-source';
import type { WorkbookModel } from '../../../src/core/sheet/model';
import { renderWorkbook } from '../../../src/core/workbook/render-workbook';
import { readWorkbook } from '../../../src/xlsx/read';
import { toCellSource } from '../../../src/xlsx/to-cell-source';
import { writeWorkbook } from '../../../src/xlsx/write';

/** Shared by the merge tests: units' workbooks built from the demo figures, as submissions. */

export const pack: TemplatePack = defaultPack();

export function figuresOf(unit: string, p: TemplatePack = pack): FigureMap {
  return JSON.parse(JSON.stringify(exampleFigures(p, unit))) as FigureMap;
}

export const ON_TIME = new Date(Date.UTC(2020, 11, 20, 3, 0, 0));

export function sha(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A unit's workbook as a submission read from a model (no file): fast, for the arithmetic. */
export function submission(unit: string, opts: { figures?: FigureMap; fileName?: string; savedAt?: Date | null; p?: TemplatePack; annexIds?: string[] } = {}): Submission {
  const p = opts.p ?? pack;
  const figures = opts.figures ?? figuresOf(unit, p);
  const model = withFigures(renderWorkbook(p, unit, opts.annexIds), figures);
  const fileName = opts.fileName ?? `${unit}.xlsx`;
  return { fileName, savedAt: opts.savedAt === undefined ? ON_TIME : opts.savedAt, sha256: sha(fileName + JSON.stringify(figures)), content: { kind: 'workbook', source: sourceFromModel(model, fileName) } };
}

/** A model (e.g. a summary) written to .xlsx and read back, as the CLI would get it. */
export function submissionFromModel(model: WorkbookModel, fileName: string, savedAt: Date | null = ON_TIME): Submission {
  const bytes = writeWorkbook(model);
  const read = readWorkbook(bytes);
  if (!read.ok) throw new Error(read.error.detail);
  return { fileName, savedAt, sha256: createHash('sha256').update(bytes).digest('hex'), content: { kind: 'workbook', source: toCellSource(read.workbook, fileName) } };
}

export function examine(s: Submission, p: TemplatePack = pack): Examined {
  return examineSubmission(p, s);
}

/** Direct units of the issuer. */
export function directUnits(p: TemplatePack = pack): string[] {
  return p.units.filter((u) => u.parent === p.issuer.code).map((u) => u.code);
}

/** Seeded Fisher–Yates shuffle. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
