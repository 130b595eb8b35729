import { type AbstractControl, type ValidationErrors, type ValidatorFn } from '@angular/forms';
import { isCalendarDate } from '@salesops/domain';
import {
  type CreateSalesToolInput,
  type ToolCategory,
  type ToolRowFragment,
  type ToolStatus,
  type UpdateSalesToolInput,
} from '@salesops/portal/data-access';
import { type TranslateParams, type TranslationKey } from '@salesops/portal/i18n';

/** The API's limits (CreateSalesToolInput), checked here first so most mistakes never leave the form. */
export const TOOL_LIMITS = {
  name: 120,
  vendor: 120,
  notes: 5000,
  links: 20,
  seats: 1_000_000,
  amountDigits: 11,
} as const;

export type AmountProblem = 'required' | 'format' | 'negative' | 'decimals' | 'tooLarge';

export type ParsedAmount =
  | { readonly ok: true; readonly value: string; readonly minor: bigint }
  | { readonly ok: false; readonly problem: AmountProblem };

const PLAIN = /^(\d+)(?:\.(\d+))?$/;
const GROUPED = /^(\d{1,3}(?:,\d{3})+)(?:\.(\d+))?$/;

/**
 * A cost per seat as typed ("45", "45.5", "1,200.50") into the decimal text the API takes
 * ("1200.50"); refuses what the API refuses: negatives, more than 2 decimals, over 11 digits.
 */
export function parseAmount(text: string): ParsedAmount {
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, '');
  if (cleaned === '') return { ok: false, problem: 'required' };
  if (/^[-\u2212]/.test(cleaned)) return { ok: false, problem: 'negative' };
  const match = PLAIN.exec(cleaned) ?? GROUPED.exec(cleaned);
  if (!match) return { ok: false, problem: 'format' };
  const fraction = match[2] ?? '';
  if (fraction.length > 2) return { ok: false, problem: 'decimals' };
  const whole = match[1].replace(/,/g, '').replace(/^0+(?=\d)/, '');
  if (whole.length > TOOL_LIMITS.amountDigits) return { ok: false, problem: 'tooLarge' };
  const cents = fraction.padEnd(2, '0');
  return { ok: true, value: `${whole}.${cents}`, minor: BigInt(whole) * 100n + BigInt(cents) };
}

/** http(s) links with a host name that has a dot (the API's IsUrl wants a top-level domain). */
export function isHttpLink(text: string): boolean {
  const value = text.trim();
  if (!/^https?:\/\//i.test(value) || /\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && /\.[a-z]{2,}$/i.test(url.hostname);
  } catch {
    return false;
  }
}

export const amountValidator: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const parsed = parseAmount(String(control.value ?? ''));
  return parsed.ok ? null : { amount: parsed.problem };
};

export const linkValidator: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const value = String(control.value ?? '').trim();
  return value === '' || isHttpLink(value) ? null : { link: true };
};

export const calendarDateValidator: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const value = String(control.value ?? '');
  return value === '' || isCalendarDate(value) ? null : { date: true };
};

export const seatsValidator: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const value: unknown = control.value;
  if (value === null || value === '' || value === undefined) return { required: true };
  const number = Number(value);
  return Number.isInteger(number) && number >= 0 && number <= TOOL_LIMITS.seats ? null : { seats: true };
};

export const currencyValidator: ValidatorFn = (control: AbstractControl): ValidationErrors | null =>
  /^[A-Za-z]{3}$/.test(String(control.value ?? '').trim()) ? null : { currency: true };

/** The message for a control's first error, as a key and its parameters; null when valid. */
export function errorMessage(
  errors: ValidationErrors | null,
): { key: TranslationKey; params?: TranslateParams } | null {
  if (!errors) return null;
  if (errors['required']) return { key: 'error.required' };
  if (errors['amount']) return { key: AMOUNT_KEYS[errors['amount'] as AmountProblem] };
  if (errors['maxlength']) {
    const { requiredLength } = errors['maxlength'] as { requiredLength: number };
    return { key: 'tools.error.tooLong', params: { max: requiredLength } };
  }
  if (errors['link']) return { key: 'tools.error.link' };
  if (errors['date']) return { key: 'tools.error.date' };
  if (errors['seats']) return { key: 'tools.error.seats' };
  if (errors['currency']) return { key: 'tools.error.currency' };
  if (errors['tooManyLinks']) return { key: 'tools.error.tooManyLinks' };
  return { key: 'error.generic' };
}

