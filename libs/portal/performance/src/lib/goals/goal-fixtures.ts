import { type GoalCellFragment } from '@salesops/portal/data-access';

/** A goal cell as the API answers it, for the goals specs: FY2017 won revenue in USD unless told. */
export function goalCell(overrides: Partial<GoalCellFragment>): GoalCellFragment {
  return {
    id: `g-${overrides.repId ?? overrides.teamId}`,
    repId: null,
    teamId: null,
    subjectName: 'x',
    periodKey: 'FY2017',
    metric: 'WON_REVENUE',
    target: '0.00',
    actual: '0.00',
    attainment: null,
    currency: 'USD',
    version: 1,
    ...overrides,
  };
}
