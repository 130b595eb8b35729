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
} from '@salesops/api/core';
import { checkAnswer, MIN_ANONYMITY_THRESHOLD, releaseTakenAt, todayIsoDate } from '@salesops/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { type MySurveyDto, type SurveyAnswerDto, type SurveyDto, SurveyStatus } from './dtos/survey.dto';
import {
  type NewSurveyWaveInput,
  type SubmitSurveyResponseInput,
  type SurveyInput,
  type SurveysArgs,
  type SurveyVersionInput,
  type UpdateSurveyInput,
} from './dtos/survey.inputs';
import { memberPath, snapshotMembers, takeRelease } from './survey-anonymity.queries';
import { type QuestionKindEnum, SurveyAudience, type TextTopic } from './survey.entity';

export interface SurveyRow {
  id: string;
  series_id: string;
  wave: number;
  title: string;
  description: string;
  anonymous: boolean;
  min_answers: number;
  audience: SurveyAudience;
  audience_team_ids: string[];
  audience_rep_ids: string[];
  opens_at: Date;
  closes_at: Date;
  published_at: Date | null;
  version: number;
}

interface QuestionRow {
  id: string;
  survey_id: string;
  position: number;
  kind: QuestionKindEnum;
  prompt: string;
  required: boolean;
  options: string[];
  tool_id: string | null;
  text_topic: TextTopic | null;
}

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

/**
 * SQL condition on `rep r` for the reps a survey is meant for, with its parameters appended to
 * `params`. `s` names the survey's columns (audience kind and ids) in the surrounding query.
 */
