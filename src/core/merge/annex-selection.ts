import type { TemplatePack } from '../pack/types';

/**
 * Which annexes a merge covers: all of them, or a department's subset. Each department compiles the
 * figures of its own topics ("tổng hợp các số liệu theo chuyên đề của Ban"), so a token may be an
 * annex id ("PL07") or a department id ("TC" = Ban Tài chính → its annexes).
 */
export type AnnexSelection =
  | { ok: true; annexIds: string[] }
  | { ok: false; unknown: string[] };

export function resolveAnnexSelection(pack: TemplatePack, tokens: readonly string[] | undefined): AnnexSelection {
  const wanted = (tokens ?? []).flatMap((t) => t.split(',')).map((t) => t.trim()).filter(Boolean);
  if (wanted.length === 0) return { ok: true, annexIds: pack.annexes.map((a) => a.id) };
  const chosen = new Set<string>();
  const unknown: string[] = [];
  for (const token of wanted) {
    const annex = pack.annexes.find((a) => a.id.toLowerCase() === token.toLowerCase());
    const department = pack.departments.find((d) => d.id.toLowerCase() === token.toLowerCase());
    if (annex) chosen.add(annex.id);
    else if (department && pack.annexes.some((a) => a.department === department.id)) {
      for (const a of pack.annexes) if (a.department === department.id) chosen.add(a.id);
    } else unknown.push(token);
  }
  if (unknown.length) return { ok: false, unknown };
  // Pack order, whatever order the user typed.
  return { ok: true, annexIds: pack.annexes.filter((a) => chosen.has(a.id)).map((a) => a.id) };
}

/** The choices a picker offers: every department that compiles at least one annex, with its annexes. */
export function departmentChoices(pack: TemplatePack): Array<{ id: string; name: string; annexIds: string[] }> {
  return pack.departments
    .map((d) => ({ id: d.id, name: d.name, annexIds: pack.annexes.filter((a) => a.department === d.id).map((a) => a.id) }))
    .filter((d) => d.annexIds.length > 0);
}
