import { describeBundleError } from '../../shared/bundle/errors.ts';
import { authenticityReason } from '../../shared/bundle/record-authenticity.ts';
import { clashReason } from '../../shared/merge/version-clashes.ts';
import type { RecordType } from '../../shared/schema/record.ts';
import { tooLargeWords } from '../../shared/wording/byte-size.ts';
import { isSingular } from '../../shared/wording/counted.ts';
import { moreWords } from '../../shared/wording/list-some.ts';
import { numberIn, pluralIn } from '../plural.ts';
import type { Messages } from './nl.ts';
import { EN_USAGE } from './usage-en.ts';

const plural = pluralIn('en');
const number = numberIn('en');

/** In English the record types keep the names the bundle format gives them. */
const RECORD_TYPES: Readonly<Record<RecordType, string>> = {
  partner: 'partner',
  observation: 'observation',
  issue: 'issue',
  planItem: 'planItem',
  surveyResponse: 'surveyResponse',
  traceLink: 'traceLink',
  issueMerge: 'issueMerge',
  recognition: 'recognition',
  issueOutcome: 'issueOutcome',
  agreement: 'agreement',
  regionSettings: 'regionSettings',
  reply: 'reply',
  dotVote: 'dotVote',
  release: 'release',
  releaseApproval: 'releaseApproval',
};

