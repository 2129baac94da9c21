import { z } from 'zod';
import { LIMITS } from '../limits.ts';
import { derivedId, RecordId } from './ids.ts';
import { NonEmptyShortText, TextList } from './text.ts';

/** The survey the regiotafel asks the partners to fill now, and for a Delphi survey which round. */
export const SurveyRound = z.strictObject({
  surveyId: NonEmptyShortText,
  round: z.number().int().positive().max(LIMITS.delphiRounds),
});
export type SurveyRound = z.infer<typeof SurveyRound>;

/**
 * What the coordinator publishes for the whole region (bundle version 8): the shared issue list
 * (after merging, in the table's order), the themes partners tag with, and the current survey
 * round. An empty issue or theme list publishes none: then every standing issue and the catalogue's
 * themes are offered, as before a list existed.
 */
export const RegionSettingsBody = z
  .strictObject({
    issueIds: z.array(RecordId).max(LIMITS.offeredIssues),
    /** Theme keys of the catalogue, or the table's own themes as written. */
    themes: TextList,
    surveyRound: SurveyRound.optional(),
  })
  .check((ctx) => {
    const { issueIds, themes } = ctx.value;
    if (new Set(issueIds).size !== issueIds.length) ctx.issues.push({ code: 'custom', input: issueIds, path: ['issueIds'], message: 'names an issue twice' });
    if (themes.some((theme) => theme.trim() === '')) ctx.issues.push({ code: 'custom', input: themes, path: ['themes'], message: 'holds an empty theme' });
    if (new Set(themes).size !== themes.length) ctx.issues.push({ code: 'custom', input: themes, path: ['themes'], message: 'names a theme twice' });
  });
export type RegionSettingsBody = z.infer<typeof RegionSettingsBody>;

/**
 * One settings record per writer: its id is derived from the installation that writes it, so no
 * other partner can write a later version that would hide the coordinator's (and only a
 * coordinator's counts, see `readRegionSettings`).
 */
export function regionSettingsId(origin: RecordId): RecordId {
  return derivedId('region-settings', origin);
}
