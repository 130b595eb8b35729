import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import {
  CreateSalesToolGQL,
  SalesToolGQL,
  type ToolRowFragment,
  UpdateSalesToolGQL,
} from '@salesops/portal/data-access';
import { I18nService } from '@salesops/portal/i18n';
import { of, throwError } from 'rxjs';

import { ToolDialogComponent, type ToolDialogData } from './tool-dialog.component';
import { TOOL } from './tool-fixtures';

const OWNERS = [{ id: 'u1', name: 'Sales Ops Admin' }];

interface Mocks {
  readonly create?: jest.Mock;
  readonly update?: jest.Mock;
  readonly latest?: ToolRowFragment;
}

function setup(tool: ToolRowFragment | null, mocks: Mocks = {}) {
  const close = jest.fn();
  const create = mocks.create ?? jest.fn(() => of({ data: { createSalesTool: { ...TOOL, id: 'new' } } }));
  const update = mocks.update ?? jest.fn(() => of({ data: { updateSalesTool: TOOL } }));
  const fetch = jest.fn(() => of({ data: { salesTool: mocks.latest ?? TOOL } }));
  const data: ToolDialogData = { tool, owners: OWNERS };
  TestBed.configureTestingModule({
    providers: [
      { provide: MAT_DIALOG_DATA, useValue: data },
      { provide: MatDialogRef, useValue: { close } },
      { provide: CreateSalesToolGQL, useValue: { mutate: create } },
      { provide: UpdateSalesToolGQL, useValue: { mutate: update } },
      { provide: SalesToolGQL, useValue: { fetch } },
    ],
  });
  TestBed.inject(I18nService).setLang('en');
  return { close, create, update, fetch };
}

