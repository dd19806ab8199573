import type { Annex, ReportingUnit, TemplatePack } from './types';

/** A unit of the pack by its code; the issuer (the province) is a unit too. */
export function findUnit(pack: TemplatePack, code: string): ReportingUnit | undefined {
  if (code === pack.issuer.code) return { code, name: pack.issuer.name, kind: 'province', parent: code };
  return pack.units.find((u) => u.code === code);
}

export class UnknownUnitError extends Error {
  constructor(readonly unitCode: string) {
    super(`unknown unit ${unitCode}`);
  }
}

export class UnknownAnnexError extends Error {
  constructor(readonly annexId: string) {
    super(`unknown annex ${annexId}`);
  }
}

/** The unit of that code, or UnknownUnitError. */
export function unitOf(pack: TemplatePack, code: string): ReportingUnit {
  const unit = findUnit(pack, code);
  if (!unit) throw new UnknownUnitError(code);
  return unit;
}

/** An annex the unit's kind does not fill was asked for (`annex.forKinds`). */
export class AnnexNotForKindError extends Error {
  constructor(
    readonly annexId: string,
    readonly kind: ReportingUnit['kind'],
  ) {
    super(`annex ${annexId} is not filled by units of kind ${kind}`);
  }
}

/** The annexes of these ids, in the order given (every annex of the pack when none is given), or UnknownAnnexError. */
export function annexesOf(pack: TemplatePack, annexIds?: readonly string[]): Annex[] {
  if (!annexIds) return pack.annexes;
  return annexIds.map((id) => {
    const a = pack.annexes.find((x) => x.id === id);
    if (!a) throw new UnknownAnnexError(id);
    return a;
  });
}
