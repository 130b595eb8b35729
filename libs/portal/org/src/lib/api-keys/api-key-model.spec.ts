import { TestBed } from '@angular/core/testing';
import { type ApiKeyRowFragment } from '@salesops/portal/data-access';
import { I18nService } from '@salesops/portal/i18n';
import { toCsv } from '@salesops/portal/ui';

import {
  API_KEY_SCOPES,
  apiKeyCsvColumns,
  apiKeysFileName,
  curlExample,
  endOfLocalDay,
  keyStatus,
  scopeHint,
  scopeLabel,
  sortScopes,
  timeAgo,
  toCreateApiKeyInput,
} from './api-key-model';

const NOW = Date.parse('2025-03-10T12:00:00.000Z');

function key(overrides: Partial<ApiKeyRowFragment> = {}): ApiKeyRowFragment {
  return {
    id: 'k1',
    name: 'CRM sync',
    prefix: 'sok_ab12cd34',
    scopes: ['WRITE_PIPELINE', 'READ'],
    createdAt: '2025-03-01T08:00:00.000Z',
    createdByName: 'Sales Ops Admin',
    expiresAt: null,
    lastUsedAt: null,
    revokedAt: null,
    active: true,
    ...overrides,
  };
}

const NO_SCOPES = {
  READ: false,
  WRITE_ORG: false,
  WRITE_PIPELINE: false,
  WRITE_GOALS: false,
  WRITE_TOOLS: false,
  WRITE_FORECASTING: false,
  WRITE_COMPENSATION: false,
};

describe('scope labels', () => {
  let i18n: I18nService;

  beforeEach(() => {
    i18n = TestBed.inject(I18nService);
    i18n.setLang('en');
  });

  it('should name every scope in plain words with a one-line explanation', () => {
    expect(API_KEY_SCOPES.map((scope) => scopeLabel(scope, i18n))).toEqual([
      'Read everything',
      'Edit teams & reps',
      'Edit pipeline',
      'Edit goals',
      'Edit tools & surveys',
      'Submit forecasts',
      'Edit comp plans & payouts',
    ]);
    expect(scopeHint('WRITE_COMPENSATION', i18n)).toBe('Comp plans, assignments, adjustments and disputes.');
    expect(scopeHint('WRITE_ORG', i18n)).toBe('Create and change teams and reps.');
    expect(scopeHint('WRITE_PIPELINE', i18n)).toBe('Deals, CSV imports, sales stages and lead routing.');
    expect(scopeHint('WRITE_TOOLS', i18n)).toBe('Sales tools, their seats, and surveys.');
    expect(scopeHint('READ', i18n)).toMatch(/^Read everything an admin can/);
  });

  it('should translate the labels and keep a scope the portal does not know as the API wrote it', async () => {
    await i18n.setLang('ko');
    expect(scopeLabel('WRITE_GOALS', i18n)).toBe('목표 편집');
    expect(scopeLabel('WRITE_BILLING', i18n)).toBe('WRITE_BILLING');
    expect(scopeHint('WRITE_BILLING', i18n)).toBe('');
  });

  it('should order scopes reading first, then the write areas, unknown ones last', () => {
    expect(sortScopes(['WRITE_TOOLS', 'WRITE_X', 'READ', 'WRITE_ORG'])).toEqual([
      'READ',
      'WRITE_ORG',
      'WRITE_TOOLS',
      'WRITE_X',
    ]);
  });
});

describe('keyStatus', () => {
  it('should call a key active when it is neither revoked nor past its expiry', () => {
    expect(keyStatus(key(), NOW)).toBe('active');
    expect(keyStatus(key({ expiresAt: '2025-03-10T12:00:01.000Z' }), NOW)).toBe('active');
  });

  it('should call a key revoked when it was revoked, even if it has expired since', () => {
    expect(keyStatus(key({ revokedAt: '2025-03-05T00:00:00.000Z', active: false }), NOW)).toBe('revoked');
    expect(
      keyStatus(
        key({ revokedAt: '2025-03-05T00:00:00.000Z', expiresAt: '2025-03-06T00:00:00.000Z', active: false }),
        NOW,
      ),
    ).toBe('revoked');
  });

  it('should call a key expired when the API says inactive without a revocation, or its expiry has passed since loading', () => {
    expect(keyStatus(key({ active: false, expiresAt: '2025-03-09T00:00:00.000Z' }), NOW)).toBe('expired');
    expect(keyStatus(key({ active: true, expiresAt: '2025-03-10T12:00:00.000Z' }), NOW)).toBe('expired');
  });
});

