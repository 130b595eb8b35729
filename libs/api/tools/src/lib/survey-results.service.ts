import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, AppError, runSql } from '@salesops/api/core';
import { OrgScopeService } from '@salesops/api/org';
import {
  anonymousRelease,
  type CorrelationReading,
  correlationReading,
  csatShare,
  MIN_ANONYMITY_THRESHOLD,
  netPromoter,
  pearson,
  periodContaining,
  SCORE_RANGE,
  visibleGroups,
} from '@salesops/domain';
import { DataSource } from 'typeorm';

import { ScorecardFindingKind, SurveyHiddenBecause, SurveyStatus, ToolSignal } from './dtos/survey.enums';
import { type SurveyResultsArgs } from './dtos/survey.inputs';
import { type QuestionResultDto, type SurveyResultsDto } from './dtos/survey-results.dto';
import {
  type SatisfactionLinkDto,
  type SatisfactionWaveDto,
  type ScorecardFindingDto,
  type ToolScorecardDto,
} from './dtos/tool-scorecard.dto';
import { lastClosingMonthBefore, satisfactionPairs } from './satisfaction-link.queries';
import { type QuestionRow, surveyQuestions, type SurveyRow } from './survey.queries';
import { SurveyService } from './survey.service';
import {
  answersFrom,
  type AnswerSource,
  groupCounts,
  releasedToolScores,
  releaseTaken,
} from './survey-anonymity.queries';
import { QuestionKindEnum } from './survey-kinds';
import {
  answerCounts,
  type AudienceRow,
  choiceCounts,
  countTeamResponses,
  type ScorecardWaveRow,
  scorecardWaves,
  scoreCounts,
  surveyAudience,
  teamExists,
  textAnswers,
} from './survey-results.queries';
import { ToolService } from './tool.service';

/** Free-text answers listed per question; textCount tells how many there are in all. */
const TEXTS_SHOWN = 500;

/** What the results show, and from which answers. */
interface ResultsView {
  responses: number | null;
  fewerThan: number | null;
  hiddenBecause: SurveyHiddenBecause | null;
  releasedResponses: number | null;
  nextReleaseAt: number | null;
  source: AnswerSource;
}

const LIVE_VIEW: ResultsView = {
  responses: null,
  fewerThan: null,
  hiddenBecause: null,
  releasedResponses: null,
  nextReleaseAt: null,
  source: { kind: 'live', teamId: null },
};

/**
 * Survey results and the tool scorecard. Anonymous results show only from enough answers (the survey's
 * threshold k, never under 3), while open only in steps of k, and for teams only once closed and where
 * nothing smaller than k can be worked out (see anonymousView). Names appear only for named surveys.
 */
