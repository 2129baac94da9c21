import type { BundleError } from '../../shared/bundle/errors.ts';
import type { AuthenticityCode } from '../../shared/bundle/record-authenticity.ts';
import type { ClashCode } from '../../shared/merge/version-clashes.ts';
import type { ReportLanguage } from '../../shared/report/texts.ts';
import type { RecordType } from '../../shared/schema/record.ts';
import { isSingular } from '../../shared/wording/counted.ts';
import { moreWords } from '../../shared/wording/list-some.ts';
import type { FileProblem } from '../fs-error.ts';
import { numberIn, pluralIn } from '../plural.ts';
import { NL_USAGE } from './usage-nl.ts';

const plural = pluralIn('nl');
const number = numberIn('nl');

const RECORD_TYPES: Readonly<Record<RecordType, string>> = {
  partner: 'partner',
  observation: 'waarneming',
  issue: 'knelpunt',
  planItem: 'planonderdeel',
  surveyResponse: 'antwoord op een vragenlijst',
  traceLink: 'koppeling',
  issueMerge: 'samenvoeging van knelpunten',
  recognition: 'herkenning',
  issueOutcome: 'uitkomst van de regiotafel',
  agreement: 'afspraak',
  regionSettings: 'regio-instellingen',
  reply: 'reactie',
  dotVote: 'stem met stippen',
  release: 'versie van het regiobeeld',
  releaseApproval: 'akkoord met een versie',
};

/** What the Dutch line says of a refused bundle; the shared core gives each refusal a code and the detail it needs. */
function bundleErrorText(error: BundleError): string {
  const detail = error.detail ?? '';
  switch (error.code) {
    case 'empty':
      return 'het bestand is leeg';
    case 'too-large':
      return `het bestand is groter dan de ${detail} die een bundel mag zijn`;
    case 'not-utf8':
      return 'het bestand is geen UTF-8-tekst; een bundel is een JSON-bestand zoals Regiobeeld het exporteert';
    case 'not-json':
      return `het bestand is beschadigd of onvolledig, geen geldige JSON (${detail})`;
    case 'too-deep':
      return `de gegevens zijn dieper genest dan ${detail} niveaus; dat is een bundel nooit`;
    case 'too-many-values':
      return `het bestand bevat meer dan ${detail} waarden en scheidingstekens ({, [ en ,); zo veel bevat een bundel binnen de grenzen nooit`;
    case 'too-many-keys':
      return `een object in het bestand heeft meer dan ${detail} velden; zo veel heeft geen object in een bundel`;
    case 'forbidden-key':
      return `de sleutel "${detail}" is niet toegestaan in een bundel`;
    case 'not-a-bundle':
      return 'dit JSON-bestand is geen regiobeeldbundel (het heeft geen veld "format")';
    case 'wrong-format':
      return `dit is geen regiobeeldbundel maar een bestand van een andere soort (${detail})`;
    case 'newer-version':
      return `deze bundel is gemaakt met een nieuwere versie van Regiobeeld (bundelversie ${detail}); werk Regiobeeld eerst bij`;
    case 'unsupported-version':
      return `bundelversie ${detail} kent Regiobeeld niet`;
    // The schema's own words, which the shared core gives in English only.
    case 'invalid-header':
      return `de gegevens over de bundel zelf kloppen niet: ${error.message}`;
    case 'invalid-record':
      return `het record klopt niet: ${error.message}`;
    case 'duplicate-id':
      return 'twee verschillende records hebben dit id';
    case 'region-mismatch':
      return `het record hoort bij regio "${detail}", niet bij die van de bundel`;
    case 'future-timestamp':
      return `het tijdstip ${detail} ligt in de toekomst volgens de klok van deze computer`;
    case 'integrity-mismatch':
      return 'de records zijn na het exporteren veranderd (de controlecode klopt niet meer)';
    case 'too-many-errors':
      return `en nog ${plural(Number(detail), 'ander probleem', 'andere problemen')}`;
  }
}

