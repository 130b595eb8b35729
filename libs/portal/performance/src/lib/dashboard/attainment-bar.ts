/** Width of an attainment bar, 0-100: the goal is the full track. */
export function attainmentWidth(attainment: number | null): number {
  if (attainment === null || !(attainment > 0)) return 0;
  return Math.min(100, Math.round(attainment * 1000) / 10);
}

/** Colour band of an attainment: at or above goal, on the way (70%+), or behind. */
export function attainmentBand(attainment: number | null): 'met' | 'near' | 'behind' | 'none' {
  if (attainment === null) return 'none';
  return attainment >= 1 ? 'met' : attainment >= 0.7 ? 'near' : 'behind';
}