describe('toCreateApiKeyInput', () => {
  it('should send the trimmed name and the checked scopes in order, without an expiry when none was chosen', () => {
    expect(
      toCreateApiKeyInput({
        name: '  CRM sync ',
        scopes: { ...NO_SCOPES, WRITE_GOALS: true, READ: true },
        expiresOn: '',
      }),
    ).toEqual({ name: 'CRM sync', scopes: ['READ', 'WRITE_GOALS'] });
  });

  it('should send the expiry as the END of the chosen day in the local time zone (23:59:59.999), as a UTC instant', () => {
    const input = toCreateApiKeyInput({
      name: 'x',
      scopes: { ...NO_SCOPES, READ: true },
      expiresOn: '2027-12-31',
    });

    expect(input.expiresAt).toBe(new Date(2027, 11, 31, 23, 59, 59, 999).toISOString());
    const local = new Date(input.expiresAt as string);
    expect([
      local.getFullYear(),
      local.getMonth(),
      local.getDate(),
      local.getHours(),
      local.getMinutes(),
    ]).toEqual([2027, 11, 31, 23, 59]);
  });

  it('should give no instant for text that is not a day', () => {
    expect(endOfLocalDay('31.12.2027')).toBeNull();
    expect(endOfLocalDay('')).toBeNull();
  });
});

describe('curlExample', () => {
  it('should send the key as a bearer token with a JSON query for the rep count to this origin', () => {
    expect(curlExample('sok_ab12cd34_secret', 'https://ops.example.com')).toBe(
      `curl -H "Authorization: Bearer sok_ab12cd34_secret" -H "content-type: application/json" -d '{"query":"{ reps(first: 5) { totalCount } }"}' https://ops.example.com/graphql`,
    );
  });
});

describe('timeAgo', () => {
  it('should say how long ago in the reader language, and null under a minute', () => {
    expect(timeAgo('2025-03-10T11:59:30.000Z', NOW, 'en-US')).toBeNull();
    expect(timeAgo('2025-03-10T11:55:00.000Z', NOW, 'en-US')).toBe('5 minutes ago');
    expect(timeAgo('2025-03-10T09:00:00.000Z', NOW, 'en-US')).toBe('3 hours ago');
    expect(timeAgo('2025-03-09T10:00:00.000Z', NOW, 'en-US')).toBe('yesterday');
    expect(timeAgo('2025-01-01T10:00:00.000Z', NOW, 'en-US')).toBe('2 months ago');
    expect(timeAgo('2025-03-10T11:55:00.000Z', NOW, 'ko-KR')).toBe('5분 전');
  });
});

describe('apiKeyCsvColumns', () => {
  it('should write names, prefix, scopes as the API names them, the status and ISO instants, and nothing secret', () => {
    const i18n = TestBed.inject(I18nService);
    i18n.setLang('en');
    const rows = [
      key({ lastUsedAt: '2025-03-09T10:00:00.000Z', expiresAt: '2026-01-01T00:00:00.000Z' }),
      key({
        id: 'k2',
        name: 'Old, sync',
        scopes: ['READ'],
        revokedAt: '2025-03-05T00:00:00.000Z',
        active: false,
      }),
    ];

    const lines = toCsv(apiKeyCsvColumns(i18n, NOW), rows).split('\r\n');

    expect(lines[0]).toBe(
      'Name,Prefix,Scopes,Status,Created by,Created (UTC),Last used (UTC),Expires (UTC),Revoked (UTC)',
    );
    expect(lines[1]).toBe(
      'CRM sync,sok_ab12cd34,READ WRITE_PIPELINE,Active,Sales Ops Admin,2025-03-01T08:00:00.000Z,2025-03-09T10:00:00.000Z,2026-01-01T00:00:00.000Z,',
    );
    expect(lines[2]).toBe(
      '"Old, sync",sok_ab12cd34,READ,Revoked,Sales Ops Admin,2025-03-01T08:00:00.000Z,,,2025-03-05T00:00:00.000Z',
    );
  });

  it('should date the file by the local day', () => {
    expect(apiKeysFileName(new Date(2025, 2, 5, 23, 59))).toBe('api-keys-2025-03-05.csv');
  });
});
