import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import {
  DeleteSalesToolGQL,
  type Role,
  SalesToolsGQL,
  SessionStore,
  ToolOwnersGQL,
  type ToolRowFragment,
} from '@salesops/portal/data-access';
import { I18nService } from '@salesops/portal/i18n';
import { ConfirmDialogComponent, downloadCsv } from '@salesops/portal/ui';
import { of, throwError } from 'rxjs';

import { ToolDialogComponent } from './tool-dialog.component';
import { TOOL } from './tool-fixtures';
import { ToolSeatsDialogComponent } from './tool-seats-dialog.component';
import { ToolsPageComponent } from './tools-page.component';

jest.mock('@salesops/portal/ui', () => ({
  ...jest.requireActual('@salesops/portal/ui'),
  downloadCsv: jest.fn(),
}));

const money = (amount: string, minor: string) => ({ amount, minor, currency: 'USD' });

const SALESFORCE: ToolRowFragment = {
  ...TOOL,
  id: 't2',
  name: 'Salesforce Sales Cloud',
  category: 'CRM',
  vendor: 'Salesforce',
  costPerSeat: money('165.00', '16500'),
  monthlyCost: money('6600.00', '660000'),
  costPerUsedSeat: money('188.57', '18857'),
  seatsBought: 40,
  seatsUsed: 35,
  utilisation: 0.875,
  renewalDate: '2027-01-28',
  daysToRenewal: 62,
  renewalDueSoon: true,
};
const OLD_DIALER: ToolRowFragment = {
  ...TOOL,
  id: 't3',
  name: 'Old dialer',
  category: 'DIALER',
  vendor: null,
  ownerId: null,
  ownerName: null,
  status: 'RETIRED',
  costPerSeat: money('10.00', '1000'),
  monthlyCost: money('50.00', '5000'),
  costPerUsedSeat: null,
  seatsBought: 5,
  seatsUsed: 0,
  utilisation: 0,
  renewalDate: '2026-11-01',
  daysToRenewal: -12,
  renewalDueSoon: false,
  links: [],
};
const CLARI: ToolRowFragment = {
  ...TOOL,
  id: 't4',
  name: 'Clari',
  category: 'FORECASTING',
  costPerSeat: money('90.05', '9005'),
  monthlyCost: money('900.50', '90050'),
  seatsBought: 10,
  seatsUsed: 8,
  utilisation: 0.8,
  renewalDate: '2027-08-01',
  daysToRenewal: 247,
  renewalDueSoon: false,
};
const TOOLS = [TOOL, SALESFORCE, OLD_DIALER, CLARI];

const OWNERS = {
  admins: { edges: [{ node: { id: 'u1', name: 'Sales Ops Admin', email: 'admin@x' } }] },
  managers: { edges: [{ node: { id: 'u2', name: 'Melvin Marxen', email: 'melvin@x' } }] },
};

interface Options {
  readonly role?: Role;
  readonly tools?: ToolRowFragment[];
  readonly error?: unknown;
  readonly dialogResult?: unknown;
  /** What the delete confirmation closes with. */
  readonly confirm?: boolean;
  readonly deleteError?: unknown;
}

function setup(options: Options = {}) {
  const fetch = jest.fn(() =>
    options.error ? throwError(() => options.error) : of({ data: { salesTools: options.tools ?? TOOLS } }),
  );
  const ownersFetch = jest.fn(() => of({ data: OWNERS }));
  const open = jest.fn((component: unknown) => ({
    afterClosed: () =>
      of(component === ConfirmDialogComponent ? (options.confirm ?? false) : options.dialogResult),
  }));
  const deleteTool = jest.fn(() =>
    options.deleteError ? throwError(() => options.deleteError) : of({ data: { deleteSalesTool: true } }),
  );
  const snack = jest.fn();
  TestBed.configureTestingModule({
    providers: [
      { provide: SalesToolsGQL, useValue: { fetch } },
      { provide: ToolOwnersGQL, useValue: { fetch: ownersFetch } },
      { provide: DeleteSalesToolGQL, useValue: { mutate: deleteTool } },
      { provide: SessionStore, useValue: { role: signal(options.role ?? 'ADMIN'), user: signal(null) } },
      { provide: MatDialog, useValue: { open } },
      { provide: MatSnackBar, useValue: { open: snack } },
    ],
  });
  TestBed.inject(I18nService).setLang('en');
  return { fetch, ownersFetch, open, snack, deleteTool };
}

