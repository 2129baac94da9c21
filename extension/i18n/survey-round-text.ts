import type { SurveyRound } from '../../shared/schema/region-settings.ts';
import type { SurveyDefinition } from '../../shared/survey/definition.ts';
import { formatCount } from './format.ts';
import { t, textLanguage } from './t.ts';

/** The survey round the regiotafel asks for, named by the survey's title where it is known here. */
export function surveyRoundText(round: SurveyRound | undefined, definitions: readonly SurveyDefinition[]): string {
  if (round === undefined) return t('regionSettingsNoRound');
  const definition = definitions.find((candidate) => candidate.header.id === round.surveyId);
  if (definition === undefined) return t('regionSettingsRoundUnknown', round.surveyId, formatCount(round.round));
  return t('regionSettingsRound', definition.header.title[textLanguage()], formatCount(round.round));
}
