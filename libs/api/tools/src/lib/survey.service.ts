import { createHmac, randomBytes, randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppConfig,
  AppError,
  AuditService,
  auditSummary,
  type FieldError,
  inTransaction,
  type Principal,
  runSql,
} from '@salesops/api/core';
import { checkAnswer, MIN_ANONYMITY_THRESHOLD, releaseTakenAt, todayIsoDate } from '@salesops/domain';
import { DataSource, type EntityManager } from 'typeorm';

import { type MySurveyDto, type SurveyAnswerDto, type SurveyDto } from './dtos/survey.dto';
import { SurveyStatus } from './dtos/survey.enums';
import {
  type NewSurveyWaveInput,
  type SubmitSurveyResponseInput,
  type SurveyInput,
  type SurveysArgs,
  type SurveyVersionInput,
  type UpdateSurveyInput,
} from './dtos/survey.inputs';
import {
  anonymityKey,
  answersOfResponses,
  closeSurvey,
  copyQuestions,
  copySurveyTools,
  countSurveyResponses,
  deleteAnswers,
  deleteQuestions,
  deleteSurveyTools,
  insertAnonymityKey,
  insertAnswers,
  insertQuestion,
  insertSurvey,
  insertSurveyTools,
  insertWave,
  lockSurveyRow,
  openSurveys,
  publishSurvey,
  type QuestionRow,
  questionsOfSurveys,
  repInAudience,
  responseCounts,
  responsesByKey,
  type SurveyFields,
  surveyList,
  surveyQuestions,
  type SurveyRow,
  surveysByIds,
  teamsAmong,
  toolsAmong,
  toolsOfSurveys,
  updateDraft,
  upsertResponse,
} from './survey.queries';
import { memberPath, snapshotMembers, takeRelease } from './survey-anonymity.queries';
import { SurveyAudience, TextTopic } from './survey-kinds';
import { changedRows, repsAmong } from './tool.queries';

const CHOICE_KINDS = new Set(['SINGLE_CHOICE', 'MULTI_CHOICE']);

export function surveyStatus(
  row: Pick<SurveyRow, 'published_at' | 'opens_at' | 'closes_at'>,
  now = new Date(),
): SurveyStatus {
  if (!row.published_at) return SurveyStatus.DRAFT;
  if (now < row.opens_at) return SurveyStatus.SCHEDULED;
  if (now >= row.closes_at) return SurveyStatus.CLOSED;
  return SurveyStatus.OPEN;
}

/** Surveys: built by admins as drafts, published (questions then fixed), answered once per rep. */
@Injectable()
export class SurveyService {
  private anonymityKey: Promise<Buffer> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  async list(args: SurveysArgs): Promise<SurveyDto[]> {
    const rows = await runSql<SurveyRow>(this.dataSource, surveyList(args.toolId));
    const surveys = await this.toDtos(rows);
    return args.status ? surveys.filter((survey) => survey.status === args.status) : surveys;
  }

  async get(id: string): Promise<SurveyDto> {
    const [survey] = await this.toDtos(await this.rows([id]));
    if (!survey) throw AppError.notFound('Survey');
    return survey;
  }

  async create(input: SurveyInput): Promise<SurveyDto> {
    await this.checkInput(input);
    const id = randomUUID();
    await inTransaction(this.dataSource, async (manager) => {
      await runSql(manager, insertSurvey(id, surveyFields(input)));
      await this.writeToolsAndQuestions(manager, id, input);
      await this.audit.record(manager, {
        action: 'survey.create',
        entityType: 'survey',
        entityId: id,
        summary: auditSummary('survey.create', { title: input.title }),
        after: input,
      });
    });
    return this.get(id);
  }

