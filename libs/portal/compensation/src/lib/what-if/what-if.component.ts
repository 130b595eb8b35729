import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { minorToDecimal } from '@salesops/domain';
import { type PlanRulesFieldsFragment } from '@salesops/portal/data-access';
import { I18nService, TranslatePipe } from '@salesops/portal/i18n';

import { engineRules, payoutAt, percentToAttainment } from './what-if-model';

/**
 * "What would I earn at these attainments": the plan's rules run in the browser by the same engine that
 * computes the statements, for one full pay period.
 */
@Component({
  selector: 'so-what-if',
  imports: [FormsModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './what-if.component.html',
  styleUrl: './what-if.component.scss',
})
export class WhatIfComponent {
  private readonly i18n = inject(I18nService);

  readonly rules = input.required<PlanRulesFieldsFragment>();

  protected readonly repPercent = signal('100');
  protected readonly teamPercent = signal('100');
  protected readonly repInvalid = computed(() => percentToAttainment(this.repPercent()) === null);
  protected readonly teamInvalid = computed(() => percentToAttainment(this.teamPercent()) === null);
  private readonly engine = computed(() => engineRules(this.rules()));
  protected readonly hasTeam = computed(
    () => this.rules().measures.some((m) => m.scope === 'TEAM') || this.rules().teamBonus !== null,
  );
  protected readonly result = computed(() => {
    const rules = this.engine();
    return rules ? payoutAt(rules, this.repPercent(), this.hasTeam() ? this.teamPercent() : '0') : null;
  });

  protected money(minor: string): string {
    return this.i18n.formatMoney(minorToDecimal(BigInt(minor)), this.rules().currency);
  }
}
