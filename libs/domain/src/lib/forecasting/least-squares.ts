/**
 * Coefficients c minimising |target - Σ c(k) columns(k)|², from the normal equations by Gaussian
 * elimination with partial pivoting. A column that adds nothing new (a pivot near zero) gets 0, so a
 * rank-deficient problem still returns one of its best fits instead of NaN. Meant for a handful of
 * columns (the initial states of a smoothing model), not for big regressions.
 */
export function leastSquares(columns: readonly (readonly number[])[], target: readonly number[]): number[] {
  const dot = (a: readonly number[], b: readonly number[]) => a.reduce((sum, v, i) => sum + v * b[i], 0);
  // Augmented normal equations [X'X | X'y].
  return solveNormalEquations(columns.map((ci) => [...columns.map((cj) => dot(ci, cj)), dot(ci, target)]));
}

/**
 * Solves augmented normal equations [X'X | X'y] (k rows of k + 1; changed in place) as leastSquares
 * does, for callers that accumulate the sums themselves.
 */
export function solveNormalEquations(rows: number[][]): number[] {
  const k = rows.length;
  // Plain loops, no spreads or destructuring: fitting calls this a thousand times a series.
  let scale = 1e-300;
  for (let i = 0; i < k; i++) scale = Math.max(scale, Math.abs(rows[i][i]));
  const pivots: number[] = [];
  for (let col = 0, row = 0; col < k; col++) {
    let best = row;
    for (let r = row + 1; r < k; r++) if (Math.abs(rows[r][col]) > Math.abs(rows[best][col])) best = r;
    if (Math.abs(rows[best][col]) <= 1e-12 * scale) continue;
    const swapped = rows[row];
    rows[row] = rows[best];
    rows[best] = swapped;
    for (let r = 0; r < k; r++) {
      if (r === row) continue;
      const factor = rows[r][col] / rows[row][col];
      for (let c = col; c <= k; c++) rows[r][c] -= factor * rows[row][c];
    }
    pivots[col] = row++;
  }
  const solution: number[] = [];
  for (let col = 0; col < k; col++)
    solution.push(pivots[col] === undefined ? 0 : rows[pivots[col]][k] / rows[pivots[col]][col]);
  return solution;
}