const AMOUNT_KEYS: Readonly<Record<AmountProblem, TranslationKey>> = {
  required: 'error.required',
  format: 'tools.error.amountFormat',
  negative: 'tools.error.amountNegative',
  decimals: 'tools.error.amountDecimals',
  tooLarge: 'tools.error.amountTooLarge',
};

/** What the form holds, as typed. */
export interface ToolFormValue {
  readonly name: string;
  readonly category: ToolCategory;
  readonly vendor: string;
  readonly ownerId: string | null;
  readonly status: ToolStatus;
  readonly costPerSeat: string;
  readonly currency: string;
  readonly seatsBought: number | string | null;
  readonly renewalDate: string;
  readonly notes: string;
  readonly links: readonly string[];
}

export function formValueOf(tool: ToolRowFragment | null): ToolFormValue {
  return {
    name: tool?.name ?? '',
    category: tool?.category ?? 'CRM',
    vendor: tool?.vendor ?? '',
    ownerId: tool?.ownerId ?? null,
    status: tool?.status ?? 'ACTIVE',
    costPerSeat: tool?.costPerSeat.amount ?? '',
    currency: tool?.costPerSeat.currency ?? 'USD',
    seatsBought: tool?.seatsBought ?? 0,
    renewalDate: tool?.renewalDate ?? '',
    notes: tool?.notes ?? '',
    links: tool?.links ?? [],
  };
}

function cleanLinks(links: readonly string[]): string[] {
  return links.map((link) => link.trim()).filter((link) => link !== '');
}

function amountText(text: string): string {
  const parsed = parseAmount(text);
  return parsed.ok ? parsed.value : text.trim();
}

export function createInput(value: ToolFormValue): CreateSalesToolInput {
  const vendor = value.vendor.trim();
  return {
    name: value.name.trim(),
    category: value.category,
    vendor: vendor || undefined,
    ownerId: value.ownerId || undefined,
    status: value.status,
    costPerSeat: amountText(value.costPerSeat),
    currency: value.currency.trim().toUpperCase(),
    seatsBought: Number(value.seatsBought),
    renewalDate: value.renewalDate || undefined,
    notes: value.notes.trim(),
    links: cleanLinks(value.links),
  };
}

/**
 * Only the fields that changed, with the version the user edited: an untouched field is never
 * sent, so it cannot overwrite someone else's concurrent change to it. Null clears owner and date.
 */
export function updateInput(tool: ToolRowFragment, value: ToolFormValue): UpdateSalesToolInput {
  const input: UpdateSalesToolInput = { id: tool.id, expectedVersion: tool.version };
  const name = value.name.trim();
  if (name !== tool.name) input.name = name;
  if (value.category !== tool.category) input.category = value.category;
  const vendor = value.vendor.trim();
  if (vendor !== (tool.vendor ?? '')) input.vendor = vendor;
  if ((value.ownerId || null) !== tool.ownerId) input.ownerId = value.ownerId || null;
  if (value.status !== tool.status) input.status = value.status;
  const cost = parseAmount(value.costPerSeat);
  if (!cost.ok || cost.minor.toString() !== tool.costPerSeat.minor)
    input.costPerSeat = amountText(value.costPerSeat);
  const currency = value.currency.trim().toUpperCase();
  if (currency !== tool.costPerSeat.currency) input.currency = currency;
  if (Number(value.seatsBought) !== tool.seatsBought) input.seatsBought = Number(value.seatsBought);
  if ((value.renewalDate || null) !== tool.renewalDate) input.renewalDate = value.renewalDate || null;
  const notes = value.notes.trim();
  if (notes !== tool.notes) input.notes = notes;
  const links = cleanLinks(value.links);
  if (links.length !== tool.links.length || links.some((link, index) => link !== tool.links[index])) {
    input.links = links;
  }
  return input;
}

/**
 * After a version conflict: the latest saved tool with the user's own changes on top, so nothing
 * typed is lost and fields the user did not touch take the other person's values.
 */
export function rebaseFormValue(
  original: ToolFormValue,
  mine: ToolFormValue,
  latest: ToolFormValue,
): ToolFormValue {
  const merged: Record<string, unknown> = { ...latest };
  for (const key of Object.keys(mine) as (keyof ToolFormValue)[]) {
    if (!sameValue(mine[key], original[key])) merged[key] = mine[key];
  }
  return merged as unknown as ToolFormValue;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => item === b[i]);
  return String(a ?? '') === String(b ?? '');
}

/** True when an update would change nothing (only id and expectedVersion). */
export function isEmptyUpdate(input: UpdateSalesToolInput): boolean {
  return Object.keys(input).every((key) => key === 'id' || key === 'expectedVersion');
}
