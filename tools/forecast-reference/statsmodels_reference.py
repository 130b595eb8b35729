#!/usr/bin/python3
"""Reference values for libs/domain/src/lib/forecasting from statsmodels' exponential smoothing.

Writes libs/domain/src/lib/forecasting/fixtures/statsmodels-reference.json. Run with Debian's python3
and python3-statsmodels (see README.md). Everything is deterministic: the series are built here from
fixed formulas and the fixed-parameter cases use known initial states.
"""
import json
import math
import pathlib
import shutil
import subprocess
import warnings

import numpy
import scipy
import statsmodels
from statsmodels.tsa.holtwinters import ExponentialSmoothing

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / 'libs/domain/src/lib/forecasting/fixtures/statsmodels-reference.json'
HORIZON = 12


def seasonal_trend_36():
    # Trend + yearly season + a fixed saw-tooth "noise" so the fit is not exact.
    return [
        round(1000 + 20 * t + 150 * math.sin(2 * math.pi * t / 12) + 30 * (((t * 37) % 17) - 8) / 8, 2)
        for t in range(36)
    ]


SERIES = {
    'seasonalTrend36': seasonal_trend_36(),
    'shortTrend12': [120.0, 128.0, 131.0, 142.0, 150.0, 149.0, 163.0, 170.0, 168.0, 181.0, 190.0, 196.0],
}

SEASONALS = [round(150 * math.sin(2 * math.pi * j / 12), 6) for j in range(12)]

FIXED = [
    ('holt-short', 'shortTrend12', 0, False, dict(alpha=0.5, beta=0.2, gamma=0, phi=1), (115.0, 6.0)),
    ('damped-holt-short', 'shortTrend12', 0, True, dict(alpha=0.6, beta=0.3, gamma=0, phi=0.9), (115.0, 6.0)),
    ('holt-seasonal', 'seasonalTrend36', 0, False, dict(alpha=0.4, beta=0.1, gamma=0, phi=1), (1000.0, 15.0)),
    ('holt-winters', 'seasonalTrend36', 12, False, dict(alpha=0.3, beta=0.05, gamma=0.2, phi=1), (1000.0, 20.0)),
    ('damped-holt-winters', 'seasonalTrend36', 12, True, dict(alpha=0.3, beta=0.05, gamma=0.2, phi=0.92), (1000.0, 20.0)),
]

OPTIMIZED = [
    ('holt-short', 'shortTrend12', 0, False),
    ('damped-holt-short', 'shortTrend12', 0, True),
    ('holt-seasonal', 'seasonalTrend36', 0, False),
    ('holt-winters', 'seasonalTrend36', 12, False),
    ('damped-holt-winters', 'seasonalTrend36', 12, True),
]


def model(series, period, damped, **init):
    seasonal = dict(seasonal='add', seasonal_periods=period) if period else {}
    return ExponentialSmoothing(numpy.asarray(series), trend='add', damped_trend=damped, **seasonal, **init)


def fixed_case(name, key, period, damped, params, initial):
    seasonals = SEASONALS if period else []
    init = dict(initialization_method='known', initial_level=initial[0], initial_trend=initial[1])
    if period:
        init['initial_seasonal'] = numpy.asarray(seasonals)
    fit_args = dict(smoothing_level=params['alpha'], smoothing_trend=params['beta'])
    if period:
        fit_args['smoothing_seasonal'] = params['gamma']
    if damped:
        fit_args['damping_trend'] = params['phi']
    fit = model(SERIES[key], period, damped, **init).fit(optimized=False, **fit_args)
    final = {
        'level': float(fit.level[-1]),
        'trend': float(fit.trend[-1]),
        'seasonals': [float(v) for v in fit.season[-period:]] if period else [],
    }
    return {
        'name': name, 'series': key, 'period': period, 'damped': damped, 'params': params,
        'initial': {'level': initial[0], 'trend': initial[1], 'seasonals': seasonals},
        'horizon': HORIZON,
        'fitted': [float(v) for v in fit.fittedvalues],
        'final': final,
        'forecast': [float(v) for v in fit.forecast(HORIZON)],
        'forecastFromFinalStates': textbook_forecast(final, params['phi'] if damped else 1.0),
        'sse': float(fit.sse),
    }


def textbook_forecast(final, phi):
    # fpp3: y(T+h) = l(T) + (phi + ... + phi^h) b(T) + s(T+h-m(k+1)), from statsmodels' own final states.
    # statsmodels 0.13 overwrites the last seasonal before forecasting, so its forecast at h = m, 2m, ...
    # uses the season before (statsmodels issue #9538, fixed by PR #10230); this is the value without that slip.
    seasonals, out, damped = final['seasonals'], [], 0.0
    for h in range(1, HORIZON + 1):
        damped += phi ** h
        season = seasonals[(h - 1) % len(seasonals)] if seasonals else 0.0
        out.append(final['level'] + damped * final['trend'] + season)
    return out


def optimized_case(name, key, period, damped):
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        fit = model(SERIES[key], period, damped, initialization_method='estimated').fit()
    p = fit.params
    return {
        'name': name, 'series': key, 'period': period, 'damped': damped, 'sse': float(fit.sse),
        'params': {
            'alpha': float(p['smoothing_level']), 'beta': float(p['smoothing_trend']),
            'gamma': float(p['smoothing_seasonal']) if period else 0.0,
            'phi': float(p['damping_trend']) if damped else 1.0,
        },
    }


def main():
    reference = {
        'generatedBy': 'tools/forecast-reference/statsmodels_reference.py',
        'versions': {'statsmodels': statsmodels.__version__, 'numpy': numpy.__version__, 'scipy': scipy.__version__},
        'series': SERIES,
        'fixed': [fixed_case(*case) for case in FIXED],
        'optimized': [optimized_case(*case) for case in OPTIMIZED],
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(reference, indent=2) + '\n')
    # The repository's Prettier owns the layout, so a regenerated file differs only where the numbers do.
    if shutil.which('npx'):
        subprocess.run(['npx', 'prettier', '--write', str(OUT)], cwd=ROOT, check=True, capture_output=True)
    else:
        print('npx not found: run `npx prettier --write` on the fixture before committing')
    print(f'wrote {OUT.relative_to(ROOT)}')


if __name__ == '__main__':
    main()
