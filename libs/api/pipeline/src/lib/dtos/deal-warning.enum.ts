import { registerEnumType } from '@nestjs/graphql';
import { DEAL_WARNINGS, type DealWarning, FAR_FUTURE_DAYS } from '@salesops/domain';

/** DEAL_WARNINGS as the object GraphQL registers an enum from. */
export const DealWarningEnum = Object.fromEntries(DEAL_WARNINGS.map((warning) => [warning, warning])) as {
  [K in DealWarning]: K;
};

registerEnumType(DealWarningEnum, {
  name: 'DealWarning',
  description:
    'What makes a stored deal implausible (docs/metrics.md, "Flagged deals"). An import or upsert stores such a ' +
    'deal with its warnings unless told to refuse them; a flagged deal is left out of every cycle-time figure',
  valuesMap: {
    CLOSE_BEFORE_ENGAGE: { description: 'Its close date is earlier than its engage date' },
    ZERO_AMOUNT: { description: 'It is won and its amount is 0 (a lost deal worth 0 is not flagged)' },
    FAR_FUTURE_DATE: {
      description: `Its engage, expected close or close date is more than ${FAR_FUTURE_DAYS} days after the day it was stored (UTC)`,
    },
  },
});
