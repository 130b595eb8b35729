import { createHash } from 'node:crypto';

import { AppError } from '@salesops/api/core';
import { type PlanRules, rulesHash, validatePlanRules } from '@salesops/domain';

import { type VersionContent } from './comp-plan.queries';
import {
  CurveKind,
  type MeasureScopeKind,
  type PlanMetricKind,
  type PlanRulesDto,
} from './dtos/plan-rules.dto';
import { type PlanRulesInput } from './dtos/plan-rules.input';
import { type PlanVersionContentInput } from './dtos/save-plan.input';

/**
 * A version's content from its input: the rules as the engine's JSON (absent fields dropped), checked by
 * the engine's own validation, every problem named at once under `prefix` (`content.rules.measures.1.weight`).
 */
export function checkedContent(input: PlanVersionContentInput, prefix: string): VersionContent {
  const errors: { field: string; message: string }[] = [];
  if (input.effectiveTo && input.effectiveTo <= input.effectiveFrom) {
    errors.push({ field: `${prefix}.effectiveTo`, message: 'must be after effectiveFrom' });
  }
  const validation = validatePlanRules(rulesJson(input.rules));
  if (!validation.ok)
    errors.push(
      ...validation.errors.map((e) => ({
        field: `${prefix}.rules.${e.field}`.replace(/\.$/, ''),
        message: e.message,
      })),
    );
  if (errors.length || !validation.ok) throw AppError.invalidFields(errors);
  const document = input.document.replace(/\r\n?/g, '\n');
  return {
    payFrequency: input.payFrequency,
    effectiveFrom: input.effectiveFrom,
    effectiveTo: input.effectiveTo ?? null,
    document,
    rules: validation.rules,
    contentHash: contentHash(validation.rules, document),
  };
}

/** SHA-256 of the canonical rules and document: the same in the API and the browser. */
export function contentHash(rules: PlanRules, document: string): string {
  return createHash('sha256').update(rulesHash(rules, document)).digest('hex');
}

function rulesJson(input: PlanRulesInput): unknown {
  return {
    currency: input.currency,
    targetVariableMinor: input.targetVariableMinor,
    measures: input.measures.map((m) => ({
      key: m.key,
      label: m.label,
      metric: m.metric,
      scope: m.scope,
      weight: m.weight,
      curve:
        m.curve.kind === 'COMMISSION'
          ? { kind: 'COMMISSION', rate: m.curve.rate }
          : {
              kind: 'TIERED',
              threshold: m.curve.threshold,
              tiers: (m.curve.tiers ?? []).map((t) => ({ upTo: t.upTo ?? null, rate: t.rate })),
              cap: m.curve.cap ?? null,
            },
    })),
    ...(input.teamBonus
      ? {
          teamBonus: {
            amountMinor: input.teamBonus.amountMinor,
            threshold: input.teamBonus.threshold,
            ...(input.teamBonus.partialFrom ? { partialFrom: input.teamBonus.partialFrom } : {}),
            ...(input.teamBonus.metric ? { metric: input.teamBonus.metric } : {}),
          },
        }
      : {}),
    rounding: 'ROUND_HALF_UP',
  };
}

/** The engine's rules as the API's type: every field present, null where a kind does not use it. */
export function toRulesDto(rules: PlanRules): PlanRulesDto {
  return {
    currency: rules.currency,
    targetVariableMinor: rules.targetVariableMinor,
    rounding: rules.rounding,
    measures: rules.measures.map((m) => ({
      key: m.key,
      label: m.label,
      metric: m.metric as PlanMetricKind,
      scope: m.scope as MeasureScopeKind,
      weight: m.weight,
      curve:
        m.curve.kind === 'COMMISSION'
          ? { kind: CurveKind.COMMISSION, rate: m.curve.rate, threshold: null, tiers: null, cap: null }
          : {
              kind: CurveKind.TIERED,
              rate: null,
              threshold: m.curve.threshold,
              tiers: m.curve.tiers.map((t) => ({ upTo: t.upTo, rate: t.rate })),
              cap: m.curve.cap,
            },
    })),
    teamBonus: rules.teamBonus
      ? {
          amountMinor: rules.teamBonus.amountMinor,
          threshold: rules.teamBonus.threshold,
          partialFrom: rules.teamBonus.partialFrom ?? null,
          metric: (rules.teamBonus.metric ?? 'WON_REVENUE') as PlanMetricKind,
        }
      : null,
  };
}
