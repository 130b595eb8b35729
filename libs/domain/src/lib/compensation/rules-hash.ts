import { canonicalJson, type JsonValue } from './canonical-json';
import { type PlanRules } from './plan-rules';

/**
 * The text a rep's acknowledgement is a hash of (the API takes its SHA-256): the rules and the plan
 * document together, in canonical JSON, so the same plan gives the same text in the API and the browser,
 * after a jsonb round trip, and any change to either asks again.
 */
export function rulesHash(rules: PlanRules, document: JsonValue): string {
  // PlanRules is JSON by construction; the interface only lacks the index signature JsonValue wants.
  const rulesJson = rules as unknown as JsonValue;
  return canonicalJson({ document, rules: rulesJson });
}
