import { type SatisfactionWaveDto, SurveyStatus, ToolSignal } from './dtos/survey.dto';
import { judge } from './survey-results.service';
import { surveyStatus } from './survey.service';

const tool = { name: 'CRM', utilisation: 0.9, renewalDueSoon: false, daysToRenewal: 200, seatsBought: 10, seatsUsed: 9 };
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
});

describe('judge: keep, review or replace', () => {
  it('should keep a tool people like and use', () => {
    expect(judge(tool, wave(0.8), null)).toEqual({ signal: ToolSignal.KEEP, reasons: ['80% of users are satisfied (CSAT, wave 2)', '90% of seats in use'] });
  });

  it('should replace a tool few are satisfied with, and say when it renews', () => {
    const result = judge({ ...tool, renewalDueSoon: true, daysToRenewal: 40 }, wave(0.3), null);
    expect(result.signal).toBe(ToolSignal.REPLACE);
    expect(result.reasons).toEqual(['Only 30% of users are satisfied (CSAT, wave 2)', 'Renews in 40 days: decide before then']);
  });

  it('should review a tool with idle seats, a falling score or no results', () => {
    expect(judge({ ...tool, utilisation: 0.4, seatsUsed: 4 }, wave(0.8), null)).toMatchObject({ signal: ToolSignal.REVIEW, reasons: ['Only 4 of 10 seats are in use (40%)'] });
    expect(judge(tool, wave(0.72), wave(0.9, null, 1)).reasons).toContain('Satisfaction fell from 90% to 72% since wave 1');
    expect(judge(tool, null, null)).toMatchObject({ signal: ToolSignal.REVIEW, reasons: ['No satisfaction survey results yet'] });
  });

  it('should replace on a deeply negative NPS even with no CSAT', () => {
    expect(judge(tool, wave(null, -45), null)).toMatchObject({ signal: ToolSignal.REPLACE, reasons: ['NPS is -45'] });
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
    expect(surveyStatus({ published_at: published ? at(published) : null, opens_at: at(opens), closes_at: at(closes) }, now)).toBe(status);
  });
});
