import { join } from 'node:path';
import { analyseRegiobeeld, CSV_FILE_NAMES, csvExports, type RegiobeeldAnalysis } from '../../shared/regiobeeld/analyse.ts';
import { wijkNameMap } from '../../shared/catalog/wijken.ts';
import { WIJKEN } from '../../shared/catalog/wijken-data.ts';
import { renderReport } from '../../shared/report/render-report.ts';
import type { ReportLanguage } from '../../shared/report/texts.ts';
import { loadDefinitions } from '../../shared/survey/load-definitions.ts';
import { listSome } from '../../shared/wording/list-some.ts';
import { DEFINITION_SOURCES } from '../../survey-definitions/index.ts';
import { EXIT, type ExitCode } from '../exit-codes.ts';
import type { WriteFiles } from '../write-files-atomic.ts';
import { type MergeDeps, type MergeOptions, readAndMerge, refusedOutcome } from './merge.ts';

/** Cycles are a list of lists: fewer of each, so the warning stays one readable line. */
const CYCLES_LISTED = 5;
const IDS_PER_CYCLE = 10;
/** Each group names two or more partners with their ids: fewer groups keep the line readable. */
const LOOK_ALIKES_LISTED = 5;

export interface ReportDeps extends MergeDeps {
  /** Writes the CSV files as one set: the folder holds the old set or the new one, never a mix. */
  readonly writeFiles: WriteFiles;
}

/** What `report` writes: the CSV files into a folder, the HTML report to a file, or both. */
export interface ReportTargets {
  readonly csvDir: string | undefined;
  readonly html: string | undefined;
  readonly language: ReportLanguage;
}

/**
 * Merges the bundles as `merge` does and writes the regiobeeld's CSV exports into `csvDir` (for
 * Dutch Excel: observations, issues, survey aggregates, the gespreksagenda and the trace matrix) and/or the
 * self-contained HTML report to `html`. Refused files are left out and the rest is still
 * reported (exit 1), as with `merge`.
 */
export async function report(files: readonly string[], targets: ReportTargets, deps: ReportDeps, options: MergeOptions = {}): Promise<ExitCode> {
  const { output, texts } = deps;
  const list = (items: readonly string[], options: { readonly max?: number; readonly separator?: string } = {}) =>
    listSome(items, { ...options, language: texts.language });
  const where = [targets.csvDir, targets.html].filter((target) => target !== undefined).join(texts.and);
  const notWritten = [
    targets.csvDir === undefined ? null : texts.noCsvWritten(targets.csvDir),
    targets.html === undefined ? null : texts.notWritten(targets.html),
  ];
  // jsdom only gives Plot a document to draw the charts in; it runs nothing and is loaded only for
  // --html, meanwhile the bundles are read (on other threads when there are many).
  const jsdom = targets.html === undefined ? undefined : import('jsdom');
  jsdom?.catch(() => undefined);
  const merged = await readAndMerge(files, notWritten.filter((part) => part !== null).join(texts.and), deps, options);
  if (!merged.ok) return EXIT.failed;

  // The definitions ship with the program and are checked by its tests; a response to a survey not
  // among them is counted as unmatched, never guessed at.
  const { definitions } = loadDefinitions(DEFINITION_SOURCES);
  // Node loads every catalogued wijk at once: the files name a wijk by its name, not its code.
  const analysis = analyseRegiobeeld(merged.bundle.region, merged.bundle.records, definitions, {}, wijkNameMap(WIJKEN));
  if (targets.csvDir !== undefined && !(await writeCsv(analysis, targets.csvDir, deps))) return EXIT.failed;
  if (targets.html !== undefined && jsdom !== undefined) {
    const { JSDOM } = await jsdom;
    const { document } = new JSDOM('').window;
    const written = await deps.writeText(
      targets.html,
      renderReport(analysis, { generatedAt: new Date(deps.now()).toISOString(), language: targets.language, document }),
    );
    if (!written.ok) {
      output.err(texts.cannotWriteHtml(targets.html, texts.fileProblem(written.problem)));
      return EXIT.failed;
    }
    output.out(texts.wroteHtml(targets.html, targets.language));
  }

  const { counts } = analysis.overview;
  const counted = analysis.surveys.surveys.reduce((sum, survey) => sum + survey.respondents, 0);
  output.out(texts.reportRegion(merged.bundle.region));
  output.out(texts.reportObservations(counts.observation));
  output.out(texts.reportIssues(counts.issue));
  output.out(texts.reportSurveys(counted, analysis.surveys.surveys.length));
  output.out(texts.reportAgenda(analysis.agenda.length));
  const { coverage, index } = analysis.plan;
  output.out(
    texts.reportPlan({
      items: index.items.length,
      links: index.links.length,
      uncovered: coverage.uncoveredTopIssues.length,
      standAlone: coverage.standAlone.length,
      suspect: coverage.suspect.length,
      dangling: coverage.dangling.length,
    }),
  );
  if (coverage.cycles.length > 0) {
    const circles = list(
      coverage.cycles.map((ids) => list(ids, { max: IDS_PER_CYCLE })),
      { max: CYCLES_LISTED, separator: '; ' },
    );
    output.err(texts.planCycles(coverage.cycles.length, circles));
  }
  const unmatched = analysis.surveys.unmatched.length;
  if (unmatched > 0) output.err(texts.unmatchedResponses(unmatched));
  const outOfRound = analysis.surveys.outOfRound;
  if (outOfRound.length > 0) output.err(texts.outOfRound(outOfRound.length, list(outOfRound.map((ref) => texts.surveyRound(ref.survey.id, ref.round ?? 1)))));
  if (analysis.lookAlikeNames.length > 0) {
    const groups = list(
      analysis.lookAlikeNames.map((group) => group.partners.map((partner) => `"${partner.organisation}" (${partner.id})`).join(texts.and)),
      { max: LOOK_ALIKES_LISTED, separator: '; ' },
    );
    output.err(texts.lookAlikes(groups));
  }
  if (analysis.issues.dangling.length > 0)
    output.err(texts.danglingIssues(analysis.issues.dangling.length, list(analysis.issues.dangling.map((d) => d.issueId))));
  return refusedOutcome(merged, where, output, texts);
}

async function writeCsv(analysis: RegiobeeldAnalysis, csvDir: string, deps: ReportDeps): Promise<boolean> {
  const texts = csvExports(analysis);
  const written = await deps.writeFiles(CSV_FILE_NAMES.map((name) => ({ path: join(csvDir, name), text: texts[name] })));
  if (!written.ok) {
    deps.output.err(deps.texts.cannotWriteCsv(written.path, deps.texts.fileProblem(written.problem), csvDir));
    return false;
  }
  deps.output.out(deps.texts.wroteCsv(CSV_FILE_NAMES.length, csvDir, CSV_FILE_NAMES.join(', ')));
  return true;
}