function authenticityText(code: AuthenticityCode, partner: string): string {
  switch (code) {
    case 'bad-signature':
      return `de handtekening klopt niet met de sleutel van ${partner}, die als schrijver genoemd wordt: de versie is veranderd of door iemand anders gemaakt`;
    case 'no-key':
      return `de versie is ondertekend, maar er is geen sleutel van ${partner}, die als schrijver genoemd wordt, bekend (het partnerrecord staat in geen van de gelezen bestanden en niet bij de vertrouwde sleutels)`;
    case 'key-changed':
      return `${partner} publiceert een andere sleutel dan de vertrouwde`;
    case 'keys-disagree':
      return `${partner} komt voor met meer dan één sleutel en nog geen ervan wordt vertrouwd`;
    case 'unsigned':
      return `de versie is niet ondertekend (van vóór de handtekeningen, of van iemand die zich voordoet als ${partner})`;
  }
}

function fileProblemText(problem: FileProblem): string {
  switch (problem.kind) {
    case 'no-such-file':
      return 'bestand of map bestaat niet';
    case 'is-folder':
      return 'is een map, geen bestand';
    case 'not-a-folder':
      return 'een deel van het pad is een bestand, geen map';
    case 'permission':
      return 'geen toestemming';
    case 'disk-full':
      return 'de schijf is vol';
    case 'read-only':
      return 'op de schijf kan alleen worden gelezen';
    case 'folder-not-bundle':
      return 'is een map, geen bundelbestand';
    case 'not-regular':
      return 'is geen gewoon bestand';
    case 'too-large':
      return `het bestand is ${number(problem.size)} bytes, meer dan de ${number(problem.maxBytes)} bytes die het mag zijn`;
    case 'other':
      return problem.code === undefined ? problem.message : `${problem.message} (${problem.code})`;
  }
}

/** The figures of the plan line of a report. */
export interface PlanFigures {
  readonly items: number;
  readonly links: number;
  readonly uncovered: number;
  readonly standAlone: number;
  readonly suspect: number;
  readonly dangling: number;
}

/** What the line of an accepted file names. */
export interface AcceptedFile {
  readonly file: string;
  readonly records: number;
  readonly region: string;
  readonly producer: string;
  readonly signed: boolean;
}

/**
 * Every line the command line prints, in Dutch, the default language. The English messages
 * satisfy this object's type, so a key missing from either fails the type check.
 */
