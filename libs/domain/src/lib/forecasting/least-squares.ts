/**
 * Coefficients c minimising |target - Σ c(k) columns(k)|², from the normal equations by Gaussian
 * elimination with partial pivoting. A column that adds nothing new (a pivot near zero) gets 0, so a
 * rank-deficient problem still returns one of its best fits instead of NaN. Meant for a handful of
 * columns (the initial states of a smoothing model), not for big regressions.
 */
export function leastSquares(columns: readonly (readonly number[])[], target: readonly number[]): number[] {
  const k = columns.length;
  const dot = (a: readonly number[], b: readonly number[]) => a.reduce((sum, v, i) => sum + v * b[i], 0);
  // Augmented normal equations [X'X | X'y].
  const rows = columns.map((ci) => [...columns.map((cj) => dot(ci, cj)), dot(ci, target)]);
  const scale = Math.max(1e-300, ...rows.map((row, i) => Math.abs(row[i])));
  const pivots: number[] = [];
  for (let col = 0, row = 0; col < k && row < k; col++) {
    let best = row;
    for (let r = row + 1; r < k; r++) if (Math.abs(rows[r][col]) > Math.abs(rows[best][col])) best = r;
    if (Math.abs(rows[best][col]) <= 1e-12 * scale) continue;
    [rows[row], rows[best]] = [rows[best], rows[row]];
    for (let r = 0; r < k; r++) {
      if (r === row) continue;
      const factor = rows[r][col] / rows[row][col];
      for (let c = col; c <= k; c++) rows[r][c] -= factor * rows[row][c];
    }
    pivots[col] = row++;
  }
  return Array.from({ length: k }, (_, col) =>
    pivots[col] === undefined ? 0 : rows[pivots[col]][k] / rows[pivots[col]][col],
  );
}
