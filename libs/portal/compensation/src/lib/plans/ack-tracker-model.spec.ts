import { type PlanAssignmentRowFragment } from '@salesops/portal/data-access';

import { trackerRows } from './ack-tracker-model';

function row(
  id: string,
  repId: string,
  repName: string,
  acknowledgedAt: string | null,
  validFrom = '2017-01-01',
): PlanAssignmentRowFragment {
  return {
    id,
    repId,
    repName,
    acknowledgedAt,
    validFrom,
    validTo: null,
    planVersionId: 'v1',
    planName: 'AE',
    versionNumber: 1,
    teamName: 'T',
  };
}

describe('trackerRows', () => {
  it('should list reps who have not accepted first, then by name', () => {
    const rows = trackerRows([
      row('1', 'a', 'Zane', '2017-01-02T00:00:00Z'),
      row('2', 'b', 'Boris', null),
      row('3', 'c', 'Anna', '2017-01-02T00:00:00Z'),
      row('4', 'd', 'Cara', null),
    ]);
    expect(rows.map((r) => r.repName)).toEqual(['Boris', 'Cara', 'Anna', 'Zane']);
  });

  it('should keep one row per rep, the latest assignment, when a rep was assigned twice', () => {
    const rows = trackerRows([
      row('1', 'a', 'Anna', '2017-01-02T00:00:00Z'),
      row('2', 'a', 'Anna', null, '2017-02-15'),
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0].id).toBe('2');
  });
});
