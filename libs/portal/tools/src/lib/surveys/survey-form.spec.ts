import { createEnvironmentInjector, DestroyRef, EnvironmentInjector } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { detail } from './survey-fixtures';
import {
  applyKind,
  fillSurveyForm,
  markServerErrors,
  type QuestionContext,
  questionForm,
  surveyForm,
  watchSurveyRules,
} from './survey-form';
import { draftOf, emptyDraft, newQuestion, type QuestionDraft } from './survey-model';

const CRM = 'tool-crm';
const DIALER = 'tool-dialer';

/** A builder's lifetime: the form's subscriptions end when it is destroyed. */
function lifetime() {
  const injector = createEnvironmentInjector([], TestBed.inject(EnvironmentInjector));
  return { destroyRef: injector.get(DestroyRef), destroy: () => injector.destroy() };
}

function context(toolIds: readonly string[] = [CRM], destroyRef = lifetime().destroyRef): QuestionContext {
  return { toolIds: () => toolIds, destroyRef };
}

function question(overrides: Partial<QuestionDraft> = {}): QuestionDraft {
  return { ...newQuestion('CSAT', [CRM], 'How satisfied?'), ...overrides };
}

describe('surveyForm', () => {
  it('should start a new survey open now for two weeks, refused until it has a title, tools and questions', () => {
    const form = surveyForm(emptyDraft(new Date(2026, 10, 27, 9, 30, 45)));

    expect(form.getRawValue()).toMatchObject({
      opensAt: '2026-11-27T09:30',
      closesAt: '2026-12-11T09:30',
      anonymous: false,
      minAnswers: 5,
      audience: 'SEAT_HOLDERS',
    });
    expect(form.controls.title.errors).toEqual({ required: true });
    expect(form.controls.toolIds.errors).toEqual({ required: true });
    expect(form.controls.questions.errors).toEqual({ noQuestions: true });
    expect(form.controls.opensAt.valid).toBe(true);
    expect(form.controls.closesAt.valid).toBe(true);
  });

  it('should refuse a blank title, too many tools and a bad or early closing date', () => {
    const form = surveyForm();

    form.controls.title.setValue('   ');
    form.controls.toolIds.setValue(Array.from({ length: 11 }, (_, i) => `tool-${i}`));
    form.controls.opensAt.setValue('2027-01-10T09:00');
    form.controls.closesAt.setValue('2027-01-09T09:00');

    expect(form.controls.title.errors).toEqual({ required: true });
    expect(form.controls.toolIds.errors).toEqual({ tooManyTools: true });
    expect(form.controls.closesAt.errors).toEqual({ order: true });
    form.controls.closesAt.setValue('next week');
    expect(form.controls.closesAt.errors).toEqual({ date: true });
  });
});

describe('watchSurveyRules', () => {
  it('should check the rules that depend on another field again when that field changes', () => {
    const form = surveyForm();
    watchSurveyRules(form, lifetime().destroyRef);
    form.controls.minAnswers.setValue(2);
    expect(form.controls.minAnswers.valid).toBe(true);

    form.controls.anonymous.setValue(true);
    expect(form.controls.minAnswers.errors).toEqual({ minAnswers: 'tooLow' });

    form.controls.audience.setValue('TEAMS');
    expect(form.controls.audienceTeamIds.errors).toEqual({ audienceEmpty: 'TEAMS' });
    expect(form.controls.audienceRepIds.valid).toBe(true);

    form.controls.closesAt.setValue('2027-01-09T09:00');
    form.controls.opensAt.setValue('2027-01-10T09:00');
    expect(form.controls.closesAt.errors).toEqual({ order: true });
  });

  it('should move a question about a tool the survey no longer covers to its first tool', () => {
    const form = surveyForm();
    const life = lifetime();
    watchSurveyRules(form, life.destroyRef);
    form.controls.questions.push(questionForm(question({ toolId: CRM }), context()));
    form.controls.questions.push(questionForm(question({ kind: 'TEXT', toolId: null }), context()));

    form.controls.toolIds.setValue([DIALER]);
    expect(form.controls.questions.at(0).controls.toolId.value).toBe(DIALER);
    expect(form.controls.questions.at(1).controls.toolId.value).toBeNull();

    life.destroy();
    form.controls.toolIds.setValue([CRM]);
    expect(form.controls.questions.at(0).controls.toolId.value).toBe(DIALER);
  });
});

