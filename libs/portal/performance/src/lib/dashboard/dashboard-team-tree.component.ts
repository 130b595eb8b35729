import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { LocalMoneyPipe, LocalNumberPipe, LocalPercentPipe, TranslatePipe } from '@salesops/portal/i18n';

import { attainmentBand, attainmentWidth } from './attainment-bar';
import { type RepRow, type TeamRow } from './dashboard-model';
import { isRowSelected, type Selection } from './dashboard-selection';
import { type RepTreeRow, type TreeRow } from './dashboard-tree';

/**
 * The dashboard's team tree as a table: teams down to reps, indented by level, with attainment
 * bars. It only shows rows and says what was clicked; the page keeps which teams are open (it loads
 * their reps) and what is selected (it lives in the URL).
 */
@Component({
  selector: 'so-dashboard-team-tree',
  imports: [
    MatButtonModule,
    MatTableModule,
    RouterLink,
    LocalMoneyPipe,
    LocalNumberPipe,
    LocalPercentPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './dashboard-team-tree.component.html',
  styleUrl: './dashboard-team-tree.component.scss',
})
export class DashboardTeamTreeComponent {
  /** The rows to show, from visibleRows: each open team followed by its subteams and reps. */
  readonly rows = input.required<readonly TreeRow[]>();
  readonly selection = input<Selection | null>(null);
  /** The period shown, for the link to its goals. */
  readonly periodKey = input<string | null>(null);

  /** A team's expand button was pressed. */
  readonly toggled = output<string>();
  /** A team's row or name was clicked. */
  readonly teamSelected = output<string>();
  /** A rep's row or name was clicked. */
  readonly repSelected = output<RepTreeRow>();
  /** Try loading a team's reps again. */
  readonly repsRetried = output<string>();

  protected readonly columns = [
    'name',
    'reps',
    'wonRevenue',
    'attainment',
    'winRate',
    'openPipeline',
    'coverage',
  ];
  protected readonly statusColumns = ['status'];
  protected readonly hasFigures = (_: number, row: TreeRow) => row.kind !== 'status';
  protected readonly isStatus = (_: number, row: TreeRow) => row.kind === 'status';
  protected readonly trackRow = (_: number, row: TreeRow) => row.key;

  protected toggle(teamId: string, event: Event): void {
    // The row's own click would select the team.
    event.stopPropagation();
    this.toggled.emit(teamId);
  }

  protected selectTeam(teamId: string): void {
    this.teamSelected.emit(teamId);
  }

  protected selectRep(row: RepTreeRow): void {
    this.repSelected.emit(row);
  }

  protected retryReps(teamId: string): void {
    this.repsRetried.emit(teamId);
  }

  protected isSelected(row: TreeRow): boolean {
    return isRowSelected(this.selection(), row);
  }

  protected band(attainment: number | null): string {
    return attainmentBand(attainment);
  }

  protected width(attainment: number | null): number {
    return attainmentWidth(attainment);
  }

  /** A multiple to one decimal: `2.4`. */
  protected coverage(value: number | null): number | null {
    return value === null ? null : Math.round(value * 10) / 10;
  }

  protected teamRow(row: TreeRow): TeamRow | null {
    return row.kind === 'team' ? row.node.team : null;
  }

  protected figures(row: TreeRow): TeamRow | RepRow | null {
    return row.kind === 'team' ? row.node.team : row.kind === 'rep' ? row.rep : null;
  }
}
