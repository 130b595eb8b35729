/** A team's answers to an anonymous survey: the team and every team below it. */
export interface SurveyGroup {
  id: string;
  /** The team above, as of publication; null for a top team, whose parent is the whole survey. */
  parentId: string | null;
  responses: number;
}

/**
 * The teams whose anonymous results may show. Each shown figure is the sum of some "atoms": a shown
 * group minus the shown groups right below it (for the whole survey: everyone minus the shown top
 * teams). Reports can be subtracted down to an atom and no further, so every atom must hold no answer
 * or at least `threshold`. Groups under the threshold never show; while an atom is short, the smallest
 * shown group right below it is hidden too (merged into it), until none is short. Nothing shows when
 * the whole survey is under the threshold.
 */
export function visibleGroups(groups: readonly SurveyGroup[], total: number, threshold: number): Set<string> {
  const shown = new Set<string>();
  if (total < threshold) return shown;
  for (const group of groups) if (group.responses >= threshold) shown.add(group.id);
  const below = new Map<string | null, SurveyGroup[]>();
  for (const group of groups) below.set(group.parentId, [...(below.get(group.parentId) ?? []), group]);
  // The shown groups nearest under `id`: shown children, or the nearest shown under a hidden child.
  const nearestShown = (id: string | null): SurveyGroup[] =>
    (below.get(id) ?? []).flatMap((child) => (shown.has(child.id) ? [child] : nearestShown(child.id)));
  const count = new Map<string | null, number>([
    [null, total],
    ...groups.map((g) => [g.id, g.responses] as const),
  ]);
  for (let changed = true; changed;) {
    changed = false;
    for (const id of [null, ...shown]) {
      const nearest = nearestShown(id);
      const atom = (count.get(id) ?? 0) - nearest.reduce((sum, group) => sum + group.responses, 0);
      if (atom > 0 && atom < threshold) {
        const smallest = [...nearest].sort(
          (a, b) => a.responses - b.responses || a.id.localeCompare(b.id),
        )[0];
        shown.delete(smallest.id);
        changed = true;
        break;
      }
    }
  }
  return shown;
}