describe('questionForm', () => {
  it('should refuse a choice question with fewer than two options from the start', () => {
    const group = questionForm(question({ kind: 'SINGLE_CHOICE', options: ['Only one'] }), context());

    expect(group.controls.options.errors).toEqual({ options: 'tooFew' });
    expect(group.controls.prompt.valid).toBe(true);
  });

  it('should give a question what its new kind needs when the kind changes', () => {
    const group = questionForm(
      question({ kind: 'TEXT', toolId: null, textTopic: 'LIKES' }),
      context([DIALER]),
    );

    group.controls.kind.setValue('MULTI_CHOICE');
    expect(group.controls.options.value).toEqual(['', '']);
    expect(group.controls.options.errors).toEqual({ options: 'tooFew' });

    group.controls.kind.setValue('NPS');
    expect(group.controls.toolId.value).toBe(DIALER);
    expect(group.controls.options.valid).toBe(true);
  });

  it('should stop following its kind once the builder is gone', () => {
    const life = lifetime();
    const group = questionForm(question({ kind: 'TEXT', toolId: null }), context([CRM], life.destroyRef));

    life.destroy();
    group.controls.kind.setValue('SINGLE_CHOICE');
    expect(group.controls.options.length).toBe(0);
  });
});

describe('applyKind', () => {
  it('should keep what a question already has and fill in only what is missing', () => {
    const group = questionForm(question({ kind: 'TEXT', toolId: DIALER, textTopic: null }), context());

    applyKind(group, 'TEXT', [CRM]);
    expect(group.controls.textTopic.value).toBe('OTHER');
    applyKind(group, 'CSAT', [CRM]);
    expect(group.controls.toolId.value).toBe(DIALER);
    group.controls.toolId.setValue(null);
    applyKind(group, 'CSAT', []);
    expect(group.controls.toolId.value).toBeNull();
  });
});

describe('fillSurveyForm', () => {
  it('should put a stored survey in the form, its questions in order, as not yet changed', () => {
    const form = surveyForm();
    const stored = detail({ title: 'CRM pulse', audience: 'TEAMS', audienceTeamIds: ['t1'] });
    form.controls.questions.push(questionForm(question(), context()));
    form.markAsDirty();

    fillSurveyForm(form, draftOf(stored), context());

    expect(form.controls.title.value).toBe('CRM pulse');
    expect(form.controls.toolIds.value).toEqual([CRM]);
    expect(form.controls.audienceTeamIds.value).toEqual(['t1']);
    expect(form.controls.questions.getRawValue().map((q) => [q.kind, q.prompt, q.options])).toEqual([
      ['CSAT', 'How satisfied are you?', []],
      ['SINGLE_CHOICE', 'How often?', ['Daily', 'Weekly']],
    ]);
    expect(form.valid).toBe(true);
    expect(form.pristine).toBe(true);
  });
});

describe('markServerErrors', () => {
  it('should put the API errors on their controls, shown, and return the ones no control owns', () => {
    const form = surveyForm();
    form.controls.questions.push(questionForm(question(), context()));
    form.controls.title.setValue('Pulse');

    const { hasPlaced, unplaced } = markServerErrors(form, {
      'input.title': 'already used',
      'questions.0.prompt': 'too vague',
      'questions.3.prompt': 'gone',
      expectedVersion: 'changed meanwhile',
    });

    expect(hasPlaced).toBe(true);
    expect(unplaced).toEqual(['gone', 'changed meanwhile']);
    expect(form.controls.title.errors).toEqual({ server: 'already used' });
    expect(form.controls.title.touched).toBe(true);
    expect(form.controls.questions.at(0).controls.prompt.errors).toEqual({ server: 'too vague' });
  });

  it('should say when no error has a control', () => {
    const { hasPlaced, unplaced } = markServerErrors(surveyForm(), { expectedVersion: 'changed' });

    expect(hasPlaced).toBe(false);
    expect(unplaced).toEqual(['changed']);
  });
});
