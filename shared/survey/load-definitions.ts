import { formatPath } from '../bundle/errors.ts';
import { isThemeKey } from '../catalog/themes.ts';
import { LIMITS } from '../limits.ts';
import { compareText } from '../canonical/compare-text.ts';
import { DefinitionFile, type SurveyDefinition } from './definition.ts';
import { readQuestions } from './questions.ts';
import { isLabelJson } from './survey-json.ts';

export interface DefinitionSource {
  readonly fileName: string;
  /** The parsed JSON of the file. */
  readonly content: unknown;
}

/** Why a definition file is not offered: the file, where in it, and an English reason. */
export interface DefinitionProblem {
  readonly fileName: string;
  readonly path: string;
  readonly reason: string;
}

export interface LoadedDefinitions {
  /** Sorted by id, then version. */
  readonly definitions: readonly SurveyDefinition[];
  readonly problems: readonly DefinitionProblem[];
}

/**
 * Validates every definition file on its own; a file with any problem is reported and left out,
 * the others are still offered. A file is named after what it holds (`<id>.v<version>.json`), so
 * an old version stays beside the new one and answers given to it can still be read.
 */
export function loadDefinitions(sources: readonly DefinitionSource[]): LoadedDefinitions {
  const definitions: SurveyDefinition[] = [];
  const problems: DefinitionProblem[] = [];
  for (const source of sources) {
    const result = loadDefinition(source);
    if ('definition' in result) {
      const { id, version } = result.definition.header;
      const earlier = definitions.find((d) => d.header.id === id && d.header.version === version);
      if (earlier) problems.push({ fileName: source.fileName, path: 'regiobeeld', reason: `${earlier.fileName} already defines "${id}" version ${version}` });
      else definitions.push(result.definition);
    } else problems.push(...result.problems);
  }
  definitions.sort((a, b) => compareText(a.header.id, b.header.id) || a.header.version - b.header.version);
  return { definitions, problems };
}

function loadDefinition({ fileName, content }: DefinitionSource): { definition: SurveyDefinition } | { problems: DefinitionProblem[] } {
  const problem = (path: string, reason: string): DefinitionProblem => ({ fileName, path, reason });
  const parsed = DefinitionFile.safeParse(content);
  if (!parsed.success) {
    return { problems: parsed.error.issues.map((issue) => problem(formatPath(issue.path), issue.message)) };
  }
  const { regiobeeld: header, survey } = parsed.data;
  const problems: DefinitionProblem[] = [];
  const expectedName = `${header.id}.v${header.version}.json`;
  if (fileName !== expectedName) problems.push(problem('regiobeeld', `the file for "${header.id}" version ${header.version} must be named ${expectedName}`));

  for (const theme of header.themes) {
    if (!isThemeKey(theme)) problems.push(problem('regiobeeld.themes', `"${theme}" is not a theme of the regiobeeld (shared/catalog/themes.ts)`));
  }
  const title = survey['title'];
  if (!isLabelJson(title) || title.default !== header.title.nl || title.en !== header.title.en) {
    problems.push(problem('survey.title', 'must be the title of the header, as { "default": Dutch, "en": English }'));
  }
  const { questions, problems: structure } = readQuestions(survey);
  problems.push(...structure.map((p) => problem(p.path, p.reason)));
  for (const name of Object.keys(header.perceives?.questions ?? {})) {
    if (!questions.some((q) => q.name === name && q.kind === 'matrix'))
      problems.push(problem('regiobeeld.perceives.questions', `"${name}" is not a matrix question of this survey`));
  }
  if (questions.length === 0 || questions.length > LIMITS.listItems) {
    problems.push(problem('survey.pages', `a survey has between 1 and ${LIMITS.listItems} questions; this one has ${questions.length}`));
  }
  return problems.length > 0 ? { problems } : { definition: { fileName, header, survey, questions } };
}
