import { isLive, type RegionRecord } from '../schema/record.ts';
import type { SurveyDefinitionRef } from '../schema/survey-response.ts';

/**
 * The survey definitions a bundle names: those its live responses answer. Derived from the records
 * rather than carried over from the files read, so a file that lists definitions nobody answered
 * cannot make a merged regiobeeld list more than a reader accepts.
 */
export function surveyReferences(records: Iterable<RegionRecord>): SurveyDefinitionRef[] {
  const references: SurveyDefinitionRef[] = [];
  for (const record of records) if (record.type === 'surveyResponse' && isLive(record)) references.push(record.body.survey);
  return references;
}
