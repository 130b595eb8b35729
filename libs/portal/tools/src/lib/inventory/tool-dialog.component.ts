import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  CreateSalesToolGQL,
  errorCodeOf,
  SalesToolGQL,
  shownErrors,
  toFieldErrors,
  type ToolCategory,
  type ToolRowFragment,
  type ToolStatus,
  UpdateSalesToolGQL,
} from '@salesops/portal/data-access';
import { I18nService, TranslatePipe } from '@salesops/portal/i18n';
import { ErrorBannerComponent } from '@salesops/portal/ui';
import { firstValueFrom } from 'rxjs';

import {
  amountValidator,
  calendarDateValidator,
  createInput,
  currencyValidator,
  errorMessage,
  formValueOf,
  isEmptyUpdate,
  linkValidator,
  rebaseFormValue,
  seatsValidator,
  TOOL_LIMITS,
  type ToolFormValue,
  updateInput,
} from './tool-form';
import { categoryKey, statusKey, TOOL_CATEGORIES, TOOL_STATUSES } from './tool-model';

export interface OwnerOption {
  readonly id: string;
  readonly name: string;
}

export interface ToolDialogData {
  /** Null to add a tool. */
  readonly tool: ToolRowFragment | null;
  /** Admins and managers who may own a tool. */
  readonly owners: readonly OwnerOption[];
}

const FIELDS = [
  'name',
  'category',
  'vendor',
  'ownerId',
  'status',
  'costPerSeat',
  'currency',
  'seatsBought',
  'renewalDate',
  'notes',
  'links',
] as const;
type Field = (typeof FIELDS)[number];

/** Adds or edits a tool: every field of the inventory, checked as the API checks it. */
@Component({
  selector: 'so-tool-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ErrorBannerComponent,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './tool-dialog.component.html',
  styleUrl: './tool-dialog.component.scss',
})
export class ToolDialogComponent {
  private readonly data = inject<ToolDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject(MatDialogRef<ToolDialogComponent, ToolRowFragment>);
  private readonly createTool = inject(CreateSalesToolGQL);
  private readonly updateTool = inject(UpdateSalesToolGQL);
  private readonly salesToolGql = inject(SalesToolGQL);
  private readonly i18n = inject(I18nService);

  protected readonly categories = TOOL_CATEGORIES;
  protected readonly statuses = TOOL_STATUSES;
  protected readonly limits = TOOL_LIMITS;
  protected readonly categoryKey = categoryKey;
  protected readonly statusKey = statusKey;

  /** The saved tool the form edits; replaced by the latest one after a version conflict. */
  protected readonly tool = signal<ToolRowFragment | null>(this.data.tool);
  protected readonly editing = !!this.data.tool;
  protected readonly owners = computed(() => this.ownersWithCurrent(this.tool()));
  protected readonly saving = signal(false);
  protected readonly fieldErrors = signal<Readonly<Record<string, string>>>({});
  protected readonly banner = signal<readonly string[]>([]);
  protected readonly conflict = signal(false);
  protected readonly unchanged = signal(false);

