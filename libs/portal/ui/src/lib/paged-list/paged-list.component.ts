import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { LocalNumberPipe, TranslatePipe } from '@salesops/portal/i18n';

import { CursorPagerComponent } from '../cursor-pager/cursor-pager.component';
import { StateMessageComponent } from '../state-message/state-message.component';
import { type PagedListView } from './paged-list';
import { type SearchBox } from './search-box';

/**
 * The frame of a paged list page: a panel with the search and the page's own filters (projected), notes
 * under them (`so-list-note`), a progress bar, the page's table (projected, scrolling sideways), the empty
 * or error state and the pager. Test ids are `testId` with -search, -empty, -error and -total.
 */
@Component({
  selector: 'so-paged-list',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    CursorPagerComponent,
    StateMessageComponent,
    LocalNumberPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="panel">
      <div class="toolbar">
        @if (search(); as box) {
          <mat-form-field class="search" subscriptSizing="dynamic">
            <mat-label>{{ searchLabel() }}</mat-label>
            <input
              matInput
              type="search"
              [formControl]="box.control"
              [attr.data-testid]="testId() + '-search'"
              autocomplete="off"
            />
          </mat-form-field>
        }
        <ng-content />
      </div>
      <ng-content select="[so-list-note]" />

      <div class="progress">
        @if (list().loading() || busy()) {
          <mat-progress-bar mode="indeterminate" />
        }
      </div>

      <div class="table-scroll"><ng-content select="table" /></div>

      @if (!list().loading() && list().rows().length === 0) {
        @if (!list().error()) {
          <so-state-message
            [attr.data-testid]="testId() + '-empty'"
            [message]="filtered() ? ('common.noMatch' | t) : emptyMessage()"
          />
        } @else if (errorMessage()) {
          <so-state-message
            [attr.data-testid]="testId() + '-error'"
            kind="error"
            [message]="errorMessage()"
            [actionLabel]="'common.retry' | t"
            (action)="retry.emit()"
          />
        }
      }

      <so-cursor-pager
        [totalTestId]="testId() + '-total'"
        [summary]="'common.total' | t: { count: (list().total() | localNumber) }"
        [pageLabel]="'common.page' | t: { page: list().pages.pageIndex() + 1 }"
        [hasPrevious]="list().pages.hasPrevious()"
        [hasNext]="list().hasNext()"
        [busy]="list().loading()"
        [previousLabel]="'common.previous' | t"
        [nextLabel]="'common.next' | t"
        (previous)="list().previous()"
        (next)="list().next()"
      />
    </section>
  `,
  styleUrl: './paged-list.component.scss',
})
export class PagedListComponent {
  readonly list = input.required<PagedListView>();
  /** Names the list's test ids: `reps` gives reps-search, reps-empty, reps-error and reps-total. */
  readonly testId = input.required<string>();
  readonly search = input<SearchBox | null>(null);
  readonly searchLabel = input('');
  /** Said when the list is empty and nothing narrows it; otherwise "Nothing matches your search." */
  readonly emptyMessage = input.required<string>();
  readonly filtered = input(false);
  /** Said in place of the rows when they cannot be loaded, with a retry; none leaves it to the page. */
  readonly errorMessage = input('');
  /** Work besides loading the page (an export) that the progress bar shows too. */
  readonly busy = input(false);
  readonly retry = output<void>();
}
