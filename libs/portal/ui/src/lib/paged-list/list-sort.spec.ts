import { listSort } from './list-sort';

describe('listSort', () => {
  const fields = { name: 'NAME', hireDate: 'HIRE_DATE' } as const;

  it('should name the column and direction as the API does when the column is sortable', () => {
    expect(listSort({ active: 'hireDate', direction: 'desc' }, fields, 'NAME')).toEqual({
      field: 'HIRE_DATE',
      direction: 'DESC',
    });
  });

  it('should fall back to the default field, ascending, when the column or direction is not known', () => {
    expect(listSort({ active: 'team', direction: '' }, fields, 'NAME')).toEqual({
      field: 'NAME',
      direction: 'ASC',
    });
  });
});
