import { mkdirSync, rmSync, writeFileSync } from 'fs';
import { join } from 'path';
import { genericFigures } from '../core/demo/generic-figures';
import type { Lang } from '../core/i18n/format';
import type { TemplatePack } from '../core/pack/types';
import { embeddedPackRows, withEmbeddedPack } from '../core/packbook/embed';
import { withFigures } from '../core/report/model-source';
import { renderWorkbook } from '../core/workbook/render-workbook';
import { PACK_CODEC } from '../xlsx/pack-file';
import { writeWorkbook } from '../xlsx/write';
import { readPackFile, type CliContext } from './context';
import { templateFileName } from './template-command';

/**
 * The demo's second campaign: a district federation's six-month report, designed as a pack WORKBOOK
 * (packs/bao-cao-6-thang-huyen.xlsx, the source of truth) — other annexes, units and rules than the
 * default pack. A shorter run: compile the workbook, templates, the units fill them (generic example
 * figures, one mistake, one unit silent), validate, merge.
 */

export const SECOND_PACK = join('packs', 'bao-cao-6-thang-huyen.xlsx');
const OUT = join('out', '6-thang');

type Annex = (argv: string[], lang: Lang, quiet?: boolean) => { code: number; lines: string[] };

function fillUnit(pack: TemplatePack, dir: string, unitCode: string, day: number, mistake: boolean): string {
  const unit = pack.units.find((u) => u.code === unitCode)!;
  const figures = genericFigures(pack, unit.code);
  if (mistake) {
    // Women members typed above the total: the pack's first rule fires.
    const [annex] = pack.annexes;
    const [whole, part] = annex.rows.filter((r) => r.kind === 'input');
    figures[annex.id][part.code][annex.columns[0].code] = (figures[annex.id][whole.code][annex.columns[0].code] as number) + 5;
  }
  const model = withEmbeddedPack(renderWorkbook(pack, unit.code), embeddedPackRows(pack, PACK_CODEC.compress));
  const file = join(dir, templateFileName(unit.code, unit.name));
  writeFileSync(file, writeWorkbook(withFigures(model, figures), { modified: new Date(Date.UTC(2024, 6, day, 2)) }));
  return file;
}

export function secondPackDemo(lang: Lang, annex: Annex, ctx: CliContext): boolean {
  const t = (vi: string, en: string) => (lang === 'vi' ? vi : en);
  rmSync(OUT, { recursive: true, force: true });
  const units = join(OUT, 'units');
  mkdirSync(units, { recursive: true });
  console.log(t(`\n— Đợt báo cáo thứ hai: bộ mẫu soạn bằng Excel (${SECOND_PACK}) —`, `\n— A second campaign: a pack designed in Excel (${SECOND_PACK}) —`));
  const built = annex(['pack', 'build', SECOND_PACK, '--out', join(OUT, 'bo-mau.json'), '--force'], lang);
  const templates = annex(['template', '--pack', SECOND_PACK, '--all', '--out-dir', join(OUT, 'templates'), '--force'], lang, true);
  console.log(templates.lines[templates.lines.length - 1]);
  const { pack } = readPackFile(ctx, SECOND_PACK);
  // The last unit sends nothing; the second makes a mistake.
  const files = pack.units.slice(0, -1).map((u, i) => fillUnit(pack, units, u.code, 1 + i, i === 1));
  console.log(t(`  ${files.length} đơn vị gửi biểu (ví dụ), ${pack.units[pack.units.length - 1].code} chưa gửi`, `  ${files.length} units send their forms (examples), ${pack.units[pack.units.length - 1].code} sends nothing`));
  const validated = annex(['validate', '--pack', SECOND_PACK, ...files, '--json'], lang, true);
  const findings = JSON.parse(validated.lines.find((l) => l.startsWith('['))!) as Array<{ file: string; severity: string; message: string }>;
  for (const file of files) {
    const errors = findings.filter((f) => f.file === file && f.severity === 'error');
    console.log(`  ${errors.length ? '✗' : '✓'} ${file.padEnd(70)} ${errors.length ? errors[0].message : t('không lỗi', 'clean')}`);
  }
  const merged = annex(['merge', units, '--pack', SECOND_PACK, '--out', join(OUT, 'tong-hop.xlsx'), '--force'], lang);
  // One unit's error leaves it out of the merge: exit 1 is the expected outcome; validate finds that one error.
  return built.code === 0 && templates.code === 0 && validated.code === 1 && merged.code === 1;
}
