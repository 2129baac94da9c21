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
import { plural } from '../plural.ts';
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
  const { output } = deps;
  const where = [targets.csvDir, targets.html].filter((target) => target !== undefined).join(' and ');
  const notWritten = [
    targets.csvDir === undefined ? null : `no CSV file was written to ${targets.csvDir}`,
    targets.html === undefined ? null : `${targets.html} was not written`,
  ];
  // jsdom only gives Plot a document to draw the charts in; it runs nothing and is loaded only for
  // --html, meanwhile the bundles are read (on other threads when there are many).
  const jsdom = targets.html === undefined ? undefined : import('jsdom');
  jsdom?.catch(() => undefined);
  const merged = await readAndMerge(files, notWritten.filter((part) => part !== null).join(' and '), deps, options);
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
      output.err(`${targets.html}: cannot write the HTML report: ${written.reason}`);
      return EXIT.failed;
    }
    output.out(`wrote the HTML report to ${targets.html} (${targets.language === 'nl' ? 'Dutch' : 'English'})`);
  }

  const { counts } = analysis.overview;
  const counted = analysis.surveys.surveys.reduce((sum, survey) => sum + survey.respondents, 0);
  output.out(`  region           ${merged.bundle.region}`);
  output.out(`  observations     ${counts.observation}`);
  output.out(`  issues           ${counts.issue}`);
  output.out(`  survey answers   ${plural(counted, 'response', 'responses')} counted in ${plural(analysis.surveys.surveys.length, 'survey', 'surveys')}`);
  output.out(`  agenda           ${plural(analysis.agenda.length, 'item', 'items')}`);
  const { coverage, index } = analysis.plan;
  output.out(
    `  plan             ${plural(index.items.length, 'item', 'items')}, ${plural(index.links.length, 'trace link', 'trace links')}; ${plural(coverage.uncoveredTopIssues.length, 'top issue', 'top issues')} without goal or action, ${plural(coverage.standAlone.length, 'item', 'items')} standing alone, ${plural(coverage.suspect.length, 'suspect link', 'suspect links')}, ${plural(coverage.dangling.length, 'dangling link', 'dangling links')}`,
  );
  if (coverage.cycles.length > 0) {
    const circles = listSome(
      coverage.cycles.map((ids) => listSome(ids, { max: IDS_PER_CYCLE })),
      { max: CYCLES_LISTED, separator: '; ' },
    );
    output.err(`warning: plan items serve each other in ${plural(coverage.cycles.length, 'circle', 'circles')} (${circles}); the report lists them`);
  }
  const unmatched = analysis.surveys.unmatched.length;
  if (unmatched > 0)
    output.err(
      `warning: ${plural(unmatched, 'survey response answers', 'survey responses answer')} a survey version this program does not know; left out of the figures`,
    );
  const outOfRound = analysis.surveys.outOfRound;
  if (outOfRound.length > 0) {
    const rounds = listSome(outOfRound.map((ref) => `${ref.survey.id} round ${ref.round ?? 1}`));
    output.err(
      `warning: ${plural(outOfRound.length, 'survey response is', 'survey responses are')} in a round the round before it has no completed response for (${rounds}); kept, but left out of the figures`,
    );
  }
  if (analysis.lookAlikeNames.length > 0) {
    const groups = listSome(
      analysis.lookAlikeNames.map((group) => group.partners.map((partner) => `"${partner.organisation}" (${partner.id})`).join(' and ')),
      { max: LOOK_ALIKES_LISTED, separator: '; ' },
    );
    output.err(
      `warning: partners under one name, or names that look the same, so one may be posing as another: ${groups}; ask the partners which installation is whose`,
    );
  }
  if (analysis.issues.dangling.length > 0) {
    output.err(
      `warning: observations name ${plural(analysis.issues.dangling.length, 'issue', 'issues')} the regiobeeld does not hold (deleted or not received): ${listSome(analysis.issues.dangling.map((d) => d.issueId))}`,
    );
  }
  return refusedOutcome(merged, where, output);
}

async function writeCsv(analysis: RegiobeeldAnalysis, csvDir: string, deps: ReportDeps): Promise<boolean> {
  const texts = csvExports(analysis);
  const written = await deps.writeFiles(CSV_FILE_NAMES.map((name) => ({ path: join(csvDir, name), text: texts[name] })));
  if (!written.ok) {
    deps.output.err(`${written.path}: cannot write the CSV file: ${written.reason}; the CSV files in ${csvDir} were left as they were`);
    return false;
  }
  deps.output.out(`wrote ${CSV_FILE_NAMES.length} CSV files to ${csvDir} (${CSV_FILE_NAMES.join(', ')})`);
  return true;
}
