import type { SurveyChart } from '../../../shared/charts/survey-charts.ts';

/** Which survey results a chart belongs to: the survey and its Delphi round. */
export interface SurveyRound {
  readonly surveyId: string;
  readonly round: number | null;
}

/**
 * A name as a part of an element id: letters, digits and hyphens stay, anything else becomes its
 * code point between underscores. The parts are joined by dots, which no part holds, so two
 * different surveys, rounds or questions never share an id, whatever their names. Only characters
 * a URL fragment carries as they are remain, so `#id` needs no encoding.
 */
function idPart(name: string): string {
  return name.replace(/[^A-Za-z0-9-]/gu, (character) => `_${character.codePointAt(0)?.toString(16) ?? ''}_`);
}

/** The element id of a survey's results; responses outside rounds are grouped as round 0, as in the aggregation. */
export function surveyAnchor({ surveyId, round }: SurveyRound): string {
  return ['survey', idPart(surveyId), String(round ?? 0)].join('.');
}

/** The element id of a chart's figure, which the survey's index of charts links to. */
export function chartAnchor(survey: SurveyRound, chart: Pick<SurveyChart, 'kind' | 'question'>): string {
  return ['survey-chart', idPart(survey.surveyId), String(survey.round ?? 0), chart.kind, idPart(chart.question)].join('.');
}