export const nl = {
  language: 'nl' as const,
  usage: NL_USAGE,
  problemPrefix: 'regiobeeld: ',
  warning: (line: string) => `waarschuwing: ${line}`,
  moreItems: (more: number) => moreWords(more, 'nl'),
  and: ' en ',

  noCommand: 'geen opdracht gegeven',
  unknownCommand: (command: string) => `onbekende opdracht "${command}"`,
  unknownOption: (option: string) => `onbekende optie ${option} (een BESTAND waarvan de naam met "-" begint, komt aan het eind, na "--")`,
  optionNeedsValue: (option: string) => `${option} heeft een waarde nodig`,
  optionTakesNoValue: (option: string) => `bij ${option} hoort geen waarde`,
  badLanguage: (value: string | undefined) =>
    value === undefined ? '--lang heeft een taal nodig: "nl" of "en"' : `--lang moet "nl" of "en" zijn, niet "${value}"`,
  needsFile: (command: string) => `${command} heeft minstens één BESTAND nodig`,
  badRegion: (region: string) => `--region verwacht een regiocode zoals "helmond-de-peel", niet "${region}"`,
  noCsvDir: (command: string) => `${command} schrijft geen CSV-bestanden, dus --csv-dir hoort er niet bij`,
  noHtml: (command: string) => `${command} schrijft geen HTML-verslag, dus --html hoort er niet bij`,
  reportNoOutput: 'report schrijft CSV-bestanden in een map en een HTML-verslag: geef --csv-dir MAP of --html UIT.html in plaats van --output',
  reportNeedsTarget: 'report heeft --csv-dir MAP (de map voor de CSV-bestanden), --html UIT.html (het HTML-verslag) of allebei nodig',
  validateNoOutput: 'validate schrijft niets, dus --output hoort er niet bij',
  validateNoTrust: 'validate controleert elk bestand op zichzelf; --keys, --accept-key, --accept-unsigned en --region horen bij merge en report',
  mergeNeedsOutput: 'merge heeft -o UIT.json nodig, het bestand voor de samengevoegde bundel',

  fileProblem: fileProblemText,
  bundleError: (error: BundleError, file: string) => {
    const where = [file, error.path].filter(Boolean).join(': ');
    const record = error.recordId ? ` (record ${error.recordId})` : '';
    return `${where}: ${bundleErrorText(error)}${record}`;
  },
  signatureMismatch: 'integrity.signature: de handtekening klopt niet: de bundel is na het ondertekenen veranderd',
  stoppedOn: (reason: string) => `kon niet worden gecontroleerd, Regiobeeld liep erop vast (${reason}); het bestand is weggelaten, meld dit alstublieft`,
  threadStopped: (reason: string) =>
    `waarschuwing: een thread die bundels leest is gestopt (${reason}); de bestanden die nog voor haar waren, worden op de hoofdthread gelezen`,

  accepted: ({ file, records, region, producer, signed }: AcceptedFile) =>
    `ok  ${file}  (${plural(records, 'record', 'records')}, regio ${region}, van ${producer}, ${signed ? 'ondertekend' : 'niet ondertekend'})`,
  producerPartner: (organisation: string, coordinator: boolean, domain: string | undefined) =>
    `${organisation} (${coordinator ? 'coördinator' : (domain ?? 'geen domein')})`,
  producerMerge: (partners: number) => `samenvoeging van ${plural(partners, 'partner', 'partners')}`,

  recordType: (type: RecordType) => RECORD_TYPES[type],
  installation: (id: string) => `installatie ${id}`,
  label: {
    survey: (id: string) => `vragenlijst ${id}`,
    traceLink: (toType: string, toId: string) => `koppeling naar ${toType} ${toId}`,
    issueMerge: (issueId: string, intoId: string) => `samenvoeging van knelpunt ${issueId} met ${intoId}`,
    recognition: (verdict: string, targetType: string, targetId: string) => `${verdict} ${targetType} ${targetId}`,
    issueOutcome: (issueId: string, status: string) => `uitkomst van knelpunt ${issueId}: ${status}`,
    regionSettings: (issues: number, themes: number) =>
      `regio-instellingen: ${plural(issues, 'gedeeld knelpunt', 'gedeelde knelpunten')}, ${plural(themes, 'thema', "thema's")}`,
    reply: (recognitionId: string) => `reactie op herkenning ${recognitionId}`,
    dotRoundOpening: (round: string) => `opening van "${round}"`,
    dots: (voter: string, round: string) => `stippen van ${voter} in "${round}"`,
    release: (name: string) => `versie ${name}`,
    releaseApproval: (verdict: string, releaseId: string) => `${verdict} op versie ${releaseId}`,
  },
  versionBy: (who: string, at: string, deleted: boolean) => `${deleted ? 'verwijderd door' : 'van'} ${who} op ${at}`,
  conflict: (what: string, kept: string, superseded: string, count: number) =>
    `${what}: bewaard is de versie ${kept}; vervangen ${isSingular(count, 'nl') ? 'is de versie' : 'zijn de versies'} ${superseded}`,

  authenticity: authenticityText,
  clash: (code: ClashCode): string =>
    code === 'type-changed'
      ? 'het id is ook in gebruik voor een record van een andere soort (een record houdt zijn soort altijd)'
      : 'een andere versie heeft dezelfde kloktijd en schrijver: een klokfout of vervalsing',
  versionLine: (type: string, id: string, partner: string, reason: string) => `  ${type} ${id} op naam van ${partner}: ${reason}`,
  validateHeading: (file: string, count: number) => `${file}: ${plural(count, 'recordversie klopt', 'recordversies kloppen')} niet:`,
  mergeHeading: (file: string, count: number) =>
    `${file}: ${plural(count, 'recordversie', 'recordversies')} weggelaten, de rest van het bestand is samengevoegd:`,
  unsignedHint:
    'versies zonder handtekening zijn van voordat Regiobeeld records ondertekende, of van iemand die zich voordoet als hun schrijver: voer de opdracht opnieuw uit met --accept-unsigned om ze toe te laten, gemarkeerd als niet ondertekend',
  keyChangedHint: (partners: string) =>
    `als ${partners} Regiobeeld opnieuw heeft ingesteld, vergelijk dan de vingerafdruk van de nieuwe sleutel met de partner en voer de opdracht opnieuw uit met --accept-key PARTNER-ID voor elk; ` +
    'tot dan blijven hun versies met de nieuwe sleutel weggelaten',
  unsignedBundle: (file: string, partner: string) =>
    `${file}: de bundel is niet ondertekend, maar ${partner}, de maker ervan, ondertekent met een sleutel: de bundel komt misschien niet van deze partner; elk record wordt beoordeeld op zijn eigen handtekening`,
  otherKeyBundle: (file: string, partner: string) =>
    `${file}: de bundel is ondertekend met een andere sleutel dan de vertrouwde van ${partner}, de maker ervan; elk record wordt beoordeeld op zijn eigen handtekening`,
  firstUseKey: (partner: string, fingerprint: string, file: string | undefined) =>
    `${partner} sleutel ${fingerprint}${file === undefined ? '' : `, uit ${file}`}`,
  firstUse: (keys: string) =>
    `vertrouwd bij het eerste gebruik, omdat er nog geen sleutel van hen bekend was: ${keys}; ` +
    'voortaan moeten hun versies met deze sleutels zijn ondertekend; vergelijk de vingerafdrukken met de partners zodra het kan',
  keyReplaced: (partners: string) => `de sleutel van ${partners} is vervangen op uw woord (--accept-key)`,
  unsignedCount: (partner: string, count: number) => `${partner}: ${number(count)}`,
  unsignedLetIn: (count: number, perPartner: string) =>
    `${plural(count, 'recordversie is', 'recordversies zijn')} niet ondertekend, dus niets laat zien wie ze schreef (${perPartner}); ` +
    'ze zijn toegelaten en het verslag markeert ze als niet ondertekend',

  ringUnusable: (path: string, reason: string) =>
    `${path}: deze sleutelbos is niet te gebruiken: ${reason}; herstel hem, of geef een andere met --keys BESTAND (een nieuw bestand begint een lege sleutelbos, die de sleutel van elke partner bij het eerste gebruik vertrouwt)`,
  nothingValid: (files: number) => `niets om samen te voegen: geen goede bundel onder de ${plural(files, 'gegeven bestand', 'gegeven bestanden')}`,
  regionsTied: (regions: number) =>
    `deze bundels horen bij ${plural(regions, 'regio', "regio's")} met elk evenveel bestanden; alleen bundels van één regio kunnen worden samengevoegd, zeg welke met --region:`,
  moreRegions: (more: number) => `${moreWords(more, 'nl')} regio's`,
  foreignRegion: (file: string, region: string, home: string, asked: boolean) =>
    `${file}: hoort bij regio ${region}, niet bij ${home} (${asked ? 'gegeven met --region' : 'de regio van de meeste bestanden'}); het bestand is weggelaten`,
  noneOfRegion: (region: string) => `niets om samen te voegen: geen bundel van regio ${region} onder de gegeven bestanden`,
  ringNotSaved: (path: string, reason: string) => `${path}: de sleutels die nu vertrouwd worden, kunnen niet worden bewaard: ${reason}`,
  keysLine: (line: string, path: string) => `sleutels  ${line} (bewaard in ${path})`,
  refusedFiles: (count: number, files: string, accepted: number, where: string) =>
    `waarschuwing: ${plural(count, 'bestand is', 'bestanden zijn')} geweigerd en niet samengevoegd (${files}); ` +
    `de samenvoeging van de andere ${plural(accepted, 'bestand', 'bestanden')} is geschreven naar ${where}`,
  partlyTrusted: (count: number, files: string, where: string) =>
    `waarschuwing: van ${plural(count, 'bestand', 'bestanden')} (${files}) werd niet alles vertrouwd, zoals hierboven staat; de rest is geschreven naar ${where}`,
  notWritten: (path: string) => `${path} is niet geschreven`,
  beyondLimits: (problems: string) => `het samengevoegde regiobeeld zou door elk programma dat bundels leest worden geweigerd: ${problems}`,
  tooLongForText: 'het bestand zou langer worden dan één tekst kan zijn',
  mergeFewer: (path: string) => `${path} is niet geschreven; voeg minder bestanden samen tot één regiobeeld, of voeg ze per deel van de regio samen`,
  cannotWriteMerged: (path: string, reason: string) => `${path}: de samengevoegde bundel kan niet worden geschreven: ${reason}`,
  mergedInto: (bundles: number, path: string) => `${plural(bundles, 'bundel', 'bundels')} samengevoegd in ${path}`,
  mergedRegion: (region: string) => `  regio       ${region}`,
  mergedRecords: (records: number, deleted: number) => `  records     ${number(records)} (${number(deleted)} verwijderd)`,
  mergedPartners: (partners: number) => `  partners    ${number(partners)}`,
  noConflicts: '  conflicten  0',
  conflicts: (count: number) => `  conflicten  ${number(count)} (records die meer dan één partner heeft veranderd; de laatste versie is bewaard)`,

  noCsvWritten: (dir: string) => `er is geen CSV-bestand geschreven naar ${dir}`,
  cannotWriteHtml: (path: string, reason: string) => `${path}: het HTML-verslag kan niet worden geschreven: ${reason}`,
  wroteHtml: (path: string, language: ReportLanguage) => `HTML-verslag geschreven naar ${path} (${language === 'nl' ? 'Nederlands' : 'Engels'})`,
  cannotWriteCsv: (path: string, reason: string, dir: string) =>
    `${path}: het CSV-bestand kan niet worden geschreven: ${reason}; de CSV-bestanden in ${dir} zijn gebleven zoals ze waren`,
  wroteCsv: (count: number, dir: string, names: string) => `${plural(count, 'CSV-bestand', 'CSV-bestanden')} geschreven naar ${dir} (${names})`,
  reportRegion: (region: string) => `  regio            ${region}`,
  reportObservations: (count: number) => `  waarnemingen     ${number(count)}`,
  reportIssues: (count: number) => `  knelpunten       ${number(count)}`,
  reportSurveys: (responses: number, surveys: number) =>
    `  vragenlijsten    ${plural(responses, 'antwoord', 'antwoorden')} geteld in ${plural(surveys, 'vragenlijst', 'vragenlijsten')}`,
  reportAgenda: (items: number) => `  agenda           ${plural(items, 'punt', 'punten')}`,
  reportPlan: (plan: PlanFigures) =>
    `  plan             ${plural(plan.items, 'onderdeel', 'onderdelen')}, ${plural(plan.links, 'koppeling', 'koppelingen')}; ${plural(plan.uncovered, 'topknelpunt', 'topknelpunten')} zonder doel of actie, ${plural(plan.standAlone, 'onderdeel', 'onderdelen')} los van de rest, ${plural(plan.suspect, 'verdachte koppeling', 'verdachte koppelingen')}, ${plural(plan.dangling, 'koppeling', 'koppelingen')} naar niets`,
  planCycles: (count: number, cycles: string) =>
    `waarschuwing: onderdelen van het plan dienen elkaar in ${plural(count, 'kring', 'kringen')} (${cycles}); het verslag noemt ze`,
  unmatchedResponses: (count: number) =>
    `waarschuwing: ${plural(count, 'antwoord hoort', 'antwoorden horen')} bij een versie van een vragenlijst die dit programma niet kent; niet meegeteld in de cijfers`,
  surveyRound: (survey: string, round: number) => `${survey} ronde ${round}`,
  outOfRound: (count: number, rounds: string) =>
    `waarschuwing: ${plural(count, 'antwoord is', 'antwoorden zijn')} gegeven in een ronde waarvan de ronde ervoor geen afgerond antwoord heeft (${rounds}); bewaard, maar niet meegeteld in de cijfers`,
  lookAlikes: (groups: string) =>
    `waarschuwing: partners onder één naam, of met namen die er hetzelfde uitzien, dus een van hen doet zich misschien voor als een ander: ${groups}; vraag de partners welke installatie van wie is`,
  danglingIssues: (count: number, ids: string) =>
    `waarschuwing: waarnemingen noemen ${plural(count, 'knelpunt', 'knelpunten')} die niet in het regiobeeld staan (verwijderd of niet ontvangen): ${ids}`,

  refusedOf: (refused: number, files: number) => `${number(refused)} van ${plural(files, 'bestand', 'bestanden')} geweigerd`,
};

/** The type every language's messages satisfy: the Dutch ones', with the language left open. */
export type Messages = Omit<typeof nl, 'language'> & { readonly language: ReportLanguage };
