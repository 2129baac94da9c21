import { z } from 'zod';
import { contentHash } from '../canonical/hash.ts';
import { LIMITS } from '../limits.ts';
import { JsonObject, type JsonValue } from '../schema/json-value.ts';
import type { SurveyDefinitionRef } from '../schema/survey-response.ts';
import { Label, SomeText } from './label.ts';
import type { QuestionInfo } from './questions.ts';

const Slug = z
  .string()
  .max(64)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens, such as "knelpunten-en-prioriteiten"');

/** What Regiobeeld itself needs to know about a survey, beside the SurveyJS JSON. */
export const SurveyHeader = z.strictObject({
  id: Slug,
  /** A changed definition is a new version in a new file; answers keep the version they were given to. */
  version: z.number().int().positive(),
  title: Label,
  description: z.strictObject({ nl: SomeText(LIMITS.longText), en: SomeText(LIMITS.longText) }),
  /** Theme keys of the regiobeeld (shared/catalog/themes.ts); empty for a survey about the process itself. */
  themes: z
    .array(Slug)
    .max(LIMITS.listItems)
    .refine((themes) => new Set(themes).size === themes.length, 'must not name a theme twice'),
  /**
   * For a survey that asks how partners think other domains see things: the survey those domains
   * answer themselves, and per matrix here (rows are domains) the rating there it estimates.
   */
  perceives: z
    .strictObject({
      survey: Slug,
      questions: z.record(z.string().max(LIMITS.shortText), z.string().max(LIMITS.shortText)),
    })
    .optional(),
});
export type SurveyHeader = z.infer<typeof SurveyHeader>;

export type SurveyJson = { [key: string]: JsonValue };

/**
 * One file in survey-definitions/: the header under "regiobeeld", the SurveyJS JSON under
 * "survey", so SurveyJS never meets a property it does not know.
 */
export const DefinitionFile = z.strictObject({
  regiobeeld: SurveyHeader,
  survey: JsonObject,
});
export type DefinitionFile = z.infer<typeof DefinitionFile>;

export interface SurveyDefinition {
  readonly fileName: string;
  readonly header: SurveyHeader;
  readonly survey: SurveyJson;
  /** The questions as the aggregation reads them, in the order a respondent meets them. */
  readonly questions: readonly QuestionInfo[];
}

/**
 * What a response records about the definition it answers. The hash covers the whole file, so
 * a definition edited without a new version is told apart from the one partners answered.
 */
export function definitionRef(definition: Pick<SurveyDefinition, 'header' | 'survey'>): SurveyDefinitionRef {
  const file: DefinitionFile = { regiobeeld: definition.header, survey: definition.survey };
  return { id: definition.header.id, version: definition.header.version, hash: contentHash(file) };
}
