import { isLive, type RegionRecord } from '../../../shared/schema/record.ts';

/** The first survey the getting-started card points to: the one the others build on. */
export const FIRST_SURVEY_ID = 'knelpunten-en-prioriteiten';

export interface OnboardingProgress {
  readonly clipped: boolean;
  readonly surveyed: boolean;
}

/**
 * What this partner has done of the first steps, read from the stored records rather than kept as
 * flags: an import or a deletion changes it the same way a clip does.
 */
export function onboardingProgress(records: readonly RegionRecord[], origin: string): OnboardingProgress {
  const own = records.filter((record) => record.origin === origin && isLive(record));
  return {
    clipped: own.some((record) => record.type === 'observation'),
    surveyed: own.some((record) => record.type === 'surveyResponse'),
  };
}
