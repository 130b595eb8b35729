import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { type Route, UrlSegment } from '@angular/router';

import { type Area, AREA_PATHS, areaMatch } from './area-paths';

const PORTAL = join(__dirname, '../../../../libs/portal');

/** The first segments of the paths an area's routes file declares. */
function firstSegmentsOf(area: Area): Set<string> {
  const text = readFileSync(join(PORTAL, area, `src/lib/${area}.routes.ts`), 'utf8');
  const paths = [...text.matchAll(/\bpath: '([^']*)'/g)].map((match) => match[1]);
  return new Set(paths.filter((path) => path !== '').map((path) => path.split('/')[0]));
}

function matches(area: Area, url: string): boolean {
  const segments = url.split('/').map((path) => new UrlSegment(path, {}));
  return areaMatch(area)({} as Route, segments) as boolean;
}

describe('AREA_PATHS', () => {
  it.each(Object.keys(AREA_PATHS) as Area[])(
    'should list every first segment the %s routes have, and no other',
    (area) => {
      expect([...firstSegmentsOf(area)].sort()).toEqual([...AREA_PATHS[area]].sort());
    },
  );
});

describe('areaMatch', () => {
  it('should match an address under one of the area first segments, at any depth', () => {
    expect(matches('performance', 'dashboard')).toBe(true);
    expect(matches('performance', 'reps/12')).toBe(true);
    expect(matches('compensation', 'compensation/plans/3')).toBe(true);
  });

  it('should not match another area address, nor the empty one', () => {
    expect(matches('org', 'dashboard')).toBe(false);
    expect(matches('pipeline', 'deal')).toBe(false);
    expect(areaMatch('org')({} as Route, [])).toBe(false);
  });
});
