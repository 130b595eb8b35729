import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatAutocompleteModule, type MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  AssignPlanGQL,
  loadTeamOptions,
  RepOptionsGQL,
  searchRepOptions,
  shownErrors,
  type TeamOption,
  TeamOptionsGQL,
} from '@salesops/portal/data-access';
import { I18nService, TranslatePipe } from '@salesops/portal/i18n';

import { assignmentProblem } from './assignment-dates';

type Target = 'team' | 'rep';

/**
 * Puts a whole team (and the teams below it), or one rep found by name, on a published version from a
 * day, until another if given.
 */
@Component({
  selector: 'so-assign-form',
  imports: [
    FormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './assign-form.component.html',
  styleUrl: './assign-form.component.scss',
})
export class AssignFormComponent {
  private readonly assignGql = inject(AssignPlanGQL);
  private readonly teamsGql = inject(TeamOptionsGQL);
  private readonly repsGql = inject(RepOptionsGQL);
  private readonly i18n = inject(I18nService);

  readonly versionId = input.required<string>();
  /** The version's first day, suggested as the assignment's. */
  readonly effectiveFrom = input.required<string>();
  readonly assigned = output<number>();

  protected readonly target = signal<Target>('team');
  protected readonly teams = signal<TeamOption[]>([]);
  protected readonly teamId = signal<string | null>(null);
  protected readonly search = signal('');
  protected readonly repId = signal<string | null>(null);
  protected readonly from = linkedSignal(() => this.effectiveFrom());
  protected readonly to = signal('');
  protected readonly sending = signal(false);
  protected readonly errors = signal<string[]>([]);

  /** Reps matching what is typed, asked only while a rep is being picked. */
  protected readonly reps = rxResource({
    params: () => (this.target() === 'rep' ? { search: this.search().trim() } : undefined),
    stream: ({ params }) => searchRepOptions(this.repsGql, params?.search),
  });

  protected readonly repName = (rep: { name: string } | string | null): string =>
    typeof rep === 'string' ? rep : (rep?.name ?? '');

  constructor() {
    loadTeamOptions(this.teamsGql).then(
      (teams) => this.teams.set(teams),
      () => this.errors.set([this.i18n.t('error.generic')]),
    );
  }

  protected typed(text: unknown): void {
    // The autocomplete writes the picked option (an object) back into the input: that is not typing.
    if (typeof text !== 'string') return;
    this.search.set(text);
    this.repId.set(null);
  }

  protected picked(event: MatAutocompleteSelectedEvent): void {
    const rep = event.option.value as { id: string; name: string };
    this.repId.set(rep.id);
    this.search.set(rep.name);
  }

  protected submit(): void {
    const teamId = this.target() === 'team' ? this.teamId() : null;
    const repId = this.target() === 'rep' ? this.repId() : null;
    const problem = assignmentProblem(this.from(), this.to());
    if (!teamId && !repId) {
      this.errors.set([
        this.i18n.t(this.target() === 'team' ? 'compPlans.assignInvalid' : 'compPlans.pickRep'),
      ]);
      return;
    }
    if (problem) {
      this.errors.set([this.i18n.t(`compPlans.${problem}`)]);
      return;
    }
    const who = teamId ? { teamId } : { repIds: [repId as string] };
    const input = {
      planVersionId: this.versionId(),
      validFrom: this.from().trim(),
      validTo: this.to().trim() || null,
    };
    this.sending.set(true);
    this.errors.set([]);
    this.assignGql.mutate({ variables: { input: { ...input, ...who } } }).subscribe({
      next: (result) => {
        this.sending.set(false);
        this.assigned.emit(result.data?.assignPlan.length ?? 0);
      },
      error: (error: unknown) => {
        this.sending.set(false);
        this.errors.set([this.i18n.t('compPlans.assignFailed'), ...shownErrors(error, this.i18n).banner]);
      },
    });
  }
}