async function render() {
  const fixture = TestBed.createComponent(ToolsPageComponent);
  await fixture.whenStable();
  fixture.detectChanges();
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const all = (testId: string) =>
    Array.from(element.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`));
  const text = (testId: string) => all(testId).map((node) => node.textContent?.replace(/\s+/g, ' ').trim());
  // Lets the confirmation, the mutation and the reload run, then renders what they left.
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    fixture.detectChanges();
    await fixture.whenStable();
  };
  return { fixture, element, all, text, settle };
}

describe('ToolsPageComponent', () => {
  beforeEach(() => jest.mocked(downloadCsv).mockClear());

  it('should list every tool with seats, costs and a flag on renewals due soon or passed', async () => {
    setup();
    const { text, all } = await render();

    expect(text('tool-name-cell')).toEqual(['Highspot', 'Salesforce Sales Cloud', 'Old dialer', 'Clari']);
    expect(text('tool-seats-used')).toEqual(['16', '35', '0', '8']);
    expect(text('tool-seats-bought')).toEqual(['35', '40', '5', '10']);
    expect(text('tool-status-chip')).toEqual(['Active', 'Active', 'Retired', 'Active']);
    expect(text('renewal-flag')).toEqual([
      'Renews in 80 days',
      'Renews in 62 days',
      'Renewal passed 12 days ago',
    ]);
    expect(all('renewal-flag').map((flag) => flag.dataset['kind'])).toEqual(['soon', 'soon', 'overdue']);
    // Highspot uses under 60% of its seats: its bar is the warning colour.
    expect(all('utilisation-bar').map((bar) => bar.dataset['level'])).toEqual(['low', 'ok', 'low', 'ok']);
  });

  it('should total the monthly spend exactly, leaving retired tools out, and count seats and renewals', async () => {
    setup();
    const { text } = await render();

    // 1400.00 + 6600.00 + 900.50 (Old dialer is retired).
    expect(text('tools-spend')).toEqual(['$8,901']);
    expect(text('tools-card-count')[0]).toContain('4');
    expect(text('tools-card-count')[0]).toContain('3 active');
    expect(text('tools-card-seats')[0]).toContain('59 of 85 seats in use');
    expect(text('tools-card-renewals')[0]).toContain('Past their renewal date: 1');
  });

  it('should let an admin add and edit tools, open the seats and reload after a save', async () => {
    const { open, fetch, snack, ownersFetch } = setup({ dialogResult: SALESFORCE });
    const { all, element, fixture } = await render();

    expect(ownersFetch).toHaveBeenCalled();
    all('tool-edit')[1].click();
    expect(open).toHaveBeenCalledWith(
      ToolDialogComponent,
      expect.objectContaining({
        data: {
          tool: SALESFORCE,
          owners: [
            { id: 'u2', name: 'Melvin Marxen' },
            { id: 'u1', name: 'Sales Ops Admin' },
          ],
        },
      }),
    );
    expect(snack).toHaveBeenCalledWith('Tool saved.', undefined, { duration: 2500 });
    await fixture.whenStable();
    expect(fetch).toHaveBeenCalledTimes(2);

    (element.querySelector('[data-testid="tool-create"]') as HTMLButtonElement).click();
    expect(open).toHaveBeenLastCalledWith(
      ToolDialogComponent,
      expect.objectContaining({
        data: expect.objectContaining({ tool: null }),
      }),
    );

    all('tool-seats')[0].click();
    expect(open).toHaveBeenLastCalledWith(
      ToolSeatsDialogComponent,
      expect.objectContaining({
        data: expect.objectContaining({ tool: TOOL, canEdit: true }),
      }),
    );
  });

  it('should show a manager the inventory read-only', async () => {
    const { open, ownersFetch } = setup({ role: 'MANAGER' });
    const { all, text } = await render();

    expect(all('tool-row')).toHaveLength(4);
    expect(all('tool-create')).toHaveLength(0);
    expect(all('tool-edit')).toHaveLength(0);
    expect(all('tool-delete')).toHaveLength(0);
    expect(text('tools-read-only')[0]).toContain('Read only');
    // The users query is for admins: a manager never asks for owners.
    expect(ownersFetch).not.toHaveBeenCalled();

    all('tool-seats')[0].click();
    expect(open).toHaveBeenCalledWith(
      ToolSeatsDialogComponent,
      expect.objectContaining({
        data: expect.objectContaining({ canEdit: false }),
      }),
    );
  });

  it('should delete a tool only after a confirmation that says what goes, then say so and reload', async () => {
    const { open, deleteTool, fetch, snack } = setup({ confirm: true });
    const { all, settle } = await render();

    expect(all('tool-delete')).toHaveLength(4);
    all('tool-delete')[1].click();
    await settle();

    expect(open).toHaveBeenCalledWith(
      ConfirmDialogComponent,
      expect.objectContaining({
        data: expect.objectContaining({
          title: 'Delete “Salesforce Sales Cloud”?',
          confirmLabel: 'Delete',
          danger: true,
        }),
      }),
    );
    const { data } = (open.mock.calls[0] as unknown[])[1] as { data: { text: string } };
    expect(data.text).toContain('is deleted for good, with its seats (35 held) and its draft surveys');
    expect(data.text).toContain('published survey is about cannot be deleted: retire it instead');
    expect(deleteTool).toHaveBeenCalledTimes(1);
    expect(deleteTool).toHaveBeenCalledWith({ variables: { id: 't2' } });
    expect(snack).toHaveBeenCalledWith('“Salesforce Sales Cloud” was deleted.', undefined, {
      duration: 3000,
    });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('should leave the tool alone when the confirmation is cancelled', async () => {
    const { deleteTool, fetch, snack } = setup({ confirm: false });
    const { all, settle } = await render();

    all('tool-delete')[0].click();
    await settle();

    expect(deleteTool).not.toHaveBeenCalled();
    expect(snack).not.toHaveBeenCalled();
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('should show why the API refused to delete a tool a published survey is about', async () => {
    const { snack } = setup({
      confirm: true,
      deleteError: new CombinedGraphQLErrors({
        errors: [
          {
            message:
              'has surveys with 12 answers: retire it instead (set its status to RETIRED), so its history stays',
            extensions: { code: 'BAD_USER_INPUT', field: 'id' },
          },
        ],
      }),
    });
    const { all, text, settle } = await render();

    all('tool-delete')[0].click();
    await settle();

    expect(text('error-banner')[0]).toContain('“Highspot” was not deleted.');
    expect(text('error-banner')[0]).toContain('has surveys with 12 answers: retire it instead');
    expect(text('error-banner')[0]).not.toContain('Some fields need your attention');
    expect(snack).not.toHaveBeenCalled();
  });

  it('should search the inventory by name or vendor on the server', async () => {
    const { fetch } = setup();
    const { fixture, element } = await render();

    const search = element.querySelector('[data-testid="tools-search"]') as HTMLInputElement;
    search.value = ' high ';
    search.dispatchEvent(new Event('input'));
    // The search waits 300 ms for typing to pause; poll rather than guess how long a busy machine takes.
    for (let waited = 0; fetch.mock.calls.length < 2 && waited < 3000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      await fixture.whenStable();
    }

    expect(fetch).toHaveBeenLastCalledWith({
      variables: { status: null, category: null, search: 'high' },
      fetchPolicy: 'network-only',
    });
  });

  it('should export the tools shown with exact amounts and ISO dates', async () => {
    setup();
    const { element } = await render();

    (element.querySelector('[data-testid="export-csv"]') as HTMLButtonElement).click();

    const [fileName, csv] = jest.mocked(downloadCsv).mock.calls[0];
    expect(fileName).toBe('tool-inventory.csv');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'Tool,Vendor,Category,Owner,Status,Seats bought,Seats used,Utilisation,Cost per seat,Monthly cost,' +
        'Cost per used seat,Currency,Renewal date,Days to renewal,Notes,Links',
    );
    expect(lines[2]).toBe(
      'Salesforce Sales Cloud,Salesforce,CRM,Sales Ops Admin,Active,40,35,0.875,165.00,6600.00,188.57,USD,' +
        '2027-01-28,62,Sales collateral.,https://www.highspot.com/',
    );
    expect(lines).toHaveLength(6);
  });

  it('should invite an admin to add the first tool when there is none', async () => {
    setup({ tools: [] });
    const { text, element } = await render();
    expect(text('tools-empty')[0]).toContain('No tools yet. Add the first tool');
    expect(element.querySelector('[data-testid="export-csv"]')?.hasAttribute('disabled')).toBe(true);
  });

  it('should show why the inventory failed to load and offer to try again', async () => {
    const error = new CombinedGraphQLErrors({
      errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }],
    });
    const { fetch } = setup({ error });
    const { text, element, fixture } = await render();

    expect(text('error-banner')[0]).toContain('You are not allowed to do this.');
    expect(text('tools-error')[0]).toContain('The inventory could not be loaded.');
    (element.querySelector('[data-testid="tools-error"] button') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
