import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  type ForecastCallRowFragment,
  type ForecastMetric,
  shownErrors,
  SubmitForecastCallGQL,
} from '@salesops/portal/data-access';
import { I18nService, TranslatePipe, type TranslationKey } from '@salesops/portal/i18n';
import { ErrorBannerComponent } from '@salesops/portal/ui';

import { callDraftError, callInput } from './calls-model';

/** Whom a call is for: yourself (a rep), a team you lead, or a report whose call you adjust. */
export interface CallTarget {
  readonly kind: 'SELF' | 'TEAM' | 'REP';
  readonly id?: string;
  readonly name?: string;
}

const DRAFT_ERRORS: Record<string, TranslationKey> = {
  commit: 'forecast.call.commitInvalid',
  bestCase: 'forecast.call.bestInvalid',
  bestBelowCommit: 'forecast.call.bestBelow',
  note: 'forecast.call.noteNeeded',
};

/** Commit, best case and (for an adjustment, required) a note; sends the call and says what came back. */
@Component({
  selector: 'so-call-form',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, ErrorBannerComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="form" data-testid="call-form" (submit)="$event.preventDefault(); send()">
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'forecast.call.commit' | t }}</mat-label>
        <input
          matInput
          inputmode="decimal"
          data-testid="call-commit"
          [value]="commit()"
          (input)="commit.set(value($event))"
        />
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'forecast.call.bestCase' | t }}</mat-label>
        <input
          matInput
          inputmode="decimal"
          data-testid="call-best"
          [value]="bestCase()"
          (input)="bestCase.set(value($event))"
        />
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic" class="note">
        <mat-label>{{ (needsNote() ? 'forecast.call.noteRequired' : 'forecast.call.note') | t }}</mat-label>
        <input
          matInput
          maxlength="500"
          data-testid="call-note"
          [value]="note()"
          (input)="note.set(value($event))"
        />
      </mat-form-field>
      <div class="actions">
        <button mat-flat-button type="submit" data-testid="call-submit" [disabled]="sending()">
          {{ (target().kind === 'REP' ? 'forecast.call.adjust' : 'forecast.call.submit') | t }}
        </button>
        @if (cancelable()) {
          <button mat-button type="button" data-testid="call-cancel" (click)="cancelled.emit()">
            {{ 'common.cancel' | t }}
          </button>
        }
      </div>
    </form>
    @if (tried() && draftError(); as key) {
      <p class="invalid" role="alert" data-testid="call-invalid">{{ key | t }}</p>
    }
    <so-error-banner [messages]="errors()" />
  `,
  styles: `
    .form {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 12px;
    }
    mat-form-field {
      flex: 1 1 160px;
    }
    .note {
      flex: 2 1 240px;
    }
    .actions {
      display: flex;
      gap: 8px;
    }
    .invalid {
      margin: 8px 0 0;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-medium);
    }
  `,
})
export class CallFormComponent {
  private readonly gql = inject(SubmitForecastCallGQL);
  private readonly i18n = inject(I18nService);

  readonly target = input.required<CallTarget>();
  readonly period = input.required<string>();
  readonly metric = input.required<ForecastMetric>();
  readonly initialCommit = input<string | null>(null);
  readonly initialBestCase = input<string | null>(null);
  readonly cancelable = input(false);
  readonly submitted = output<ForecastCallRowFragment>();
  readonly cancelled = output<void>();

  protected readonly commit = linkedSignal(() => wholeText(this.initialCommit()));
  protected readonly bestCase = linkedSignal(() => wholeText(this.initialBestCase()));
  protected readonly note = signal('');
  protected readonly tried = signal(false);
  protected readonly sending = signal(false);
  protected readonly errors = signal<string[]>([]);
  protected readonly needsNote = computed(() => this.target().kind === 'REP');
  protected readonly draftError = computed(() => {
    const draft = { commit: this.commit(), bestCase: this.bestCase(), note: this.note() };
    const error = callDraftError(draft, this.metric(), this.needsNote());
    return error ? DRAFT_ERRORS[error] : null;
  });

  protected value(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected send(): void {
    this.tried.set(true);
    if (this.draftError()) return;
    this.sending.set(true);
    this.errors.set([]);
    const draft = { commit: this.commit(), bestCase: this.bestCase(), note: this.note() };
    const input = callInput(this.target(), draft, this.period(), this.metric());
    this.gql.mutate({ variables: { input } }).subscribe({
      next: (result) => {
        this.sending.set(false);
        const call = result.data?.submitForecastCall;
        if (!call) return;
        this.tried.set(false);
        this.note.set('');
        this.submitted.emit(call);
      },
      error: (error: unknown) => {
        this.sending.set(false);
        this.errors.set([this.i18n.t('forecast.call.failed'), ...shownErrors(error, this.i18n).banner]);
      },
    });
  }
}

/** "174720.00" -> "174720": the cents only when there are some. */
function wholeText(value: string | null): string {
  return (value ?? '').replace(/\.00$/, '');
}
