import { FormControl } from '@angular/forms';

import { TOOL } from './tool-fixtures';
import {
  createInput,
  errorMessage,
  formValueOf,
  isEmptyUpdate,
  isHttpLink,
  linkValidator,
  parseAmount,
  rebaseFormValue,
  seatsValidator,
  updateInput,
} from './tool-form';

describe('parseAmount', () => {
  it('should read plain and grouped amounts into the decimal text the API takes', () => {
    expect(parseAmount('45')).toEqual({ ok: true, value: '45.00', minor: 4500n });
    expect(parseAmount(' 45.5 ')).toEqual({ ok: true, value: '45.50', minor: 4550n });
    expect(parseAmount('1,200.05')).toEqual({ ok: true, value: '1200.05', minor: 120005n });
    expect(parseAmount('0')).toEqual({ ok: true, value: '0.00', minor: 0n });
    expect(parseAmount('99999999999.99')).toEqual({
      ok: true,
      value: '99999999999.99',
      minor: 9999999999999n,
    });
  });

  it('should refuse what the API refuses, each with its reason', () => {
    expect(parseAmount('')).toEqual({ ok: false, problem: 'required' });
    expect(parseAmount('-5')).toEqual({ ok: false, problem: 'negative' });
    expect(parseAmount('12.345')).toEqual({ ok: false, problem: 'decimals' });
    expect(parseAmount('abc')).toEqual({ ok: false, problem: 'format' });
    expect(parseAmount('12,34')).toEqual({ ok: false, problem: 'format' });
    expect(parseAmount('1e3')).toEqual({ ok: false, problem: 'format' });
    expect(parseAmount('100000000000')).toEqual({ ok: false, problem: 'tooLarge' });
  });
});

describe('validators', () => {
  it('should take only http(s) links with a real host', () => {
    expect(isHttpLink('https://www.highspot.com/')).toBe(true);
    expect(isHttpLink('http://intranet.example.org/contracts?id=4')).toBe(true);
    expect(isHttpLink('ftp://files.example.com')).toBe(false);
    expect(isHttpLink('www.example.com')).toBe(false);
    expect(isHttpLink('https://localhost')).toBe(false);
    expect(isHttpLink('https://exa mple.com')).toBe(false);
    expect(linkValidator(new FormControl(''))).toBeNull();
    expect(linkValidator(new FormControl('javascript:alert(1)'))).toEqual({ link: true });
  });

  it('should take whole seat counts from 0 to a million', () => {
    expect(seatsValidator(new FormControl(0))).toBeNull();
    expect(seatsValidator(new FormControl(1_000_000))).toBeNull();
    expect(seatsValidator(new FormControl(1.5))).toEqual({ seats: true });
    expect(seatsValidator(new FormControl(-1))).toEqual({ seats: true });
    expect(seatsValidator(new FormControl(null))).toEqual({ required: true });
  });

  it('should name the message for each error', () => {
    expect(errorMessage({ amount: 'decimals' })).toEqual({ key: 'tools.error.amountDecimals' });
    expect(errorMessage({ maxlength: { requiredLength: 120, actualLength: 121 } })).toEqual({
      key: 'tools.error.tooLong',
      params: { max: 120 },
    });
    expect(errorMessage(null)).toBeNull();
  });
});

describe('createInput', () => {
  it('should trim, drop empty optional fields and links and send the amount as exact text', () => {
    const input = createInput({
      ...formValueOf(null),
      name: '  Gong ',
      category: 'OTHER',
      vendor: ' ',
      costPerSeat: '1,250.5',
      currency: 'eur',
      seatsBought: '12',
      links: [' https://www.gong.io/ ', ''],
    });
    expect(input).toEqual({
      name: 'Gong',
      category: 'OTHER',
      vendor: undefined,
      ownerId: undefined,
      status: 'ACTIVE',
      costPerSeat: '1250.50',
      currency: 'EUR',
      seatsBought: 12,
      renewalDate: undefined,
      notes: '',
      links: ['https://www.gong.io/'],
    });
  });
});

describe('updateInput', () => {
  it('should send nothing but the id and version when nothing changed', () => {
    const input = updateInput(TOOL, { ...formValueOf(TOOL), costPerSeat: '40' });
    expect(input).toEqual({ id: 't1', expectedVersion: 3 });
    expect(isEmptyUpdate(input)).toBe(true);
  });

  it('should send only the changed fields, null to clear owner and renewal date', () => {
    const input = updateInput(TOOL, {
      ...formValueOf(TOOL),
      costPerSeat: '42.5',
      ownerId: null,
      renewalDate: '',
      seatsBought: 30,
      links: ['https://www.highspot.com/', 'https://contracts.example.com/highspot'],
    });
    expect(input).toEqual({
      id: 't1',
      expectedVersion: 3,
      costPerSeat: '42.50',
      ownerId: null,
      renewalDate: null,
      seatsBought: 30,
      links: ['https://www.highspot.com/', 'https://contracts.example.com/highspot'],
    });
    expect(isEmptyUpdate(input)).toBe(false);
  });
});

describe('rebaseFormValue', () => {
  it('should keep the fields the user changed and take the rest from the latest version', () => {
    const original = formValueOf(TOOL);
    const mine = { ...original, costPerSeat: '45.00' };
    const latest = formValueOf({
      ...TOOL,
      notes: 'Renegotiated',
      costPerSeat: { ...TOOL.costPerSeat, amount: '38.00' },
    });
    expect(rebaseFormValue(original, mine, latest)).toEqual({ ...latest, costPerSeat: '45.00' });
  });
});