@Injectable()
export class SurveyResultsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly surveys: SurveyService,
    private readonly tools: ToolService,
    private readonly scope: OrgScopeService,
    private readonly config: AppConfig,
  ) {}

  async results(args: SurveyResultsArgs): Promise<SurveyResultsDto> {
    const row = await this.surveys.row(args.surveyId, 'surveyId');
    const [survey] = await this.surveys.toDtos([row]);
    if (survey.status === SurveyStatus.DRAFT)
      throw AppError.badInput('surveyId', 'a draft has no results yet');
    const threshold = Math.max(row.min_answers, MIN_ANONYMITY_THRESHOLD);
    const teamId = args.teamId ?? null;
    if (teamId) {
      const [team] = await runSql(this.dataSource, teamExists(teamId));
      if (!team) throw AppError.badInput('teamId', 'is not a team');
    }
    const view = row.anonymous
      ? await this.anonymousView(
          row.id,
          survey.status === SurveyStatus.CLOSED,
          survey.responses,
          threshold,
          teamId,
        )
      : {
          ...LIVE_VIEW,
          source: { kind: 'live' as const, teamId },
          responses: teamId ? await this.countResponses(row.id, teamId) : survey.responses,
        };
    const audience = await this.audience(row, teamId ? await this.scope.subtreeIds(teamId) : null);
    const { responses, hiddenBecause } = view;
    return {
      survey,
      teamId,
      audienceSize: audience.size,
      responses,
      fewerThan: view.fewerThan,
      responseRate:
        responses === null || audience.size === 0
          ? null
          : Math.round((Math.min(responses, audience.size) / audience.size) * 10_000) / 10_000,
      hidden: hiddenBecause !== null,
      hiddenReason:
        hiddenBecause && hiddenReasonText(hiddenBecause, threshold, survey.responses, view.nextReleaseAt),
      hiddenBecause,
      minAnswers: threshold,
      releasedResponses: view.releasedResponses,
      nextReleaseAt: view.nextReleaseAt,
      questions: hiddenBecause ? [] : await this.questionResults(row, view.source),
      notAnswered: row.anonymous ? [] : audience.notAnswered,
    };
  }

  /**
   * What an anonymous survey may show (decision 0018): the whole survey's count always (how many of the
   * audience answered, never who); its results from k answers, while open only as of a release, in
   * steps of k; a team's results and count only once closed, and only where no figure that can be
   * worked out from the shown ones holds fewer than k answers. Teams are those of publication.
   */
  private async anonymousView(
    surveyId: string,
    closed: boolean,
    total: number,
    threshold: number,
    teamId: string | null,
  ): Promise<ResultsView> {
    const withheld = (because: SurveyHiddenBecause, fewerThan: number | null): ResultsView => ({
      ...LIVE_VIEW,
      responses: null,
      fewerThan,
      hiddenBecause: because,
    });
    if (teamId) {
      if (total < threshold) return withheld(SurveyHiddenBecause.TOO_FEW_ANSWERS, threshold);
      if (!closed) return withheld(SurveyHiddenBecause.TEAMS_AFTER_CLOSE, null);
      const counts = await groupCounts(this.dataSource.manager, surveyId);
      const groups = counts.map((c) => ({ id: c.team_id, parentId: c.parent_id, responses: c.n }));
      if (!visibleGroups(groups, total, threshold).has(teamId))
        return withheld(SurveyHiddenBecause.SMALL_GROUP, threshold);
      return {
        ...LIVE_VIEW,
        responses: counts.find((c) => c.team_id === teamId)?.n ?? 0,
        source: { kind: 'live', teamId },
      };
    }
    if (total < threshold)
      return { ...LIVE_VIEW, responses: total, hiddenBecause: SurveyHiddenBecause.TOO_FEW_ANSWERS };
    if (closed) return { ...LIVE_VIEW, responses: total };
    const release = anonymousRelease(total, threshold, false);
    const view = {
      ...LIVE_VIEW,
      responses: total,
      releasedResponses: release.releasedResponses,
      nextReleaseAt: release.nextReleaseAt,
    };
    // A survey open before releases existed has none to show until the next but one, or its close.
    if (
      release.generation === 0 ||
      !(await releaseTaken(this.dataSource.manager, surveyId, release.generation))
    ) {
      return { ...view, releasedResponses: 0, hiddenBecause: SurveyHiddenBecause.AWAITING_RELEASE };
    }
    return { ...view, source: { kind: 'release', generation: release.generation } };
  }

  async scorecard(): Promise<ToolScorecardDto[]> {
    const tools = await this.tools.list();
    // Every published wave about each tool with its CSAT and NPS from the questions about the tool.
    const waves = await runSql<ScorecardWaveRow>(this.dataSource, scorecardWaves());
    const result: ToolScorecardDto[] = [];
    const now = new Date();
    for (const tool of tools) {
      const trend: SatisfactionWaveDto[] = [];
      for (const w of waves.filter((wave) => wave.tool_id === tool.id)) {
        const threshold = Math.max(w.min_answers, MIN_ANONYMITY_THRESHOLD);
        let scores = { csat: w.csat_scores ?? [], nps: w.nps_scores ?? [] };
        let shown = !w.anonymous || Number(w.responses) >= threshold;
        // An open anonymous wave shows the release its results show, so the trend cannot move by one answer either.
        if (shown && w.anonymous && w.closes_at > now) {
          const { generation } = anonymousRelease(Number(w.responses), threshold, false);
          shown = generation > 0 && (await releaseTaken(this.dataSource.manager, w.survey_id, generation));
          if (shown)
            scores = await releasedToolScores(this.dataSource.manager, w.survey_id, tool.id, generation);
        }
        const csat = shown ? csatShare(scores.csat) : null;
        trend.push({
          surveyId: w.survey_id,
          seriesId: w.series_id,
          title: w.title,
          wave: w.wave,
          closesAt: w.closes_at,
          responses: Number(w.responses),
          csat: csat === null ? null : round(csat, 4),
          nps: shown ? (netPromoter(scores.nps)?.score ?? null) : null,
          meanScore:
            shown && scores.csat.length
              ? round(scores.csat.reduce((a, b) => a + b, 0) / scores.csat.length, 2)
              : null,
          scores: shown ? scores.csat.length || scores.nps.length : null,
          scoresNeeded: threshold,
          provisional: w.closes_at > now,
        });
      }
      const measured = trend.filter((w) => w.csat !== null || w.nps !== null);
      // A verdict rests only on closed waves with enough answers: one "2" in an open wave must not flip it.
      const judgeable = measured.filter((w) => !w.provisional && (w.scores ?? 0) >= w.scoresNeeded);
      const latest = judgeable.at(-1) ?? null;
      const previous = judgeable.at(-2) ?? null;
      const { signal, findings } = judge(tool, latest, previous, latest ? null : (measured.at(-1) ?? null));
      const latestWave = waves.find((w) => w.survey_id === latest?.surveyId && w.tool_id === tool.id);
      result.push({
        tool,
        latestCsat: latest?.csat ?? null,
        latestNps: latest?.nps ?? null,
        trend,
        signal,
        reasons: findings.map((finding) => finding.reason),
        findings,
        satisfactionVsPerformance:
          latestWave && !latestWave.anonymous
            ? await this.satisfactionLink(latestWave.survey_id, tool.id, latestWave.opens_at)
            : null,
      });
    }
    return result;
  }

  /**
   * Named answers only: each rep's CSAT score for the tool against their won revenue in the quarter the
   * answers are about: the survey's own, or, when no deal closed in it (a survey of today about a CRM whose
   * data stops earlier), the last quarter before it in which deals closed.
   */
  private async satisfactionLink(
    surveyId: string,
    toolId: string,
    opensAt: Date,
  ): Promise<SatisfactionLinkDto> {
    const calendar = { startMonth: this.config.fiscalYearStartMonth };
    const surveyQuarter = periodContaining(opensAt.toISOString().slice(0, 10), 'QUARTER', calendar);
    const [last] = await runSql<{ month: string | null }>(
      this.dataSource,
      lastClosingMonthBefore(surveyQuarter.end),
    );
    const quarter =
      last?.month && last.month < surveyQuarter.start
        ? periodContaining(last.month, 'QUARTER', calendar)
        : surveyQuarter;
    const pairs = await runSql<{ score: number; won: string }>(
      this.dataSource,
      satisfactionPairs(surveyId, toolId, quarter),
    );
    const correlation = pearson(
      pairs.map((p) => Number(p.score)),
      pairs.map((p) => Number(p.won)),
    );
    const rounded = correlation === null ? null : round(correlation, 3);
    return {
      reps: pairs.length,
      correlation: rounded,
      period: quarter.key,
      reading: LINK_READING[correlationReading(rounded, pairs.length)]
        .replace('{r}', rounded?.toFixed(2) ?? '')
        .replace('{reps}', String(pairs.length))
        .replace('{period}', quarter.key),
    };
  }

  private async countResponses(surveyId: string, teamId: string): Promise<number> {
    const [row] = await runSql<{ n: string }>(this.dataSource, countTeamResponses(surveyId, teamId));
    return Number(row.n);
  }

  private async audience(
    survey: SurveyRow,
    teamIds: string[] | null,
  ): Promise<{ size: number; notAnswered: SurveyResultsDto['notAnswered'] }> {
    const rows = await runSql<AudienceRow>(this.dataSource, surveyAudience(survey, teamIds));
    return {
      size: rows.length,
      notAnswered: rows
        .filter((r) => !r.answered)
        .map((r) => ({ repId: r.id, repName: r.name, teamName: r.team_name, email: r.email })),
    };
  }

  /**
   * Per question counts computed in SQL (scores, options, answers), so the cost does not grow with the
   * answers shipped to Node; free-text answers are listed up to TEXTS_SHOWN per question.
   */
  private async questionResults(survey: SurveyRow, source: AnswerSource): Promise<QuestionResultDto[]> {
    const questions = await runSql<QuestionRow>(this.dataSource, surveyQuestions(survey.id));
    const from = answersFrom(survey.id, source);
    // Names only for named surveys, which are always read live.
    const named = source.kind === 'live' && !survey.anonymous;
    const [counts, scores, choices, texts] = await Promise.all([
      runSql<{ question_id: string; n: string; texts: string }>(this.dataSource.manager, answerCounts(from)),
      runSql<{ question_id: string; score: number; n: string }>(this.dataSource.manager, scoreCounts(from)),
      runSql<{ question_id: string; choice: string; n: string }>(this.dataSource.manager, choiceCounts(from)),
      runSql<{ question_id: string; text: string; rep_name: string | null }>(
        this.dataSource.manager,
        // Sorted by text, never by time: the order must not hint at who answered when.
        textAnswers(from, named, TEXTS_SHOWN),
      ),
    ]);
    return questions.map((question) => {
      const count = counts.find((c) => c.question_id === question.id);
      const base = {
        questionId: question.id,
        position: question.position,
        prompt: question.prompt,
        kind: question.kind,
        toolId: question.tool_id,
        answered: Number(count?.n ?? 0),
        textCount: Number(count?.texts ?? 0),
        mean: null,
        csat: null,
        nps: null,
        distribution: [],
        texts: [],
      };
      switch (question.kind) {
        case QuestionKindEnum.CSAT:
        case QuestionKindEnum.NPS: {
          const [low, high] = SCORE_RANGE[question.kind];
          const byScore = new Map(
            scores.filter((row) => row.question_id === question.id).map((row) => [row.score, Number(row.n)]),
          );
          const distribution = Array.from({ length: high - low + 1 }, (_, i) => ({
            label: String(low + i),
            count: byScore.get(low + i) ?? 0,
          }));
          const total = distribution.reduce((sum, bucket) => sum + bucket.count, 0);
          const sum = distribution.reduce((acc, bucket) => acc + Number(bucket.label) * bucket.count, 0);
          const share = (from: number, to: number) =>
            distribution
              .filter((b) => Number(b.label) >= from && Number(b.label) <= to)
              .reduce((acc, b) => acc + b.count, 0);
          return {
            ...base,
            mean: total ? round(sum / total, 2) : null,
            csat: question.kind === QuestionKindEnum.CSAT && total ? round(share(4, 5) / total, 4) : null,
            nps:
              question.kind === QuestionKindEnum.NPS && total
                ? {
                    promoters: share(9, 10),
                    passives: share(7, 8),
                    detractors: share(0, 6),
                    score: Math.round(((share(9, 10) - share(0, 6)) / total) * 1000) / 10,
                  }
                : null,
            distribution,
          };
        }
        case QuestionKindEnum.SINGLE_CHOICE:
        case QuestionKindEnum.MULTI_CHOICE: {
          const byChoice = new Map(
            choices
              .filter((row) => row.question_id === question.id)
              .map((row) => [row.choice, Number(row.n)]),
          );
          return {
            ...base,
            distribution: question.options.map((option) => ({
              label: option,
              count: byChoice.get(option) ?? 0,
            })),
          };
        }
        case QuestionKindEnum.TEXT:
          return {
            ...base,
            texts: texts
              .filter((row) => row.question_id === question.id)
              .map((row) => ({ text: row.text, topic: question.text_topic, repName: row.rep_name })),
          };
      }
    });
  }
}