export function audienceCondition(
  survey: Pick<SurveyRow, 'id' | 'audience' | 'audience_team_ids' | 'audience_rep_ids'>,
  params: unknown[],
): string {
  switch (survey.audience) {
    case SurveyAudience.EVERYONE:
      return 'r.active';
    case SurveyAudience.REPS:
      params.push(survey.audience_rep_ids);
      return `r.active AND r.id = ANY($${params.length}::uuid[])`;
    case SurveyAudience.TEAMS:
      params.push(survey.audience_team_ids);
      return `r.active AND r.team_id IN (
        WITH RECURSIVE below(id) AS (SELECT unnest($${params.length}::uuid[]) UNION SELECT t.id FROM team t JOIN below b ON t.parent_id = b.id)
        SELECT id FROM below)`;
    case SurveyAudience.SEAT_HOLDERS:
      params.push(survey.id);
      return `r.active AND EXISTS (
        SELECT 1 FROM tool_seat ts JOIN survey_tool st ON st.tool_id = ts.tool_id AND st.survey_id = $${params.length}
         WHERE ts.rep_id = r.id AND ts.starts_on <= current_date AND (ts.ends_on IS NULL OR ts.ends_on > current_date))`;
  }
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
    const params: unknown[] = [];
    const where: string[] = [];
    if (args.toolId) {
      params.push(args.toolId);
      where.push(
        `EXISTS (SELECT 1 FROM survey_tool st WHERE st.survey_id = s.id AND st.tool_id = $${params.length})`,
      );
    }
    const rows: SurveyRow[] = await this.dataSource.query(
      `SELECT s.* FROM survey s ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY s.opens_at DESC, s.id`,
      params,
    );
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
      await manager.query(
        `INSERT INTO survey (id, series_id, wave, title, description, anonymous, min_answers, audience, audience_team_ids, audience_rep_ids, opens_at, closes_at)
         VALUES ($1, $1, 1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          id,
          input.title,
          input.description,
          input.anonymous,
          input.minAnswers,
          input.audience,
          audienceTeams(input),
          audienceReps(input),
          input.opensAt,
          input.closesAt,
        ],
      );
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
      const [, affected] = await manager.query(
        `UPDATE survey SET title = $3, description = $4, anonymous = $5, min_answers = $6, audience = $7, audience_team_ids = $8,
                audience_rep_ids = $9, opens_at = $10, closes_at = $11, updated_at = now(), version = version + 1
          WHERE id = $1 AND version = $2 AND published_at IS NULL`,
        [
          input.id,
          input.expectedVersion,
          survey.title,
          survey.description,
          survey.anonymous,
          survey.minAnswers,
          survey.audience,
          audienceTeams(survey),
          audienceReps(survey),
          survey.opensAt,
          survey.closesAt,
        ],
      );
      if (affected !== 1)
        throw AppError.conflict(
          'The survey was changed or published by someone else; reload and try again',
          'expectedVersion',
        );
      await manager.query('DELETE FROM survey_question WHERE survey_id = $1', [input.id]);
      await manager.query('DELETE FROM survey_tool WHERE survey_id = $1', [input.id]);
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
      const [, affected] = await manager.query(
        'UPDATE survey SET published_at = now(), updated_at = now(), version = version + 1 WHERE id = $1 AND version = $2 AND published_at IS NULL',
        [input.id, input.expectedVersion],
      );
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
      const [, affected] = await manager.query(
        `UPDATE survey SET closes_at = now(), opens_at = least(opens_at, now() - interval '1 millisecond'), updated_at = now(), version = version + 1
          WHERE id = $1 AND version = $2`,
        [input.id, input.expectedVersion],
      );
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
      await manager.query(
        `INSERT INTO survey (id, series_id, wave, title, description, anonymous, min_answers, audience, audience_team_ids, audience_rep_ids, opens_at, closes_at)
         SELECT $1, series_id, (SELECT max(wave) + 1 FROM survey WHERE series_id = $3), title, description, anonymous, min_answers, audience,
                audience_team_ids, audience_rep_ids, $4, $5
           FROM survey WHERE id = $2`,
        [id, from.id, from.series_id, input.opensAt, input.closesAt],
      );
      await manager.query(
        'INSERT INTO survey_tool (survey_id, tool_id) SELECT $1, tool_id FROM survey_tool WHERE survey_id = $2',
        [id, from.id],
      );
      await manager.query(
        `INSERT INTO survey_question (id, survey_id, position, kind, prompt, required, options, tool_id, text_topic)
         SELECT gen_random_uuid(), $1, position, kind, prompt, required, options, tool_id, text_topic FROM survey_question WHERE survey_id = $2`,
        [id, from.id],
      );
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
    const open: SurveyRow[] = await this.dataSource.query(
      'SELECT s.* FROM survey s WHERE s.published_at IS NOT NULL AND s.opens_at <= now() AND s.closes_at > now() ORDER BY s.closes_at, s.id',
    );
    const mine: SurveyRow[] = [];
    for (const survey of open) if (await this.inAudience(survey, repId)) mine.push(survey);
    return this.entriesFor(mine, repId);
  }

  /** Each survey as the rep sees it: answered or not, and their answers for named surveys. */
  private async entriesFor(mine: SurveyRow[], repId: string): Promise<MySurveyDto[]> {
    if (mine.length === 0) return [];
    const keys = await Promise.all(mine.map((survey) => this.respondentKey(survey.id, repId)));
    const responses: { id: string; survey_id: string; anonymous: boolean }[] = await this.dataSource.query(
      `SELECT r.id, r.survey_id, s.anonymous FROM survey_response r JOIN survey s ON s.id = r.survey_id
        WHERE (r.survey_id, r.respondent_key) IN (SELECT * FROM unnest($1::uuid[], $2::text[]))`,
      [mine.map((survey) => survey.id), keys],
    );
    // Named surveys only: an anonymous response is never read back, not even for its author.
    const named = responses.filter((response) => !response.anonymous);
    const answers: {
      response_id: string;
      question_id: string;
      score: number | null;
      choices: string[] | null;
      text: string | null;
    }[] = named.length
      ? await this.dataSource.query(
          'SELECT response_id, question_id, score, choices, text FROM survey_answer WHERE response_id = ANY($1)',
          [named.map((r) => r.id)],
        )
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
    const questions: QuestionRow[] = await this.dataSource.query(
      'SELECT * FROM survey_question WHERE survey_id = $1 ORDER BY position',
      [survey.id],
    );
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
      if (survey.anonymous) await manager.query('SELECT 1 FROM survey WHERE id = $1 FOR UPDATE', [survey.id]);
      const [response]: { id: string; inserted: boolean }[] = await manager.query(
        `INSERT INTO survey_response (id, survey_id, respondent_key, rep_id, team_id, team_path, submitted_on, submitted_at)
         VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (survey_id, respondent_key) DO UPDATE SET submitted_on = EXCLUDED.submitted_on, submitted_at = EXCLUDED.submitted_at
         RETURNING id, (xmax = 0) AS inserted`,
        // Anonymous: no rep and no time of day, so the row cannot be matched to a sign-in or a request log.
        [
          survey.id,
          key,
          survey.anonymous ? null : repId,
          teamPath.at(-1) ?? null,
          teamPath,
          todayIsoDate(),
          survey.anonymous ? null : new Date(),
        ],
      );
      await manager.query('DELETE FROM survey_answer WHERE response_id = $1', [response.id]);
      if (kept.length > 0) {
        await manager.query(
          `INSERT INTO survey_answer (id, response_id, question_id, score, choices, text)
           SELECT gen_random_uuid(), $1, q, s, CASE WHEN c = '' THEN NULL ELSE c::text[] END, t
             FROM unnest($2::uuid[], $3::int[], $4::text[], $5::text[]) AS a(q, s, c, t)`,
          [
            response.id,
            kept.map((a) => a.questionId),
            kept.map((a) => a.score ?? null),
            kept.map((a) => (a.choices?.length ? toPgArray(a.choices) : '')),
            kept.map((a) => a.text?.trim() || null),
          ],
        );
      }
      // A new response (never a re-submission) that brings the count to a multiple of k takes a release.
      if (survey.anonymous && response.inserted) {
        const [{ n }]: { n: number }[] = await manager.query(
          'SELECT count(*)::int AS n FROM survey_response WHERE survey_id = $1',
          [survey.id],
        );
        const generation = releaseTakenAt(n, Math.max(survey.min_answers, MIN_ANONYMITY_THRESHOLD));
        if (generation !== null) await takeRelease(manager, survey.id, generation, n);
      }
    });
    const [entry] = await this.entriesFor([survey], repId);
    return entry;
  }

  async rows(ids: string[]): Promise<SurveyRow[]> {
    return this.dataSource.query('SELECT * FROM survey WHERE id = ANY($1)', [ids]);
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
    const [tools, questions, counts]: [
      { survey_id: string; id: string; name: string }[],
      QuestionRow[],
      { survey_id: string; n: string }[],
    ] = await Promise.all([
      this.dataSource.query(
        'SELECT st.survey_id, t.id, t.name FROM survey_tool st JOIN sales_tool t ON t.id = st.tool_id WHERE st.survey_id = ANY($1) ORDER BY lower(t.name)',
        [ids],
      ),
      this.dataSource.query('SELECT * FROM survey_question WHERE survey_id = ANY($1) ORDER BY position', [
        ids,
      ]),
      this.dataSource.query(
        'SELECT survey_id, count(*) AS n FROM survey_response WHERE survey_id = ANY($1) GROUP BY survey_id',
        [ids],
      ),
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
    const params: unknown[] = [repId];
    const condition = audienceCondition(survey, params);
    const rows = await this.dataSource.query(`SELECT 1 FROM rep r WHERE r.id = $1 AND ${condition}`, params);
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
    await this.dataSource.query(
      "INSERT INTO app_secret (name, value) VALUES ('survey_anonymity_key', $1) ON CONFLICT (name) DO NOTHING",
      [randomBytes(32).toString('hex')],
    );
    const [row]: { value: string }[] = await this.dataSource.query(
      "SELECT value FROM app_secret WHERE name = 'survey_anonymity_key'",
    );
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
    const tools: { id: string }[] = await this.dataSource.query(
      'SELECT id FROM sales_tool WHERE id = ANY($1)',
      [toolIds],
    );
    const missing = input.toolIds.findIndex((id) => !tools.some((tool) => tool.id === id));
    if (missing >= 0) throw AppError.badInput(`${prefix}toolIds.${missing}`, 'is not a tool');
    if (input.audience === SurveyAudience.TEAMS) {
      if (input.audienceTeamIds.length === 0)
        throw AppError.badInput(`${prefix}audienceTeamIds`, 'name at least one team');
      const teams: { id: string }[] = await this.dataSource.query('SELECT id FROM team WHERE id = ANY($1)', [
        input.audienceTeamIds,
      ]);
      const bad = input.audienceTeamIds.findIndex((id) => !teams.some((team) => team.id === id));
      if (bad >= 0) throw AppError.badInput(`${prefix}audienceTeamIds.${bad}`, 'is not a team');
    }
    if (input.audience === SurveyAudience.REPS) {
      if (input.audienceRepIds.length === 0)
        throw AppError.badInput(`${prefix}audienceRepIds`, 'name at least one rep');
      const reps: { id: string }[] = await this.dataSource.query('SELECT id FROM rep WHERE id = ANY($1)', [
        input.audienceRepIds,
      ]);
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
    await manager.query('INSERT INTO survey_tool (survey_id, tool_id) SELECT $1, unnest($2::uuid[])', [
      surveyId,
      [...new Set(input.toolIds)],
    ]);
    for (const [index, question] of input.questions.entries()) {
      await manager.query(
        `INSERT INTO survey_question (id, survey_id, position, kind, prompt, required, options, tool_id, text_topic)
         VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          surveyId,
          index + 1,
          question.kind,
          question.prompt,
          question.required,
          question.options.map((o) => o.trim()),
          question.toolId ?? null,
          question.kind === 'TEXT' ? (question.textTopic ?? 'OTHER') : null,
        ],
      );
    }
  }
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