/** Every line the command line prints, in English: the same keys as the Dutch ones, checked by the type. */
export const en: Messages = {
  language: 'en',
  usage: EN_USAGE,
  problemPrefix: 'regiobeeld: ',
  warning: (line) => `warning: ${line}`,
  moreItems: (more) => moreWords(more, 'en'),
  and: ' and ',

  noCommand: 'no command given',
  unknownCommand: (command) => `unknown command "${command}"`,
  unknownOption: (option) => `unknown option ${option} (a FILE whose name starts with "-" goes at the end, after "--")`,
  optionNeedsValue: (option) => `${option} needs a value`,
  optionTakesNoValue: (option) => `${option} takes no value`,
  badLanguage: (value) => (value === undefined ? '--lang needs a language: "nl" or "en"' : `--lang must be "nl" or "en", not "${value}"`),
  needsFile: (command) => `${command} needs at least one FILE`,
  badRegion: (region) => `--region takes a region code such as "helmond-de-peel", not "${region}"`,
  noCsvDir: (command) => `${command} writes no CSV files, so it takes no --csv-dir`,
  noHtml: (command) => `${command} writes no HTML report, so it takes no --html`,
  reportNoOutput: 'report writes CSV files into a folder and an HTML report: give --csv-dir DIR or --html OUT.html instead of --output',
  reportNeedsTarget: 'report needs --csv-dir DIR (the folder for the CSV files), --html OUT.html (the HTML report), or both',
  validateNoOutput: 'validate writes nothing, so it takes no --output',
  validateNoTrust: 'validate checks each file on its own; --keys, --accept-key, --accept-unsigned and --region are for merge and report',
  mergeNeedsOutput: 'merge needs -o OUT.json, the file to write the merged bundle to',

  fileProblem: (problem) => {
    switch (problem.kind) {
      case 'no-such-file':
        return 'no such file or folder';
      case 'is-folder':
        return 'is a folder, not a file';
      case 'not-a-folder':
        return 'part of the path is a file, not a folder';
      case 'permission':
        return 'permission denied';
      case 'disk-full':
        return 'the disk is full';
      case 'read-only':
        return 'the disk is read-only';
      case 'folder-not-bundle':
        return 'is a folder, not a bundle file';
      case 'not-regular':
        return 'is not a regular file';
      case 'too-large':
        return tooLargeWords(problem.size, problem.maxBytes);
      case 'other':
        return problem.code === undefined ? problem.message : `${problem.message} (${problem.code})`;
    }
  },
  bundleError: (error, file) => describeBundleError(error, file),
  signatureMismatch: 'integrity.signature: the signature does not match: the bundle was changed after it was signed',
  stoppedOn: (reason) => `could not be checked, Regiobeeld stopped on it (${reason}); the file is left out, please report it`,
  threadStopped: (reason) => `warning: a decoding thread stopped (${reason}); the files left to it are read on the main thread`,

  accepted: ({ file, records, region, producer, signed }) =>
    `ok  ${file}  (${plural(records, 'record', 'records')}, region ${region}, producer ${producer}, ${signed ? 'signed' : 'unsigned'})`,
  producerPartner: (organisation, coordinator, domain) => `${organisation} (${coordinator ? 'coordinator' : (domain ?? 'no domain')})`,
  producerMerge: (partners) => `merge of ${plural(partners, 'partner', 'partners')}`,

  recordType: (type) => RECORD_TYPES[type],
  installation: (id) => `installation ${id}`,
  label: {
    survey: (id) => `survey ${id}`,
    traceLink: (toType, toId) => `link to ${toType} ${toId}`,
    issueMerge: (issueId, intoId) => `merge of issue ${issueId} into ${intoId}`,
    recognition: (verdict, targetType, targetId) => `${verdict} ${targetType} ${targetId}`,
    issueOutcome: (issueId, status) => `outcome of issue ${issueId}: ${status}`,
    regionSettings: (issues, themes) => `region settings: ${plural(issues, 'shared issue', 'shared issues')}, ${plural(themes, 'theme', 'themes')}`,
    reply: (recognitionId) => `reply to recognition ${recognitionId}`,
    dotRoundOpening: (round) => `opening of "${round}"`,
    dots: (voter, round) => `dots of ${voter} in "${round}"`,
    release: (name) => `release ${name}`,
    releaseApproval: (verdict, releaseId) => `${verdict} on release ${releaseId}`,
  },
  versionBy: (who, at, deleted) => `${deleted ? 'deleted by' : 'by'} ${who} at ${at}`,
  conflict: (what, kept, superseded, count) =>
    `${what}: kept the version ${kept}; superseded ${isSingular(count, 'en') ? 'the version' : 'the versions'} ${superseded}`,

  authenticity: (code, partner) => authenticityReason(code, partner),
  clash: (code) => clashReason(code),
  versionLine: (type, id, partner, reason) => `  ${type} ${id} in the name of ${partner}: ${reason}`,
  validateHeading: (file, count) => `${file}: ${plural(count, 'record version does', 'record versions do')} not hold up:`,
  mergeHeading: (file, count) => `${file}: ${plural(count, 'record version', 'record versions')} left out, the rest of the file is merged:`,
  unsignedHint:
    'versions that are not signed come from before Regiobeeld signed records, or from someone posing as their writer: run again with --accept-unsigned to let them in, marked as not signed',
  keyChangedHint: (partners) =>
    `if ${partners} did set up Regiobeeld anew, compare the new key's fingerprint with them and run again with --accept-key PARTNER-ID for each; ` +
    'until then their versions signed with the new key are left out',
  unsignedBundle: (file, partner) =>
    `${file}: the bundle is not signed, but ${partner}, its producer, signs with a key: it may not come from them; its records are judged each by their own signature`,
  otherKeyBundle: (file, partner) =>
    `${file}: the bundle is signed by another key than the one trusted for ${partner}, its producer; its records are judged each by their own signature`,
  firstUseKey: (partner, fingerprint, file) => `${partner} key ${fingerprint}${file === undefined ? '' : `, from ${file}`}`,
  firstUse: (keys) =>
    `trusted on first use, as no key was known for them: ${keys}; ` +
    'from now on their versions must be signed by these keys; compare the fingerprints with the partners when you can',
  keyReplaced: (partners) => `the key of ${partners} was replaced on your word (--accept-key)`,
  unsignedCount: (partner, count) => `${partner}: ${number(count)}`,
  unsignedLetIn: (count, perPartner) =>
    `${plural(count, 'record version is', 'record versions are')} not signed, so nothing shows who wrote them (${perPartner}); ` +
    'they were let in and the report marks them as not signed',

  ringUnusable: (path, reason) =>
    `${path}: cannot use this key ring: ${reason}; repair it, or give another with --keys FILE (a new file starts an empty ring, trusting each partner's key on first use)`,
  nothingValid: (files) => `nothing to merge: no valid bundle among the ${plural(files, 'file', 'files')} given`,
  regionsTied: (regions) =>
    `these bundles belong to ${plural(regions, 'region', 'regions')} with as many files each; only bundles of one region can be merged, say which with --region:`,
  moreRegions: (more) => `${moreWords(more, 'en')} regions`,
  foreignRegion: (file, region, home, asked) =>
    `${file}: belongs to region ${region}, not to ${home} (${asked ? 'given by --region' : 'the region of most files'}); the file is left out`,
  noneOfRegion: (region) => `nothing to merge: no bundle of region ${region} among the files given`,
  ringNotSaved: (path, reason) => `${path}: cannot save the keys trusted in this run: ${reason}`,
  keysLine: (line, path) => `keys  ${line} (kept in ${path})`,
  refusedFiles: (count, files, accepted, where) =>
    `warning: ${plural(count, 'file was', 'files were')} refused and left out of the merge (${files}); ` +
    `the merge of the other ${plural(accepted, 'file', 'files')} was written to ${where}`,
  partlyTrusted: (count, files, where) =>
    `warning: of ${plural(count, 'file', 'files')} (${files}) not everything was trusted, as said above; the rest was written to ${where}`,
  notWritten: (path) => `${path} was not written`,
  beyondLimits: (problems) => `the merged regiobeeld would be refused by every reader of bundles: ${problems}`,
  tooLongForText: 'the file would be longer than one text can be',
  mergeFewer: (path) => `${path} was not written; merge fewer files into one regiobeeld, or merge them per part of the region`,
  cannotWriteMerged: (path, reason) => `${path}: cannot write the merged bundle: ${reason}`,
  mergedInto: (bundles, path) => `merged ${plural(bundles, 'bundle', 'bundles')} into ${path}`,
  mergedRegion: (region) => `  region     ${region}`,
  mergedRecords: (records, deleted) => `  records    ${records} (${deleted} deleted)`,
  mergedPartners: (partners) => `  partners   ${partners}`,
  noConflicts: '  conflicts  0',
  conflicts: (count) => `  conflicts  ${count} (records changed by more than one partner; the latest version was kept)`,

  noCsvWritten: (dir) => `no CSV file was written to ${dir}`,
  cannotWriteHtml: (path, reason) => `${path}: cannot write the HTML report: ${reason}`,
  wroteHtml: (path, language) => `wrote the HTML report to ${path} (${language === 'nl' ? 'Dutch' : 'English'})`,
  cannotWriteCsv: (path, reason, dir) => `${path}: cannot write the CSV file: ${reason}; the CSV files in ${dir} were left as they were`,
  wroteCsv: (count, dir, names) => `wrote ${plural(count, 'CSV file', 'CSV files')} to ${dir} (${names})`,
  reportRegion: (region) => `  region           ${region}`,
  reportObservations: (count) => `  observations     ${count}`,
  reportIssues: (count) => `  issues           ${count}`,
  reportSurveys: (responses, surveys) => `  survey answers   ${plural(responses, 'response', 'responses')} counted in ${plural(surveys, 'survey', 'surveys')}`,
  reportAgenda: (items) => `  agenda           ${plural(items, 'item', 'items')}`,
  reportPlan: (plan) =>
    `  plan             ${plural(plan.items, 'item', 'items')}, ${plural(plan.links, 'trace link', 'trace links')}; ${plural(plan.uncovered, 'top issue', 'top issues')} without goal or action, ${plural(plan.standAlone, 'item', 'items')} standing alone, ${plural(plan.suspect, 'suspect link', 'suspect links')}, ${plural(plan.dangling, 'dangling link', 'dangling links')}`,
  planCycles: (count, cycles) => `warning: plan items serve each other in ${plural(count, 'circle', 'circles')} (${cycles}); the report lists them`,
  unmatchedResponses: (count) =>
    `warning: ${plural(count, 'survey response answers', 'survey responses answer')} a survey version this program does not know; left out of the figures`,
  surveyRound: (survey, round) => `${survey} round ${round}`,
  outOfRound: (count, rounds) =>
    `warning: ${plural(count, 'survey response is', 'survey responses are')} in a round the round before it has no completed response for (${rounds}); kept, but left out of the figures`,
  lookAlikes: (groups) =>
    `warning: partners under one name, or names that look the same, so one may be posing as another: ${groups}; ask the partners which installation is whose`,
  danglingIssues: (count, ids) =>
    `warning: observations name ${plural(count, 'issue', 'issues')} the regiobeeld does not hold (deleted or not received): ${ids}`,

  refusedOf: (refused, files) => `${refused} of ${plural(files, 'file', 'files')} refused`,
};