  /** Drafts only: everything may change, the questions are replaced. */
  async update(input: UpdateSurveyInput): Promise<SurveyDto> {
    const current = await this.row(input.id);
    if (current.published_at)
      throw AppError.conflict('A published survey cannot change; start a new wave instead', 'id');
    await this.checkInput(input.survey, 'survey.');
    const [previous] = await this.toDtos([current]);
    const survey = input.survey;
    await inTransaction(this.dataSource, async (manager) => {
      const affected = await changedRows(
        manager,
        updateDraft(input.id, input.expectedVersion, surveyFields(survey)),
      );
      if (affected !== 1)
        throw AppError.conflict(
          'The survey was changed or published by someone else; reload and try again',
          'expectedVersion',
        );
      await runSql(manager, deleteQuestions(input.id));
      await runSql(manager, deleteSurveyTools(input.id));
      await this.writeToolsAndQuestions(manager, input.id, survey);
      await this.audit.record(manager, {
        action: 'survey.update',
        entityType: 'survey',
        entityId: input.id,
        summary: auditSummary('survey.update', { title: survey.title }),
        before: previous,
        after: survey,
      });
    });
    return this.get(input.id);
  }

  /** Fixes the questions; reps in the audience can answer from opensAt to closesAt. */
  async publish(input: SurveyVersionInput): Promise<SurveyDto> {
    const current = await this.row(input.id);
    if (current.published_at) throw AppError.conflict('The survey is published already', 'id');
    if (current.closes_at <= new Date())
      throw AppError.badInput('closesAt', 'is in the past: move it before publishing');
    await inTransaction(this.dataSource, async (manager) => {
      const affected = await changedRows(manager, publishSurvey(input.id, input.expectedVersion));
      if (affected !== 1)
        throw AppError.conflict(
          'The survey was changed by someone else; reload and try again',
          'expectedVersion',
        );
      await snapshotMembers(manager, input.id);
      await this.audit.record(manager, {
        action: 'survey.publish',
        entityType: 'survey',
        entityId: input.id,
        summary: auditSummary('survey.publish', { title: current.title }),
        after: { opensAt: current.opens_at, closesAt: current.closes_at },
      });
    });
    return this.get(input.id);
  }

  /** Ends a scheduled or open survey now. */
  async close(input: SurveyVersionInput): Promise<SurveyDto> {
    const current = await this.row(input.id);
    const status = surveyStatus(current);
    if (status === SurveyStatus.DRAFT) throw AppError.conflict('A draft has nothing to close', 'id');
    if (status === SurveyStatus.CLOSED) throw AppError.conflict('The survey is closed already', 'id');
    await inTransaction(this.dataSource, async (manager) => {
      const affected = await changedRows(manager, closeSurvey(input.id, input.expectedVersion));
      if (affected !== 1)
        throw AppError.conflict(
          'The survey was changed by someone else; reload and try again',
          'expectedVersion',
        );
      await this.audit.record(manager, {
        action: 'survey.close',
        entityType: 'survey',
        entityId: input.id,
        summary: auditSummary('survey.close', { title: current.title }),
        before: { closesAt: current.closes_at },
      });
    });
    return this.get(input.id);
  }

  /** A new draft in the same series with the same tools, audience and questions. */
  async newWave(input: NewSurveyWaveInput): Promise<SurveyDto> {
    if (input.closesAt <= input.opensAt) throw AppError.badInput('closesAt', 'must be after opensAt');
    const from = await this.row(input.fromSurveyId);
    const id = randomUUID();
    await inTransaction(this.dataSource, async (manager) => {
      await runSql(manager, insertWave(id, from, input.opensAt, input.closesAt));
      await runSql(manager, copySurveyTools(id, from.id));
      await runSql(manager, copyQuestions(id, from.id));
      await this.audit.record(manager, {
        action: 'survey.new_wave',
        entityType: 'survey',
        entityId: id,
        summary: auditSummary('survey.new_wave', { title: from.title }),
        after: { fromSurveyId: from.id, opensAt: input.opensAt, closesAt: input.closesAt },
      });
    });
    return this.get(id);
  }

  /** The surveys open to a rep now, each with whether they answered. */
  async mine(principal: Principal): Promise<MySurveyDto[]> {
    const repId = this.repOf(principal);
    const open = await runSql<SurveyRow>(this.dataSource, openSurveys());
    const mine: SurveyRow[] = [];
    for (const survey of open) if (await this.inAudience(survey, repId)) mine.push(survey);
    return this.entriesFor(mine, repId);
  }

