import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@salesops/portal/i18n';

import { CloseDatePipe, ClosesInPipe } from './close-time.pipes';
import { closesSoon, type MySurveyEntry } from './my-surveys-model';

/** One survey in the list: a link that opens its form (`?survey=<id>`). */
@Component({
  selector: 'so-my-survey-item',
  imports: [RouterLink, CloseDatePipe, ClosesInPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-survey-item.component.html',
  styleUrl: './my-survey-item.component.scss',
})
export class MySurveyItemComponent {
  readonly entry = input.required<MySurveyEntry>();
  /** Place in the whole list (waiting ones first), for `my-survey-<index>`. */
  readonly index = input.required<number>();
  readonly now = input.required<number>();

  protected readonly soon = computed(() => closesSoon(this.entry().survey.closesAt, this.now()));
}
