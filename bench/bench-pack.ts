import { defaultPack } from '../src/core/load/load-pack';
import type { ReportingUnit, TemplatePack } from '../src/core/pack/types';

/**
 * The default pack with `n` more grassroots unions directly under the province, "B0001" …: a
 * province's worth of reporting units (Bắc Kạn had about 789 grassroots unions), so that a merge of
 * N full-pack workbooks has N known units.
 */
export function benchPack(n: number): TemplatePack {
  const base = defaultPack();
  const extra: ReportingUnit[] = Array.from({ length: n }, (_, i) => ({ code: benchUnit(i), name: `CĐCS thử nghiệm số ${i + 1}`, kind: 'grassroots', parent: base.issuer.code }));
  return { ...base, units: [...base.units, ...extra] };
}

export function benchUnit(i: number): string {
  return `B${String(i + 1).padStart(4, '0')}`;
}
