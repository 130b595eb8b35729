import { warningVariables } from './warning-filter';

describe('warningVariables', () => {
  it('should ask for every deal, flagged ones, plain ones, or one warning', () => {
    expect(warningVariables(null)).toEqual({});
    expect(warningVariables('FLAGGED')).toEqual({ flagged: true });
    expect(warningVariables('PLAIN')).toEqual({ flagged: false });
    expect(warningVariables('ZERO_AMOUNT')).toEqual({ warning: 'ZERO_AMOUNT' });
  });
});