type Finding = Pick<ScorecardFindingDto, 'kind' | 'weighs' | 'reason'> & Partial<ScorecardFindingDto>;

/** The English words of a correlation reading, for `SatisfactionLink.reading`. */
const LINK_READING: Record<CorrelationReading, string> = {
  TOO_FEW: 'Not enough named answers to compare ({reps} reps)',
  FLAT: 'Nothing to compare: the scores or the won revenue in {period} are the same for all {reps} reps',
  UNCLEAR: 'No clear link (r = {r} over {reps} reps, won revenue in {period})',
  MORE: 'Happier users sold more (r = {r} over {reps} reps, won revenue in {period})',
  LESS: 'Happier users sold less (r = {r} over {reps} reps, won revenue in {period})',
};

/** Keep, review or replace, with the findings behind it (as data and in words). */
export function judge(
  tool: {
    name: string;
    utilisation: number | null;
    renewalDueSoon: boolean;
    daysToRenewal: number | null;
    seatsBought: number;
    seatsUsed: number;
  },
  latest: SatisfactionWaveDto | null,
  previous: SatisfactionWaveDto | null,
  /** Without a judgeable wave, the newest wave with results: too few answers, or still open. */
  unjudged: SatisfactionWaveDto | null = null,
): { signal: ToolSignal; findings: ScorecardFindingDto[] } {
  const found: Finding[] = [];
  const pct = (value: number) => `${Math.round(value * 100)}%`;
  const { KEEP, REVIEW, REPLACE } = ToolSignal;
  if (!latest && unjudged && (unjudged.scores ?? 0) < unjudged.scoresNeeded) {
    const answers = unjudged.scores ?? 0;
    found.push({
      kind: ScorecardFindingKind.FEW_ANSWERS,
      weighs: REVIEW,
      reason: `Too few answers to judge yet: wave ${unjudged.wave} has ${answers} of the ${unjudged.scoresNeeded} needed`,
      wave: unjudged.wave,
      value: answers,
      previous: unjudged.scoresNeeded,
    });
  } else if (!latest && unjudged) {
    found.push({
      kind: ScorecardFindingKind.PROVISIONAL,
      weighs: REVIEW,
      reason: `Wave ${unjudged.wave} is still open: no verdict rests on its results until it closes`,
      wave: unjudged.wave,
    });
  } else if (!latest) {
    found.push({
      kind: ScorecardFindingKind.NO_RESULTS,
      weighs: REVIEW,
      reason: 'No satisfaction survey results yet',
    });
  }
  if (latest?.csat !== null && latest?.csat !== undefined) {
    const { csat, wave } = latest;
    const weighs = csat < 0.5 ? REPLACE : csat < 0.7 ? REVIEW : KEEP;
    const reason =
      weighs === REPLACE
        ? `Only ${pct(csat)} of users are satisfied (CSAT, wave ${wave})`
        : weighs === REVIEW
          ? `${pct(csat)} of users are satisfied (CSAT, wave ${wave}); below 70%`
          : `${pct(csat)} of users are satisfied (CSAT, wave ${wave})`;
    found.push({ kind: ScorecardFindingKind.CSAT, weighs, reason, value: csat, wave });
    if (previous?.csat !== null && previous?.csat !== undefined && previous.csat - csat >= 0.1) {
      found.push({
        kind: ScorecardFindingKind.CSAT_FELL,
        weighs: REVIEW,
        reason: `Satisfaction fell from ${pct(previous.csat)} to ${pct(csat)} since wave ${previous.wave}`,
        value: csat,
        previous: previous.csat,
        wave,
        previousWave: previous.wave,
      });
    }
  }
  if (latest?.nps !== null && latest?.nps !== undefined && latest.nps < 0) {
    const { nps } = latest;
    found.push(
      nps < -30
        ? { kind: ScorecardFindingKind.NPS, weighs: REPLACE, reason: `NPS is ${nps}`, value: nps }
        : {
            kind: ScorecardFindingKind.NPS,
            weighs: REVIEW,
            reason: `NPS is ${nps}, more detractors than promoters`,
            value: nps,
          },
    );
  }
  if (tool.utilisation !== null) {
    const seats = {
      kind: ScorecardFindingKind.SEATS,
      value: tool.utilisation,
      seatsUsed: tool.seatsUsed,
      seatsBought: tool.seatsBought,
    };
    if (tool.utilisation < 0.6)
      found.push({
        ...seats,
        weighs: REVIEW,
        reason: `Only ${tool.seatsUsed} of ${tool.seatsBought} seats are in use (${pct(tool.utilisation)})`,
      });
    else if (tool.utilisation > 1)
      found.push({
        ...seats,
        weighs: REVIEW,
        reason: `${tool.seatsUsed} seats in use but only ${tool.seatsBought} bought`,
      });
    else found.push({ ...seats, weighs: KEEP, reason: `${pct(tool.utilisation)} of seats in use` });
  }
  const weighing = (signal: ToolSignal) => found.filter((f) => f.weighs === signal);
  if (tool.renewalDueSoon && found.some((f) => f.weighs !== KEEP)) {
    found.push({
      kind: ScorecardFindingKind.RENEWAL_SOON,
      weighs: REVIEW,
      reason: `Renews in ${tool.daysToRenewal} days: decide before then`,
      days: tool.daysToRenewal,
    });
  }
  const complete = (list: Finding[]): ScorecardFindingDto[] =>
    list.map((f) => ({
      value: null,
      previous: null,
      wave: null,
      previousWave: null,
      seatsUsed: null,
      seatsBought: null,
      days: null,
      ...f,
    }));
  if (weighing(REPLACE).length > 0)
    return { signal: REPLACE, findings: complete([...weighing(REPLACE), ...weighing(REVIEW)]) };
  if (weighing(REVIEW).length > 0) return { signal: REVIEW, findings: complete(weighing(REVIEW)) };
  return { signal: KEEP, findings: complete(weighing(KEEP)) };
}

function hiddenReasonText(
  because: SurveyHiddenBecause,
  threshold: number,
  total: number,
  nextReleaseAt: number | null,
): string {
  switch (because) {
    case SurveyHiddenBecause.TOO_FEW_ANSWERS:
      return `Anonymous results show from ${threshold} answers; ${total} so far`;
    case SurveyHiddenBecause.AWAITING_RELEASE:
      return `While open, anonymous results update every ${threshold} answers, one step behind: the first show at ${nextReleaseAt ?? 2 * threshold} answers, or all at close; ${total} so far`;
    case SurveyHiddenBecause.TEAMS_AFTER_CLOSE:
      return 'Team results of an anonymous survey show once it closes';
    case SurveyHiddenBecause.SMALL_GROUP:
      return `Too few answers in this team, or in the rest of the team above it, to show anonymous results (at least ${threshold} each)`;
  }
}

function round(value: number, digits: number): number {
  return Math.round(value * 10 ** digits) / 10 ** digits;
}
