#!/usr/bin/python3
"""Reference paths for libs/domain/src/lib/forecasting/nelder-mead.ts from scipy's Nelder-Mead.

Writes libs/domain/src/lib/forecasting/fixtures/nelder-mead-reference.json. Run with Debian's python3 and
python3-scipy (see README.md). Our Nelder-Mead takes the same steps as scipy's with bounds (reflect 1,
expand 2, contract 1/2, shrink 1/2, every trial point clipped into the box), so from the same starting
simplex both walk the same path: the fixture records scipy's best point and value after each iteration,
with its own stopping rule switched off (xatol = fatol = 0), and the spec runs ours for 1, 2, ... N
iterations and compares. The objectives are written the same way here and in the spec.
"""
import json
import math
import pathlib
import shutil
import subprocess

import numpy
import scipy
from scipy.optimize import minimize

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / 'libs/domain/src/lib/forecasting/fixtures/nelder-mead-reference.json'

OBJECTIVES = {
    'bowl': lambda p: (p[0] - 0.3) ** 2 + 2 * (p[1] - 0.7) ** 2,
    'rosenbrock': lambda p: (1 - p[0]) ** 2 + 100 * (p[1] - p[0] * p[0]) ** 2,
    'outsideTilted': lambda p: (p[0] - 1.3) ** 2 + 3 * (p[1] - 0.2) ** 2 + (p[2] + 0.4) ** 2 + p[0] * p[1],
    'skewedValley': lambda p: (p[0] - 0.6) ** 2 + 5 * (p[1] - 0.25 - 0.5 * p[0]) ** 2 + 0.1 * p[2] ** 2 + 0.3 * (p[2] - 0.5) ** 4,
    # Many small bumps: contractions often land between the worst and the reflected point, and shrinks happen.
    'bumpy': lambda p: (p[0] - 0.5) ** 2 + (p[1] - 0.5) ** 2 + 0.05 * math.sin(25 * p[0]) * math.sin(25 * p[1]),
}

CASES = [
    ('bowl', [0.62, 0.41], 40),
    ('rosenbrock', [0.1, 0.9], 60),
    ('outsideTilted', [0.9, 0.1, 0.5], 40),
    ('skewedValley', [0.95, 0.05, 0.81], 60),
    ('bumpy', [0.15, 0.8], 50),
]


def initial_simplex(start):
    # As nelder-mead.ts: the start, then a step of 0.2 along each axis, inwards when the start is above 0.8.
    points = [list(start)]
    for i, v in enumerate(start):
        point = list(start)
        point[i] = v - 0.2 if v > 0.8 else v + 0.2
        points.append(point)
    return numpy.array(points)


def case(name, start, iterations):
    objective = OBJECTIVES[name]
    path = []

    def record(xk):
        path.append({'point': [float(v) for v in xk], 'value': float(objective(xk))})

    minimize(
        objective, numpy.array(start), method='Nelder-Mead', bounds=[(0, 1)] * len(start), callback=record,
        options={'initial_simplex': initial_simplex(start), 'maxiter': iterations, 'maxfev': 100000, 'xatol': 0, 'fatol': 0},
    )
    return {'objective': name, 'start': start, 'path': path}


def main():
    reference = {
        'generatedBy': 'tools/forecast-reference/nelder_mead_reference.py',
        'versions': {'numpy': numpy.__version__, 'scipy': scipy.__version__},
        'cases': [case(*c) for c in CASES],
    }
    OUT.write_text(json.dumps(reference, indent=2) + '\n')
    if shutil.which('npx'):
        subprocess.run(['npx', 'prettier', '--write', str(OUT)], cwd=ROOT, check=True, capture_output=True)
    print(f'wrote {OUT.relative_to(ROOT)}')


if __name__ == '__main__':
    main()