  /** Each survey as the rep sees it: answered or not, and their answers for named surveys. */
  private async entriesFor(mine: SurveyRow[], repId: string): Promise<MySurveyDto[]> {
    if (mine.length === 0) return [];
    const keys = await Promise.all(mine.map((survey) => this.respondentKey(survey.id, repId)));
    const responses = await runSql<{ id: string; survey_id: string; anonymous: boolean }>(
      this.dataSource,
      responsesByKey(
        mine.map((survey) => survey.id),
        keys,
      ),
    );
    // Named surveys only: an anonymous response is never read back, not even for its author.
    const named = responses.filter((response) => !response.anonymous);
    const answers = named.length
      ? await runSql<{
          response_id: string;
          question_id: string;
          score: number | null;
          choices: string[] | null;
          text: string | null;
        }>(this.dataSource, answersOfResponses(named.map((r) => r.id)))
      : [];
    const dtos = await this.toDtos(mine);
    return dtos.map((survey) => {
      const response = responses.find((r) => r.survey_id === survey.id);
      return {
        survey,
        answered: Boolean(response),
        myAnswers:
          response && !response.anonymous
            ? answers.filter((a) => a.response_id === response.id).map(toAnswerDto)
            : [],
      };
    });
  }

  /**
   * Stores a rep's answers, replacing their earlier ones: one response per rep and survey, however
   * many times and however concurrently they send. Everything is checked first; a bad answer stores
   * nothing and names its place (answers.2.score).
   */
  async submit(principal: Principal, input: SubmitSurveyResponseInput): Promise<MySurveyDto> {
    const repId = this.repOf(principal);
    const survey = await this.row(input.surveyId, 'surveyId');
    const status = surveyStatus(survey);
    if (status !== SurveyStatus.OPEN) {
      throw AppError.badInput(
        'surveyId',
        status === SurveyStatus.CLOSED ? 'this survey has closed' : 'this survey is not open yet',
      );
    }
    if (!(await this.inAudience(survey, repId))) throw AppError.notFound('Survey');
    const questions = await runSql<QuestionRow>(this.dataSource, surveyQuestions(survey.id));
    const errors: FieldError[] = [];
    const seen = new Set<string>();
    const answered = new Set<string>();
    input.answers.forEach((answer, index) => {
      const question = questions.find((q) => q.id === answer.questionId);
      if (!question)
        return errors.push({
          field: `answers.${index}.questionId`,
          message: 'is not a question of this survey',
        });
      if (seen.has(answer.questionId))
        return errors.push({ field: `answers.${index}.questionId`, message: 'is answered twice' });
      seen.add(answer.questionId);
      const check = checkAnswer(question, answer);
      if (!check.ok) return errors.push({ field: `answers.${index}.${check.field}`, message: check.message });
      if (!check.empty) answered.add(question.id);
      return undefined;
    });
    for (const question of questions) {
      if (
        question.required &&
        !answered.has(question.id) &&
        !errors.some((e) => e.field.endsWith('.questionId'))
      ) {
        const index = input.answers.findIndex((a) => a.questionId === question.id);
        errors.push({
          field: index >= 0 ? `answers.${index}` : 'answers',
          message: `question ${question.position} ("${question.prompt.slice(0, 60)}") needs an answer`,
        });
      }
    }
    if (errors.length > 0) throw AppError.invalidFields(errors);

    const key = await this.respondentKey(survey.id, repId);
    // The team as of publication: a move since then must not form a new group (decision 0018).
    const teamPath = await memberPath(this.dataSource.manager, survey.id, repId);
    const kept = input.answers.filter((answer) => answered.has(answer.questionId));
    await inTransaction(this.dataSource, async (manager) => {
      // One submission at a time per anonymous survey, so each release is taken at exactly its count.
      if (survey.anonymous) await runSql(manager, lockSurveyRow(survey.id));
      const [response] = await runSql<{ id: string; inserted: boolean }>(
        manager,
        upsertResponse({
          surveyId: survey.id,
          respondentKey: key,
          // Anonymous: no rep and no time of day, so the row cannot be matched to a sign-in or a request log.
          repId: survey.anonymous ? null : repId,
          teamId: teamPath.at(-1) ?? null,
          teamPath,
          submittedOn: todayIsoDate(),
          submittedAt: survey.anonymous ? null : new Date(),
        }),
      );
      await runSql(manager, deleteAnswers(response.id));
      if (kept.length > 0) {
        await runSql(
          manager,
          insertAnswers(response.id, {
            questionIds: kept.map((a) => a.questionId),
            scores: kept.map((a) => a.score ?? null),
            choices: kept.map((a) => (a.choices?.length ? toPgArray(a.choices) : '')),
            texts: kept.map((a) => a.text?.trim() || null),
          }),
        );
      }
      // A new response (never a re-submission) that brings the count to a multiple of k takes a release.
      if (survey.anonymous && response.inserted) {
        const [{ n }] = await runSql<{ n: number }>(manager, countSurveyResponses(survey.id));
        const generation = releaseTakenAt(n, Math.max(survey.min_answers, MIN_ANONYMITY_THRESHOLD));
        if (generation !== null) await takeRelease(manager, survey.id, generation, n);
      }
    });
    const [entry] = await this.entriesFor([survey], repId);
    return entry;
  }

