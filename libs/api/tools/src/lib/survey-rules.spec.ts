import { ScorecardFindingKind, SurveyStatus, ToolSignal } from './dtos/survey.enums';
import { type SatisfactionWaveDto } from './dtos/tool-scorecard.dto';
import { surveyStatus } from './survey.service';
import { judge } from './survey-results.service';

const tool = {
  name: 'CRM',
  utilisation: 0.9,
  renewalDueSoon: false,
  daysToRenewal: 200,
  seatsBought: 10,
  seatsUsed: 9,
};
const wave = (csat: number | null, nps: number | null = null, n = 2): SatisfactionWaveDto => ({
  surveyId: `s${n}`,
  seriesId: 's',
  title: 'Pulse',
  wave: n,
  closesAt: new Date(),
  responses: 10,
  csat,
  nps,
  meanScore: null,
  scores: 10,
  scoresNeeded: 3,
  provisional: false,
});

const reasons = (result: ReturnType<typeof judge>) => result.findings.map((finding) => finding.reason);

describe('judge: keep, review or replace', () => {
  it('should keep a tool people like and use, with the figures behind each reason', () => {
    const result = judge(tool, wave(0.8), null);
    expect(result.signal).toBe(ToolSignal.KEEP);
    expect(result.findings).toEqual([
      {
        kind: ScorecardFindingKind.CSAT,
        weighs: ToolSignal.KEEP,
        reason: '80% of users are satisfied (CSAT, wave 2)',
        value: 0.8,
        previous: null,
        wave: 2,
        previousWave: null,
        seatsUsed: null,
        seatsBought: null,
        days: null,
      },
      {
        kind: ScorecardFindingKind.SEATS,
        weighs: ToolSignal.KEEP,
        reason: '90% of seats in use',
        value: 0.9,
        previous: null,
        wave: null,
        previousWave: null,
        seatsUsed: 9,
        seatsBought: 10,
        days: null,
      },
    ]);
  });

  it('should replace a tool few are satisfied with, and say when it renews', () => {
    const result = judge({ ...tool, renewalDueSoon: true, daysToRenewal: 40 }, wave(0.3), null);
    expect(result.signal).toBe(ToolSignal.REPLACE);
    expect(reasons(result)).toEqual([
      'Only 30% of users are satisfied (CSAT, wave 2)',
      'Renews in 40 days: decide before then',
    ]);
    expect(result.findings.map((f) => [f.kind, f.weighs])).toEqual([
      [ScorecardFindingKind.CSAT, ToolSignal.REPLACE],
      [ScorecardFindingKind.RENEWAL_SOON, ToolSignal.REVIEW],
    ]);
    expect(result.findings[1].days).toBe(40);
  });

  it('should review a tool with idle seats, a falling score or no results', () => {
    const idle = judge({ ...tool, utilisation: 0.4, seatsUsed: 4 }, wave(0.8), null);
    expect(idle.signal).toBe(ToolSignal.REVIEW);
    expect(reasons(idle)).toEqual(['Only 4 of 10 seats are in use (40%)']);
    const fell = judge(tool, wave(0.72), wave(0.9, null, 1));
    expect(reasons(fell)).toContain('Satisfaction fell from 90% to 72% since wave 1');
    expect(fell.findings.find((f) => f.kind === ScorecardFindingKind.CSAT_FELL)).toMatchObject({
      value: 0.72,
      previous: 0.9,
      wave: 2,
      previousWave: 1,
    });
    const none = judge(tool, null, null);
    expect(none.signal).toBe(ToolSignal.REVIEW);
    expect(reasons(none)).toEqual(['No satisfaction survey results yet']);
  });

  it('should replace on a deeply negative NPS even with no CSAT, and review a mildly negative one', () => {
    const deep = judge(tool, wave(null, -45), null);
    expect(deep.signal).toBe(ToolSignal.REPLACE);
    expect(deep.findings).toEqual([
      expect.objectContaining({
        kind: ScorecardFindingKind.NPS,
        weighs: ToolSignal.REPLACE,
        value: -45,
        reason: 'NPS is -45',
      }),
    ]);
    expect(reasons(judge(tool, wave(null, -10), null))).toEqual([
      'NPS is -10, more detractors than promoters',
    ]);
  });
});

describe('judge: no verdict on too few answers or an open wave', () => {
  it('should say a wave has too few answers instead of judging it, and name the wave and the counts', () => {
    const few = { ...wave(0), scores: 1 };
    const result = judge(tool, null, null, few);
    expect(result.signal).toBe(ToolSignal.REVIEW);
    expect(result.findings).toEqual([
      expect.objectContaining({
        kind: ScorecardFindingKind.FEW_ANSWERS,
        weighs: ToolSignal.REVIEW,
        wave: 2,
        value: 1,
        previous: 3,
        reason: 'Too few answers to judge yet: wave 2 has 1 of the 3 needed',
      }),
    ]);
  });

  it('should call a still-open wave provisional instead of judging it', () => {
    const open = { ...wave(0), provisional: true };
    expect(judge(tool, null, null, open).findings).toEqual([
      expect.objectContaining({
        kind: ScorecardFindingKind.PROVISIONAL,
        wave: 2,
        reason: 'Wave 2 is still open: no verdict rests on its results until it closes',
      }),
    ]);
  });
});

describe('surveyStatus', () => {
  const now = new Date('2027-01-10T12:00:00Z');
  const at = (iso: string) => new Date(iso);
  it.each([
    [null, '2027-01-01', '2027-01-20', SurveyStatus.DRAFT],
    ['2027-01-01', '2027-01-11', '2027-01-20', SurveyStatus.SCHEDULED],
    ['2027-01-01', '2027-01-01', '2027-01-20', SurveyStatus.OPEN],
    ['2027-01-01', '2027-01-01', '2027-01-10T12:00:00Z', SurveyStatus.CLOSED],
  ])('published %s, open %s to %s: %s', (published, opens, closes, status) => {
    expect(
      surveyStatus(
        { published_at: published ? at(published) : null, opens_at: at(opens), closes_at: at(closes) },
        now,
      ),
    ).toBe(status);
  });
});