async function render() {
  const fixture = TestBed.createComponent(ToolDialogComponent);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const input = (testId: string, index = 0) =>
    element.querySelectorAll<HTMLInputElement>(`[data-testid="${testId}"]`)[index];
  const type = async (testId: string, value: string, index = 0) => {
    input(testId, index).value = value;
    input(testId, index).dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  const text = (testId: string) =>
    element.querySelector(`[data-testid="${testId}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
  const click = async (testId: string) => {
    (element.querySelector(`[data-testid="${testId}"]`) as HTMLButtonElement).click();
    await fixture.whenStable();
    await fixture.whenStable();
  };
  return { fixture, element, input, type, text, click };
}

const badInput = (fieldErrors: { field: string; message: string }[]) =>
  new CombinedGraphQLErrors({
    errors: [
      {
        message: 'bad input',
        extensions: { code: 'BAD_USER_INPUT', field: fieldErrors[0].field, fieldErrors },
      },
    ],
  });

describe('ToolDialogComponent', () => {
  it('should refuse what the API would refuse, next to each field, without calling it', async () => {
    const { create } = setup(null);
    const { type, text, click } = await render();

    await type('tool-name', 'Gong');
    await type('tool-cost', '12.345');
    await type('tool-seats-input', '2.5');
    await type('tool-currency', 'US');
    await click('tool-add-link');
    await type('tool-link', 'ftp://files.example.com');
    await click('form-save');

    expect(text('error-costPerSeat')).toBe('At most 2 decimals');
    expect(text('error-seatsBought')).toBe('A whole number from 0 to 1,000,000');
    expect(text('error-currency')).toBe('Three letters, such as USD');
    expect(text('error-link')).toBe('Enter an http(s) link such as https://example.com');

    await type('tool-cost', '-4');
    await type('tool-name', '');
    await click('form-save');
    expect(text('error-costPerSeat')).toBe('Cannot be negative');
    expect(text('error-name')).toBe('Required');
    expect(create).not.toHaveBeenCalled();
  });

  it('should create a tool with exact decimal text for the cost and close with it', async () => {
    const { create, close } = setup(null);
    const { type, click } = await render();

    await type('tool-name', ' Gong ');
    await type('tool-vendor', 'Gong.io');
    await type('tool-cost', '1,200.5');
    await type('tool-seats-input', '12');
    await type('tool-renewal', '2027-03-31');
    await click('tool-add-link');
    await type('tool-link', 'https://www.gong.io/');
    await click('form-save');

    expect(create).toHaveBeenCalledWith({
      variables: {
        input: {
          name: 'Gong',
          category: 'CRM',
          vendor: 'Gong.io',
          ownerId: undefined,
          status: 'ACTIVE',
          costPerSeat: '1200.50',
          currency: 'USD',
          seatsBought: 12,
          renewalDate: '2027-03-31',
          notes: '',
          links: ['https://www.gong.io/'],
        },
      },
    });
    expect(close).toHaveBeenCalledWith({ ...TOOL, id: 'new' });
  });

  it('should send only the changed fields with the version edited', async () => {
    const { update, close } = setup(TOOL);
    const { type, click, input, text } = await render();

    expect(input('tool-name').value).toBe('Highspot');
    expect(input('tool-cost').value).toBe('40.00');
    expect(input('tool-link').value).toBe('https://www.highspot.com/');

    await click('form-save');
    expect(text('tool-unchanged')).toContain('Nothing changed');
    expect(update).not.toHaveBeenCalled();

    await type('tool-cost', '38');
    await click('tool-remove-link');
    await click('form-save');

    expect(update).toHaveBeenCalledWith({
      variables: { input: { id: 't1', expectedVersion: 3, costPerSeat: '38.00', links: [] } },
    });
    expect(close).toHaveBeenCalledWith(TOOL);
  });

  it('should show the API field errors next to their fields and the rest in the banner', async () => {
    const error = badInput([
      { field: 'input.costPerSeat', message: 'must be a non-negative amount with at most 2 decimals' },
      { field: 'input.renewalDate', message: 'is not a calendar date' },
      { field: 'input.links', message: 'must be http(s) links' },
      { field: 'input.somethingElse', message: 'is odd' },
    ]);
    const { close } = setup(null, { create: jest.fn(() => throwError(() => error)) });
    const { type, text, click } = await render();

    await type('tool-name', 'Gong');
    await type('tool-cost', '10');
    await click('form-save');

    expect(text('error-costPerSeat')).toBe('must be a non-negative amount with at most 2 decimals');
    expect(text('error-renewalDate')).toBe('is not a calendar date');
    expect(text('error-links')).toBe('must be http(s) links');
    expect(text('error-banner')).toContain('is odd');
    expect(close).not.toHaveBeenCalled();

    // Editing the field clears the API's complaint.
    await type('tool-cost', '11');
    expect(text('error-costPerSeat')).toBeNull();
  });

  it('should show a duplicate name next to the name', async () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        { message: 'A tool with this name exists already', extensions: { code: 'CONFLICT', field: 'name' } },
      ],
    });
    setup(null, { create: jest.fn(() => throwError(() => error)) });
    const { type, text, click } = await render();

    await type('tool-name', 'Highspot');
    await type('tool-cost', '1');
    await click('form-save');

    expect(text('error-name')).toBe('A tool with this name exists already');
  });

  it('should keep the user changes on top of the latest version after a concurrent edit', async () => {
    const conflict = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'The tool was changed by someone else (now version 4); reload and try again',
          extensions: { code: 'CONFLICT', field: 'expectedVersion' },
        },
      ],
    });
    const latest: ToolRowFragment = { ...TOOL, version: 4, notes: 'Renegotiated in March', seatsBought: 30 };
    const update = jest
      .fn()
      .mockReturnValueOnce(throwError(() => conflict))
      .mockReturnValueOnce(of({ data: { updateSalesTool: latest } }));
    const { fetch } = setup(TOOL, { update, latest });
    const { type, click, text, input } = await render();

    await type('tool-cost', '38');
    await click('form-save');
    expect(text('tool-conflict')).toContain('Someone else saved this tool');

    await click('tool-load-latest');
    expect(fetch).toHaveBeenCalledWith({ variables: { id: 't1' }, fetchPolicy: 'network-only' });
    expect(text('tool-conflict')).toBeNull();
    expect(input('tool-cost').value).toBe('38');
    expect(input('tool-notes').value).toBe('Renegotiated in March');
    expect(input('tool-seats-input').value).toBe('30');

    await click('form-save');
    expect(update).toHaveBeenLastCalledWith({
      variables: { input: { id: 't1', expectedVersion: 4, costPerSeat: '38.00' } },
    });
  });
});