  async rows(ids: string[]): Promise<SurveyRow[]> {
    return runSql<SurveyRow>(this.dataSource, surveysByIds(ids));
  }

  async row(id: string, field = 'id'): Promise<SurveyRow> {
    const [row] = await this.rows([id]);
    if (!row)
      throw field === 'id' ? AppError.notFound('Survey') : AppError.badInput(field, 'is not a survey');
    return row;
  }

  async toDtos(rows: SurveyRow[]): Promise<SurveyDto[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((row) => row.id);
    const [tools, questions, counts] = await Promise.all([
      runSql<{ survey_id: string; id: string; name: string }>(this.dataSource, toolsOfSurveys(ids)),
      runSql<QuestionRow>(this.dataSource, questionsOfSurveys(ids)),
      runSql<{ survey_id: string; n: string }>(this.dataSource, responseCounts(ids)),
    ]);
    return rows.map((row) => ({
      id: row.id,
      seriesId: row.series_id,
      wave: row.wave,
      title: row.title,
      description: row.description,
      anonymous: row.anonymous,
      minAnswers: row.min_answers,
      audience: row.audience,
      audienceTeamIds: row.audience_team_ids,
      audienceRepIds: row.audience_rep_ids,
      opensAt: row.opens_at,
      closesAt: row.closes_at,
      status: surveyStatus(row),
      tools: tools.filter((t) => t.survey_id === row.id).map((t) => ({ id: t.id, name: t.name })),
      questions: questions
        .filter((q) => q.survey_id === row.id)
        .map((q) => ({
          id: q.id,
          position: q.position,
          kind: q.kind,
          prompt: q.prompt,
          required: q.required,
          options: q.options,
          toolId: q.tool_id,
          textTopic: q.text_topic,
        })),
      responses: Number(counts.find((c) => c.survey_id === row.id)?.n ?? 0),
      version: row.version,
    }));
  }

  async inAudience(survey: SurveyRow, repId: string): Promise<boolean> {
    const rows = await runSql(this.dataSource, repInAudience(survey, repId));
    return rows.length > 0;
  }

  /** HMAC of survey and rep: the same rep always gets the same key for a survey, and the key alone names no one. */
  async respondentKey(surveyId: string, repId: string): Promise<string> {
    const key = await this.key();
    return createHmac('sha256', key).update(`${surveyId}:${repId}`).digest('hex');
  }

  private key(): Promise<Buffer> {
    if (!this.anonymityKey) {
      this.anonymityKey = this.config.surveyAnonymityKey
        ? Promise.resolve(Buffer.from(this.config.surveyAnonymityKey))
        : this.storedKey().catch((error) => {
            this.anonymityKey = null;
            throw error;
          });
    }
    return this.anonymityKey;
  }

  private async storedKey(): Promise<Buffer> {
    await runSql(this.dataSource, insertAnonymityKey(randomBytes(32).toString('hex')));
    const [row] = await runSql<{ value: string }>(this.dataSource, anonymityKey());
    return Buffer.from(row.value, 'hex');
  }

  private repOf(principal: Principal): string {
    if (!principal.repId) throw AppError.forbidden('Only reps answer surveys');
    return principal.repId;
  }