  private readonly initial = formValueOf(this.data.tool);
  protected readonly links = new FormArray<FormControl<string>>(
    this.initial.links.map((link) => this.linkControl(link)),
  );
  protected readonly form = new FormGroup({
    name: new FormControl(this.initial.name, {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(TOOL_LIMITS.name)],
    }),
    category: new FormControl<ToolCategory>(this.initial.category, {
      nonNullable: true,
      validators: [Validators.required],
    }),
    vendor: new FormControl(this.initial.vendor, {
      nonNullable: true,
      validators: [Validators.maxLength(TOOL_LIMITS.vendor)],
    }),
    ownerId: new FormControl<string | null>(this.initial.ownerId),
    status: new FormControl<ToolStatus>(this.initial.status, {
      nonNullable: true,
      validators: [Validators.required],
    }),
    costPerSeat: new FormControl(this.initial.costPerSeat, {
      nonNullable: true,
      validators: [amountValidator],
    }),
    currency: new FormControl(this.initial.currency, { nonNullable: true, validators: [currencyValidator] }),
    seatsBought: new FormControl<number | string | null>(this.initial.seatsBought, {
      validators: [seatsValidator],
    }),
    renewalDate: new FormControl(this.initial.renewalDate, {
      nonNullable: true,
      validators: [calendarDateValidator],
    }),
    notes: new FormControl(this.initial.notes, {
      nonNullable: true,
      validators: [Validators.maxLength(TOOL_LIMITS.notes)],
    }),
    links: this.links,
  });

  protected errorFor(field: Field): string {
    // Reading the signal re-renders the view when the API answers; the control holds the current error.
    const fromApi = this.fieldErrors()[field];
    const errors = this.form.controls[field].errors;
    if (errors?.['server']) return String(errors['server']);
    const message = errorMessage(errors);
    if (message) return this.i18n.t(message.key, message.params);
    return fromApi && field === 'links' ? fromApi : '';
  }

  protected linkError(index: number): string {
    const control = this.links.at(index);
    const message = errorMessage(control.errors);
    return message ? this.i18n.t(message.key, message.params) : '';
  }

  protected addLink(): void {
    if (this.links.length >= TOOL_LIMITS.links) return;
    this.links.push(this.linkControl(''));
    this.clearLinksError();
  }

  protected removeLink(index: number): void {
    this.links.removeAt(index);
    this.clearLinksError();
  }

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    this.unchanged.set(false);
    if (this.form.invalid || this.saving()) return;
    const value = this.value();
    const tool = this.tool();
    const update = tool ? updateInput(tool, value) : null;
    if (update && isEmptyUpdate(update)) {
      this.unchanged.set(true);
      return;
    }
    this.saving.set(true);
    this.banner.set([]);
    this.fieldErrors.set({});
    this.conflict.set(false);
    try {
      const saved = update
        ? await firstValueFrom(this.updateTool.mutate({ variables: { input: update } })).then(
            (result) => result.data?.updateSalesTool,
          )
        : await firstValueFrom(this.createTool.mutate({ variables: { input: createInput(value) } })).then(
            (result) => result.data?.createSalesTool,
          );
      this.dialogRef.close(saved);
    } catch (error) {
      if (errorCodeOf(error) === 'CONFLICT' && toFieldErrors(error)['expectedVersion']) {
        this.conflict.set(true);
        return;
      }
      const shown = shownErrors(error, this.i18n, FIELDS);
      this.fieldErrors.set(shown.fields);
      for (const [field, message] of Object.entries(shown.fields)) {
        const control = this.form.get(field);
        control?.setErrors({ ...(control.errors ?? {}), server: message });
        control?.markAsTouched();
      }
      this.banner.set(shown.banner);
    } finally {
      this.saving.set(false);
    }
  }

  /** Loads the version someone else saved and keeps the user's own changes on top of it. */
  protected async loadLatest(): Promise<void> {
    const tool = this.tool();
    if (!tool || this.saving()) return;
    this.saving.set(true);
    try {
      const result = await firstValueFrom(
        this.salesToolGql.fetch({ variables: { id: tool.id }, fetchPolicy: 'network-only' }),
      );
      const latest = result.data?.salesTool;
      if (!latest) return;
      const merged = rebaseFormValue(formValueOf(tool), this.value(), formValueOf(latest));
      this.tool.set(latest);
      this.links.clear();
      for (const link of merged.links) this.links.push(this.linkControl(link));
      this.form.patchValue({ ...merged, links: [...merged.links] });
      this.conflict.set(false);
      this.banner.set([]);
    } catch (error) {
      this.banner.set(shownErrors(error, this.i18n).banner);
    } finally {
      this.saving.set(false);
    }
  }

  private value(): ToolFormValue {
    const raw = this.form.getRawValue();
    return { ...raw, links: raw.links };
  }

  private linkControl(value: string): FormControl<string> {
    return new FormControl(value, { nonNullable: true, validators: [linkValidator] });
  }

  private clearLinksError(): void {
    if (!this.fieldErrors()['links']) return;
    const rest: Record<string, string> = { ...this.fieldErrors() };
    delete rest['links'];
    this.fieldErrors.set(rest);
  }

  private ownersWithCurrent(tool: ToolRowFragment | null): readonly OwnerOption[] {
    if (!tool?.ownerId || this.data.owners.some((owner) => owner.id === tool.ownerId))
      return this.data.owners;
    return [{ id: tool.ownerId, name: tool.ownerName ?? tool.ownerId }, ...this.data.owners];
  }
}
