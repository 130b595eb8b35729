import { DefaultUrlSerializer } from '@angular/router';

import { areasUnder } from './area-routes';
import { firstPageAreas } from './first-page';

const url = (path: string) => new DefaultUrlSerializer().parse(path);

describe('firstPageAreas', () => {
  it('should give the area of the address asked for, whatever follows its first segment', () => {
    expect(firstPageAreas(url('/dashboard?period=FY2017'), 'ADMIN')).toEqual(['performance']);
    expect(firstPageAreas(url('/deals/12'), 'MANAGER')).toEqual(['pipeline']);
  });

  it('should give the start page area of the role when the address is empty', () => {
    expect(firstPageAreas(url('/'), 'ADMIN')).toEqual(['performance']);
    expect(firstPageAreas(url('/'), 'REP')).toEqual(['org']);
  });

  it('should give nothing for an address no area has', () => {
    expect(firstPageAreas(url('/nowhere'), 'ADMIN')).toEqual([]);
  });
});

describe('areasUnder', () => {
  it('should give both areas for a first segment two of them have', () => {
    expect(areasUnder('reps')).toEqual(['org', 'performance']);
  });
});
