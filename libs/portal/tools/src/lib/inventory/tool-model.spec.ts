import {
  renewalFlag,
  sumByCurrency,
  summarizeInventory,
  utilisationLevel,
  utilisationWidth,
} from './tool-model';

const usd = (minor: string) => ({ minor, currency: 'USD' });

describe('sumByCurrency', () => {
  it('should add minor units exactly with BigInt, beyond what a float can hold', () => {
    expect(sumByCurrency([usd('9007199254740993'), usd('10'), usd('7')])).toEqual([
      { currency: 'USD', minor: 9007199254741010n, amount: '90071992547410.10' },
    ]);
  });

  it('should keep one total per currency, in alphabetical order, when currencies are mixed', () => {
    expect(sumByCurrency([usd('100'), { minor: '250', currency: 'EUR' }, usd('1')])).toEqual([
      { currency: 'EUR', minor: 250n, amount: '2.50' },
      { currency: 'USD', minor: 101n, amount: '1.01' },
    ]);
  });

  it('should give no totals for no tools', () => {
    expect(sumByCurrency([])).toEqual([]);
  });
});

describe('summarizeInventory', () => {
  const row = (
    status: 'ACTIVE' | 'RETIRED' | 'EVALUATING',
    monthlyMinor: string,
    seatsBought: number,
    seatsUsed: number,
    daysToRenewal: number | null,
  ) => ({
    status,
    monthlyCost: { ...usd(monthlyMinor), amount: '' },
    seatsBought,
    seatsUsed,
    daysToRenewal,
    renewalDueSoon: daysToRenewal !== null && daysToRenewal >= 0 && daysToRenewal <= 90,
  });

  it('should total spend and seats of the tools still paid for and count the renewals due', () => {
    const summary = summarizeInventory([
      row('ACTIVE', '660000', 40, 35, 62),
      row('EVALUATING', '50', 10, 2, 200),
      row('RETIRED', '99999', 5, 0, -3),
    ]);
    expect(summary).toEqual({
      tools: 3,
      active: 1,
      monthlySpend: [{ currency: 'USD', minor: 660050n, amount: '6600.50' }],
      seatsBought: 50,
      seatsUsed: 37,
      utilisation: 0.74,
      renewalsDue: 1,
      overdue: 1,
    });
  });

  it('should show no utilisation when no seats are bought', () => {
    expect(summarizeInventory([]).utilisation).toBeNull();
    expect(summarizeInventory([row('ACTIVE', '0', 0, 0, null)]).utilisation).toBeNull();
  });
});

describe('renewalFlag', () => {
  it('should flag a renewal within 90 days with the days left', () => {
    expect(renewalFlag({ daysToRenewal: 62, renewalDueSoon: true })).toEqual({
      kind: 'soon',
      key: 'tools.renewsIn',
      params: { days: 62 },
    });
    expect(renewalFlag({ daysToRenewal: 1, renewalDueSoon: true })?.key).toBe('tools.renewsInOne');
    expect(renewalFlag({ daysToRenewal: 0, renewalDueSoon: true })?.key).toBe('tools.renewsToday');
  });

  it('should flag a passed renewal as overdue with the days since', () => {
    expect(renewalFlag({ daysToRenewal: -12, renewalDueSoon: false })).toEqual({
      kind: 'overdue',
      key: 'tools.overdue',
      params: { days: 12 },
    });
    expect(renewalFlag({ daysToRenewal: -1, renewalDueSoon: false })?.key).toBe('tools.overdueOne');
  });

  it('should not flag a renewal further out or a tool without a date', () => {
    expect(renewalFlag({ daysToRenewal: 140, renewalDueSoon: false })).toBeNull();
    expect(renewalFlag({ daysToRenewal: null, renewalDueSoon: false })).toBeNull();
  });
});

describe('utilisation bar', () => {
  it('should call under 60% low, over 100% over and nothing bought none', () => {
    expect(utilisationLevel(0.46)).toBe('low');
    expect(utilisationLevel(0.6)).toBe('ok');
    expect(utilisationLevel(1)).toBe('ok');
    expect(utilisationLevel(1.2)).toBe('over');
    expect(utilisationLevel(null)).toBe('none');
  });

  it('should fill the bar to the share used, capped at the full width', () => {
    expect(utilisationWidth(0.4571)).toBe(45.7);
    expect(utilisationWidth(1.5)).toBe(100);
    expect(utilisationWidth(null)).toBe(0);
    expect(utilisationWidth(0)).toBe(0);
  });
});
