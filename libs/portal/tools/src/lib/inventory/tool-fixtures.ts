import { type ToolRowFragment } from '@salesops/portal/data-access';

/** Test data for the inventory and scorecard specs. */
export const TOOL: ToolRowFragment = {
  id: 't1',
  name: 'Highspot',
  category: 'CONTENT',
  vendor: 'Highspot',
  ownerId: 'u1',
  ownerName: 'Sales Ops Admin',
  status: 'ACTIVE',
  costPerSeat: { amount: '40.00', minor: '4000', currency: 'USD' },
  monthlyCost: { amount: '1400.00', minor: '140000', currency: 'USD' },
  costPerUsedSeat: { amount: '87.50', minor: '8750', currency: 'USD' },
  seatsBought: 35,
  seatsUsed: 16,
  utilisation: 0.4571,
  renewalDate: '2027-02-15',
  daysToRenewal: 80,
  renewalDueSoon: true,
  notes: 'Sales collateral.',
  links: ['https://www.highspot.com/'],
  version: 3,
};
