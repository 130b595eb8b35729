import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ImportOrgGQL, type ImportOrgMutation, shownErrors } from '@salesops/portal/data-access';
import {
  I18nService,
  LocalDatePipe,
  LocalNumberPipe,
  TranslatePipe,
  type TranslationKey,
} from '@salesops/portal/i18n';
import { ErrorBannerComponent } from '@salesops/portal/ui';
import { firstValueFrom, map } from 'rxjs';

import {
  guessOrgColumns,
  ORG_FIELDS,
  type OrgField,
  type OrgFile,
  readOrgFile,
  toOrgRows,
} from './org-import';

type Result = ImportOrgMutation['importOrg'];

/**
 * Reps, teams and managers from an org file: pick the columns, preview what would be created and
 * refused, then import. The file is read in the browser (one row a person).
 */
@Component({
  selector: 'so-org-import-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ErrorBannerComponent,
    LocalDatePipe,
    LocalNumberPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'orgImport.title' | t }}</h2>
    <mat-dialog-content>
      <so-error-banner [messages]="banner()" />
      <p class="hint">{{ 'orgImport.hint' | t }}</p>
      <input
        #fileInput
        class="file-input"
        type="file"
        accept=".csv,text/csv"
        data-testid="org-file"
        (change)="choose($event)"
      />
      <p>
        <button mat-stroked-button type="button" (click)="fileInput.click()">
          {{ 'imports.chooseFile' | t }}
        </button>
        <span class="muted"> {{ fileName() || ('imports.noFile' | t) }}</span>
      </p>
      @if (file(); as file) {
        <form [formGroup]="form">
          @for (field of fields; track field) {
            <mat-form-field subscriptSizing="dynamic">
              <mat-label>{{ fieldLabel(field) | t }}</mat-label>
              <mat-select [formControlName]="field" [attr.data-testid]="'org-map-' + field">
                @if (field !== 'rep') {
                  <mat-option [value]="null">{{ 'imports.notInFile' | t }}</mat-option>
                }
                @for (column of file.header; track column) {
                  <mat-option [value]="column">{{ column }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
          }
          <mat-form-field subscriptSizing="dynamic">
            <mat-label>{{ 'orgImport.emailDomain' | t }}</mat-label>
            <input
              matInput
              formControlName="emailDomain"
              placeholder="acme.com"
              data-testid="org-email-domain"
              autocomplete="off"
            />
            <mat-hint>{{ 'orgImport.emailDomainHint' | t }}</mat-hint>
          </mat-form-field>
          <mat-form-field subscriptSizing="dynamic">
            <mat-label>{{ 'orgImport.from' | t }}</mat-label>
            <input
              matInput
              formControlName="membershipFrom"
              placeholder="YYYY-MM-DD"
              data-testid="org-from"
              autocomplete="off"
            />
            <mat-hint>{{ 'orgImport.fromHint' | t }}</mat-hint>
          </mat-form-field>
        </form>
      }
      @if (result(); as result) {
        <div class="result" data-testid="org-result" role="status">
          <p class="strong">
            {{
              (result.dryRun ? 'orgImport.wouldCreate' : 'orgImport.created')
                | t
                  : {
                      reps: (result.repsCreated | localNumber),
                      teams: (result.teamsCreated | localNumber),
                      managers: (result.managersCreated | localNumber),
                      unchanged: (result.repsUnchanged | localNumber),
                      from: (result.membershipFrom | localDate),
                    }
            }}
          </p>
          @if (result.refused.length > 0) {
            <p class="warn">{{ 'orgImport.refused' | t: { count: result.refused.length } }}</p>
            <ul data-testid="org-refused">
              @for (row of result.refused; track row.line) {
                <li>
                  {{ 'orgImport.refusedLine' | t: { line: row.line, reasons: row.reasons.join('; ') } }}
                </li>
              }
            </ul>
          }
        </div>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close data-testid="form-cancel">
        {{ 'common.close' | t }}
      </button>
      <button
        mat-stroked-button
        type="button"
        data-testid="org-preview"
        [disabled]="!rows() || busy()"
        (click)="send(true)"
      >
        {{ 'imports.preview' | t }}
      </button>
      <button
        mat-flat-button
        type="button"
        data-testid="org-import"
        [disabled]="!rows() || busy()"
        (click)="send(false)"
      >
        {{ 'orgImport.import' | t }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .file-input {
      display: none;
    }
    form {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(180px, 1fr));
      gap: 12px;
      align-items: start;
      margin-top: 8px;
    }
    .result {
      margin-top: 16px;
    }
    .warn {
      color: var(--mat-sys-error);
    }
    ul {
      margin: 0;
      padding-left: 18px;
      max-height: 200px;
      overflow: auto;
    }
  `,
  styleUrl: '../org-dialog.scss',
})
export class OrgImportDialogComponent {
  private readonly importOrg = inject(ImportOrgGQL);
  private readonly i18n = inject(I18nService);

  protected readonly fields = ORG_FIELDS;
  protected readonly file = signal<OrgFile | null>(null);
  protected readonly fileName = signal('');
  protected readonly result = signal<Result | null>(null);
  protected readonly busy = signal(false);
  protected readonly banner = signal<readonly string[]>([]);
  protected readonly form = new FormGroup({
    rep: new FormControl<string | null>(null),
    email: new FormControl<string | null>(null),
    manager: new FormControl<string | null>(null),
    team: new FormControl<string | null>(null),
    region: new FormControl<string | null>(null),
    emailDomain: new FormControl('', { nonNullable: true }),
    membershipFrom: new FormControl('', { nonNullable: true }),
  });
  private readonly values = toSignal(this.form.valueChanges.pipe(map(() => this.form.getRawValue())), {
    initialValue: this.form.getRawValue(),
  });
  /** The rows to send; null while no file or no rep column. */
  protected readonly rows = computed(() => {
    const file = this.file();
    return file ? toOrgRows(file, this.values()) : null;
  });

  protected fieldLabel(field: OrgField): TranslationKey {
    return `orgImport.field.${field}`;
  }

  protected async choose(event: Event): Promise<void> {
    const chosen = (event.target as HTMLInputElement).files?.[0];
    this.result.set(null);
    this.banner.set([]);
    if (!chosen) return;
    this.fileName.set(chosen.name);
    const file = readOrgFile(await chosen.text());
    this.file.set(file);
    if (!file) {
      this.banner.set([this.i18n.t('imports.noHeader')]);
      return;
    }
    const guess = guessOrgColumns(file.header);
    this.form.patchValue(Object.fromEntries(ORG_FIELDS.map((field) => [field, guess[field] ?? null])));
  }

  protected async send(dryRun: boolean): Promise<void> {
    const rows = this.rows();
    if (!rows) return;
    const { emailDomain, membershipFrom } = this.form.getRawValue();
    this.busy.set(true);
    this.banner.set([]);
    try {
      const input = {
        rows,
        emailDomain: emailDomain.trim() || null,
        membershipFrom: membershipFrom.trim() || null,
        dryRun,
      };
      const answer = await firstValueFrom(this.importOrg.mutate({ variables: { input } }));
      this.result.set(answer.data?.importOrg ?? null);
    } catch (error) {
      this.banner.set(shownErrors(error, this.i18n).banner);
    } finally {
      this.busy.set(false);
    }
  }
}
