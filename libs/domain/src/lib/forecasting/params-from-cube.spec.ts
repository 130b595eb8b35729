import { cubeDimensions, paramsFromCube } from './params-from-cube';

describe('paramsFromCube', () => {
  it('should scale beta by alpha and gamma by one minus alpha, as statsmodels restricts them', () => {
    const params = paramsFromCube([0.5, 0.4, 0.6], { period: 12, damped: false });
    expect(params.alpha).toBe(0.5);
    expect(params.beta).toBeCloseTo(0.2, 15);
    expect(params.gamma).toBeCloseTo(0.3, 15);
    expect(params.phi).toBe(1);
  });

  it('should map the last coordinate to phi between 0.8 and 0.995 when the trend is damped', () => {
    const spec = { period: 0, damped: true };
    expect(paramsFromCube([0.5, 0.5, 0], spec).phi).toBeCloseTo(0.8, 15);
    expect(paramsFromCube([0.5, 0.5, 0.5], spec).phi).toBeCloseTo(0.8975, 15);
    expect(paramsFromCube([0.5, 0.5, 1], spec).phi).toBeCloseTo(0.995, 15);
  });

  it('should read phi after gamma when the model is both seasonal and damped', () => {
    const params = paramsFromCube([0.2, 0.5, 1, 0.2], { period: 12, damped: true });
    expect(params.gamma).toBeCloseTo(0.8, 15);
    expect(params.phi).toBeCloseTo(0.839, 15);
  });

  it('should give gamma 0 and ignore a third coordinate when the model has no seasons', () => {
    expect(paramsFromCube([0.3, 1, 0.9], { period: 0, damped: false })).toEqual({
      alpha: 0.3,
      beta: 0.3,
      gamma: 0,
      phi: 1,
    });
  });

  it('should never let beta exceed alpha or gamma exceed one minus alpha anywhere in the cube', () => {
    for (const u0 of [0, 0.1, 0.5, 0.99, 1])
      for (const u1 of [0, 0.5, 1])
        for (const u2 of [0, 0.5, 1]) {
          const { alpha, beta, gamma } = paramsFromCube([u0, u1, u2], { period: 4, damped: false });
          expect(beta).toBeGreaterThanOrEqual(0);
          expect(beta).toBeLessThanOrEqual(alpha);
          expect(gamma).toBeGreaterThanOrEqual(0);
          expect(gamma).toBeLessThanOrEqual(1 - alpha);
        }
  });
});

describe('cubeDimensions', () => {
  it('should count alpha and beta, plus gamma for seasons and phi for damping', () => {
    expect(cubeDimensions({ period: 0, damped: false })).toBe(2);
    expect(cubeDimensions({ period: 0, damped: true })).toBe(3);
    expect(cubeDimensions({ period: 12, damped: false })).toBe(3);
    expect(cubeDimensions({ period: 12, damped: true })).toBe(4);
  });
});
