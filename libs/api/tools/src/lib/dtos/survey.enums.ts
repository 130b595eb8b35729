import { registerEnumType } from '@nestjs/graphql';

import { QuestionKindEnum, SurveyAudience, TextTopic } from '../survey-kinds';

export enum SurveyStatus {
  DRAFT = 'DRAFT',
  SCHEDULED = 'SCHEDULED',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

export enum ToolSignal {
  KEEP = 'KEEP',
  REVIEW = 'REVIEW',
  REPLACE = 'REPLACE',
}

registerEnumType(SurveyAudience, {
  name: 'SurveyAudience',
  description: 'Who is asked: SEAT_HOLDERS of the tools, chosen TEAMS (and below), chosen REPS, or EVERYONE',
});
registerEnumType(QuestionKindEnum, {
  name: 'QuestionKind',
  description: 'CSAT: 1-5. NPS: 0-10. SINGLE_CHOICE, MULTI_CHOICE: from the options. TEXT: free text',
});
registerEnumType(TextTopic, {
  name: 'TextTopic',
  description: 'What a free-text question asks for: LIKES, DISLIKES or OTHER',
});
registerEnumType(SurveyStatus, {
  name: 'SurveyStatus',
  description: 'DRAFT (editable), SCHEDULED (published, not open yet), OPEN, CLOSED',
});
/** What a scorecard finding is about; its figures are in the fields named for it. */
export enum ScorecardFindingKind {
  /** No wave about the tool has results to show yet. */
  NO_RESULTS = 'NO_RESULTS',
  /** The latest CSAT: value, wave. */
  CSAT = 'CSAT',
  /** CSAT fell by 10 points or more: value, previous, wave, previousWave. */
  CSAT_FELL = 'CSAT_FELL',
  /** A negative NPS: value. */
  NPS = 'NPS',
  /** Seats in use: value (the share), seatsUsed, seatsBought. Weighs REVIEW when under 60% or over 100%. */
  SEATS = 'SEATS',
  /** The renewal is near while something is wrong: days. */
  RENEWAL_SOON = 'RENEWAL_SOON',
  /** No closed wave has enough answers about the tool to judge it: wave, value (the answers), previous (the answers needed). */
  FEW_ANSWERS = 'FEW_ANSWERS',
  /** The only waves with enough answers are still open, so their results may move: wave. */
  PROVISIONAL = 'PROVISIONAL',
}

/** Why an anonymous survey's results are hidden. */
export enum SurveyHiddenBecause {
  /** Fewer answers than the threshold overall. */
  TOO_FEW_ANSWERS = 'TOO_FEW_ANSWERS',
  /** The team, or the rest of the team above it (beside the teams shown), has fewer answers than the threshold. */
  SMALL_GROUP = 'SMALL_GROUP',
  /** Open: results move in steps of the threshold, one step behind; none has been released yet. */
  AWAITING_RELEASE = 'AWAITING_RELEASE',
  /** Open: a team's results and count show only once the survey closes. */
  TEAMS_AFTER_CLOSE = 'TEAMS_AFTER_CLOSE',
}

registerEnumType(ToolSignal, { name: 'ToolSignal' });
registerEnumType(ScorecardFindingKind, {
  name: 'ScorecardFindingKind',
  description: 'What a scorecard finding is about',
});
registerEnumType(SurveyHiddenBecause, {
  name: 'SurveyHiddenBecause',
  description: "Why an anonymous survey's results are hidden",
});