  /** Checks what validation cannot; field paths start with `prefix` (`survey.` inside updateSurvey's input). */
  private async checkInput(input: SurveyInput, prefix = ''): Promise<void> {
    if (input.closesAt <= input.opensAt)
      throw AppError.badInput(`${prefix}closesAt`, 'must be after opensAt');
    if (input.closesAt <= new Date()) throw AppError.badInput(`${prefix}closesAt`, 'is in the past');
    const toolIds = [...new Set(input.toolIds)];
    const tools = await runSql<{ id: string }>(this.dataSource, toolsAmong(toolIds));
    const missing = input.toolIds.findIndex((id) => !tools.some((tool) => tool.id === id));
    if (missing >= 0) throw AppError.badInput(`${prefix}toolIds.${missing}`, 'is not a tool');
    if (input.audience === SurveyAudience.TEAMS) {
      if (input.audienceTeamIds.length === 0)
        throw AppError.badInput(`${prefix}audienceTeamIds`, 'name at least one team');
      const teams = await runSql<{ id: string }>(this.dataSource, teamsAmong(input.audienceTeamIds));
      const bad = input.audienceTeamIds.findIndex((id) => !teams.some((team) => team.id === id));
      if (bad >= 0) throw AppError.badInput(`${prefix}audienceTeamIds.${bad}`, 'is not a team');
    }
    if (input.audience === SurveyAudience.REPS) {
      if (input.audienceRepIds.length === 0)
        throw AppError.badInput(`${prefix}audienceRepIds`, 'name at least one rep');
      const reps = await runSql<{ id: string }>(this.dataSource, repsAmong(input.audienceRepIds));
      const bad = input.audienceRepIds.findIndex((id) => !reps.some((rep) => rep.id === id));
      if (bad >= 0) throw AppError.badInput(`${prefix}audienceRepIds.${bad}`, 'is not a rep');
    }
    input.questions.forEach((question, index) => {
      const field = (name: string) => `${prefix}questions.${index}.${name}`;
      const choice = CHOICE_KINDS.has(question.kind);
      if (choice && question.options.length < 2)
        throw AppError.badInput(field('options'), 'a choice question needs at least 2 options');
      if (
        choice &&
        new Set(question.options.map((o) => o.trim().toLowerCase())).size !== question.options.length
      ) {
        throw AppError.badInput(field('options'), 'options must differ');
      }
      if (!choice && question.options.length > 0)
        throw AppError.badInput(field('options'), `a ${question.kind} question has no options`);
      if (question.toolId && !input.toolIds.includes(question.toolId))
        throw AppError.badInput(field('toolId'), "must be one of the survey's tools");
      if (question.textTopic && question.kind !== 'TEXT')
        throw AppError.badInput(field('textTopic'), 'only text questions have a topic');
    });
  }

  private async writeToolsAndQuestions(
    manager: EntityManager,
    surveyId: string,
    input: SurveyInput,
  ): Promise<void> {
    await runSql(manager, insertSurveyTools(surveyId, [...new Set(input.toolIds)]));
    for (const [index, question] of input.questions.entries()) {
      await runSql(
        manager,
        insertQuestion(surveyId, {
          position: index + 1,
          kind: question.kind,
          prompt: question.prompt,
          required: question.required,
          options: question.options.map((o) => o.trim()),
          toolId: question.toolId ?? null,
          textTopic: question.kind === 'TEXT' ? (question.textTopic ?? TextTopic.OTHER) : null,
        }),
      );
    }
  }
}

/** A survey's fields as stored: only the audience ids its audience kind reads. */
function surveyFields(input: SurveyInput): SurveyFields {
  return {
    title: input.title,
    description: input.description,
    anonymous: input.anonymous,
    minAnswers: input.minAnswers,
    audience: input.audience,
    audienceTeamIds: audienceTeams(input),
    audienceRepIds: audienceReps(input),
    opensAt: input.opensAt,
    closesAt: input.closesAt,
  };
}

function audienceTeams(input: SurveyInput): string[] {
  return input.audience === SurveyAudience.TEAMS ? [...new Set(input.audienceTeamIds)] : [];
}

function audienceReps(input: SurveyInput): string[] {
  return input.audience === SurveyAudience.REPS ? [...new Set(input.audienceRepIds)] : [];
}

/** A text[] literal for one row of an unnest: each element quoted and escaped. */
function toPgArray(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}

function toAnswerDto(row: {
  question_id: string;
  score: number | null;
  choices: string[] | null;
  text: string | null;
}): SurveyAnswerDto {
  return { questionId: row.question_id, score: row.score, choices: row.choices ?? [], text: row.text };
}
