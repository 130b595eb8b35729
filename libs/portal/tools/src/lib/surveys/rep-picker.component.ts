import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { MatAutocompleteModule, type MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@salesops/portal/i18n';

export interface RepOption {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly active: boolean;
  readonly teamName: string | null;
}

const SHOWN_MATCHES = 50;

/** Picks reps by typing part of a name or email; the picked ones show as removable chips. */
@Component({
  selector: 'so-rep-picker',
  imports: [MatAutocompleteModule, MatChipsModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field class="full" subscriptSizing="dynamic">
      <mat-label>{{ 'survey.field.reps' | t }}</mat-label>
      <mat-chip-grid #grid [disabled]="disabled()" [attr.aria-label]="'survey.field.reps' | t">
        @for (rep of picked(); track rep.id) {
          <mat-chip-row (removed)="remove(rep.id)" data-testid="rep-chip">
            {{ rep.name }}
            <button
              matChipRemove
              type="button"
              [attr.aria-label]="'survey.removeRep' | t: { name: rep.name }"
            >
              <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
                <path
                  fill="currentColor"
                  d="M19 6.4 17.6 5 12 10.6 6.4 5 5 6.4 10.6 12 5 17.6 6.4 19 12 13.4 17.6 19 19 17.6 13.4 12z"
                />
              </svg>
            </button>
          </mat-chip-row>
        }
        <input
          data-testid="rep-search"
          [placeholder]="'survey.searchReps' | t"
          [value]="search()"
          (input)="search.set($any($event.target).value)"
          [matChipInputFor]="grid"
          [matAutocomplete]="auto"
        />
      </mat-chip-grid>
      <mat-autocomplete #auto="matAutocomplete" (optionSelected)="add($event)">
        @for (rep of matches(); track rep.id) {
          <mat-option [value]="rep.id" data-testid="rep-option">
            {{ rep.name }}
            <span class="sub"
              >{{ rep.teamName ?? rep.email }}{{ rep.active ? '' : ' · ' + ('survey.inactive' | t) }}</span
            >
          </mat-option>
        }
      </mat-autocomplete>
    </mat-form-field>
    @if (error()) {
      <p class="field-error" role="alert" data-testid="error-audienceRepIds">{{ error() }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .full {
      width: 100%;
    }
    .sub {
      margin-left: 8px;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .field-error {
      margin: 4px 0 0;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class RepPickerComponent {
  readonly options = input<readonly RepOption[]>([]);
  readonly selected = input<readonly string[]>([]);
  readonly disabled = input(false);
  readonly error = input('');
  readonly selectedChange = output<string[]>();

  protected readonly search = signal('');
  protected readonly picked = computed(() => {
    const byId = new Map(this.options().map((rep) => [rep.id, rep]));
    return this.selected().map(
      (id) => byId.get(id) ?? { id, name: id.slice(0, 8), email: '', active: true, teamName: null },
    );
  });
  protected readonly matches = computed(() => {
    const term = this.search().trim().toLowerCase();
    const chosen = new Set(this.selected());
    return this.options()
      .filter((rep) => !chosen.has(rep.id))
      .filter(
        (rep) => !term || rep.name.toLowerCase().includes(term) || rep.email.toLowerCase().includes(term),
      )
      .slice(0, SHOWN_MATCHES);
  });

  protected add(event: MatAutocompleteSelectedEvent): void {
    const id = String(event.option.value);
    if (!this.selected().includes(id)) this.selectedChange.emit([...this.selected(), id]);
    this.search.set('');
    event.option.deselect();
  }

  protected remove(id: string): void {
    this.selectedChange.emit(this.selected().filter((selected) => selected !== id));
  }
}
