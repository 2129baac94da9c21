import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { isSingular } from '../../shared/wording/counted.ts';
import { markupOf } from '../../shared/report/html.ts';
import { reportTexts } from '../../shared/report/texts.ts';
import { type Catalogue, messagesFrom, readCatalogue } from './support/catalogue-i18n.ts';

const LANGUAGES = ['nl', 'en'] as const;
type Language = (typeof LANGUAGES)[number];
const catalogues: Record<Language, Catalogue> = { nl: readCatalogue('nl'), en: readCatalogue('en') };
const EXTENSION = resolve('extension');

/** Calls that format a number for a message: an argument made by one of them fills a numeric placeholder. */
const NUMBER_FORMATTERS = new Set(['formatCount', 'formatDecimal', 'number']);

/**
 * Words that follow a number without being counted by it: "2 van 3", "from 1 to 5", "Toon 2 meer",
 * "1 nog niet getoond", and the participles of the import ("3 toegevoegd", "2 left out").
 */
const NOT_COUNTED = new Set(
  [
    'van tot naar per en of uit meer nog wordt die weg toegevoegd bijgewerkt ongewijzigd overgenomen geweigerd weggelaten',
    'to from and or more not each you away added updated unchanged taken refused left',
  ].flatMap((words) => words.split(' ')),
);

/** Messages whose count before a noun is a fixed limit, never one. */
const LIMITS: Readonly<Record<string, string>> = {
  releaseDifferencePartial: 'the 2000 issues a version keeps',
};

interface MessageCall {
  readonly where: string;
  /** The keys the call may show: one for t(), both of a pair for plural(), both branches of a conditional key. */
  readonly keys: readonly string[];
  /** Per substitution ($1, $2, …): whether it is a formatted number, or undefined when it cannot be told. */
  readonly substitutions: readonly ('number' | 'text')[];
  readonly plural: boolean;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function literalKeys(node: ts.Expression | undefined): string[] | undefined {
  if (node === undefined) return undefined;
  if (ts.isStringLiteral(node)) return [node.text];
  if (ts.isParenthesizedExpression(node)) return literalKeys(node.expression);
  if (ts.isConditionalExpression(node)) {
    const whenTrue = literalKeys(node.whenTrue);
    const whenFalse = literalKeys(node.whenFalse);
    return whenTrue && whenFalse ? [...whenTrue, ...whenFalse] : undefined;
  }
  return undefined;
}

function kindOf(argument: ts.Expression): 'number' | 'text' {
  return ts.isCallExpression(argument) && ts.isIdentifier(argument.expression) && NUMBER_FORMATTERS.has(argument.expression.text) ? 'number' : 'text';
}

/** Every call of t, messageIn and plural with literal keys in the extension's source; a spread argument makes the count unknowable, so such calls are left out. */
function messageCalls(): MessageCall[] {
  const calls: MessageCall[] = [];
  for (const path of sourceFiles(EXTENSION)) {
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && !node.arguments.some(ts.isSpreadElement)) {
        const name = node.expression.text;
        const args = [...node.arguments];
        const where = `${relative(EXTENSION, path)}:${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}`;
        if (name === 't' || name === 'messageIn') {
          const [keyArgument, ...rest] = name === 't' ? args : args.slice(1);
          const keys = literalKeys(keyArgument);
          if (keys) calls.push({ where, keys, substitutions: rest.map(kindOf), plural: false });
        } else if (name === 'plural' && args.length >= 3) {
          const keys = [...(literalKeys(args[1]) ?? []), ...(literalKeys(args[2]) ?? [])];
          if (keys.length === 2) calls.push({ where, keys, substitutions: ['number', ...args.slice(3).map(kindOf)], plural: true });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return calls;
}

const calls = messageCalls();
const pluralKeys = new Set(calls.filter((call) => call.plural).flatMap((call) => call.keys));

/** The placeholder names of a message by substitution: `names[0]` is filled by `$1`. */
function placeholdersBySubstitution(key: string): string[] {
  const names: string[] = [];
  for (const [name, { content }] of Object.entries(catalogues.nl[key]?.placeholders ?? {})) {
    const n = /^\$([1-9])$/.exec(content)?.[1];
    if (n !== undefined) names[Number(n) - 1] = name;
  }
  return names;
}

/** The message with every placeholder filled: numbers for the numeric ones, a sample text for the rest. */
function render(language: Language, key: string, numeric: ReadonlySet<string>, count: number): string {
  const names = placeholdersBySubstitution(key);
  const substitutions = names.map((name) => (numeric.has(name) ? new Intl.NumberFormat(language).format(count) : `«${name}»`));
  return messagesFrom(catalogues[language])(key, substitutions);
}

/** Which placeholders of each message its callers fill with a formatted number. */
function numericPlaceholders(): Map<string, Set<string>> {
  const numeric = new Map<string, Set<string>>();
  for (const call of calls)
    for (const key of call.keys) {
      const names = placeholdersBySubstitution(key);
      const set = numeric.get(key) ?? new Set<string>();
      call.substitutions.forEach((kind, i) => {
        const name = names[i];
        if (kind === 'number' && name !== undefined) set.add(name);
      });
      numeric.set(key, set);
    }
  return numeric;
}

describe('counted nouns in the messages', () => {
  const numeric = numericPlaceholders();

  it('finds the calls', () => {
    expect(calls.length).toBeGreaterThan(500);
    expect(pluralKeys.size).toBeGreaterThan(10);
  });

  it('puts a number before a noun only in a message that is one half of a plural pair, rendered with 0, 1 and 2', () => {
    const problems: string[] = [];
    for (const language of LANGUAGES)
      for (const key of Object.keys(catalogues[language])) {
        const names = numeric.get(key);
        if (names === undefined || names.size === 0 || pluralKeys.has(key) || key in LIMITS) continue;
        for (const count of [0, 1, 2]) {
          const text = render(language, key, names, count);
          const words = [...text.matchAll(new RegExp(`(?:^|[^\\p{L}\\d])${count} (\\p{L}+)`, 'gu'))].map((match) => match[1] ?? '');
          if (words.some((word) => !NOT_COUNTED.has(word))) problems.push(`${key} (${language}, ${count}): ${text}`);
        }
      }
    expect(problems).toEqual([]);
  });

  it('gives each plural pair a singular and a plural text that differ, and Intl picks the one the count needs', () => {
    for (const call of calls.filter((c) => c.plural)) {
      const [one, other] = call.keys as [string, string];
      for (const language of LANGUAGES) {
        const names = new Set([placeholdersBySubstitution(one)[0] ?? '']);
        expect(render(language, one, names, 1), `${call.where} ${one} (${language})`).not.toBe(render(language, other, names, 1));
        for (const count of [0, 1, 2]) {
          const shown = render(language, isSingular(count, language) ? one : other, names, count);
          expect(shown, `${call.where} ${one} (${language})`).toContain(String(count));
        }
      }
    }
  });

  it('says "1 waarneming" and "2 waarnemingen", "1 observation" and "2 observations"', () => {
    const plural = (language: Language, count: number, one: string, other: string, ...rest: string[]) =>
      messagesFrom(catalogues[language])(isSingular(count, language) ? one : other, [String(count), ...rest]);
    const cases: [Language, number, string, string, string][] = [
      ['nl', 0, 'countObservationOne', 'countObservationOther', '0 waarnemingen'],
      ['nl', 1, 'countObservationOne', 'countObservationOther', '1 waarneming'],
      ['nl', 2, 'countObservationOne', 'countObservationOther', '2 waarnemingen'],
      ['en', 1, 'countObservationOne', 'countObservationOther', '1 observation'],
      ['en', 2, 'countObservationOne', 'countObservationOther', '2 observations'],
      ['nl', 1, 'countSourceOne', 'countSourceOther', '1 bron'],
      ['nl', 1, 'countFileOne', 'countFileOther', '1 bestand'],
      ['nl', 1, 'privacyIntroOne', 'privacyIntroOther', 'In wat u wilt exporteren staat 1 stukje tekst dat op een persoonsgegeven'],
      ['nl', 2, 'privacyIntroOne', 'privacyIntroOther', 'In wat u wilt exporteren staan 2 stukjes tekst die op een persoonsgegeven'],
      ['en', 1, 'privacyIntroOne', 'privacyIntroOther', 'holds 1 piece of text that looks like'],
      ['nl', 1, 'bundleError_too_many_errorsOne', 'bundleError_too_many_errorsOther', 'En nog 1 ander probleem.'],
      ['en', 1, 'sourcesMoreOne', 'sourcesMoreOther', 'Show 1 more source'],
      ['nl', 2, 'recordsMoreOne', 'recordsMoreOther', 'Toon 2 gegevens meer'],
      ['nl', 1, 'dotRoundSummaryOne', 'dotRoundSummaryOther', '1 van de 3 partners heeft gestemd'],
    ];
    for (const [language, count, one, other, expected] of cases)
      expect(plural(language, count, one, other, '3 partners', '5 stippen', '4')).toContain(expected);
    const sentence = messagesFrom(catalogues.nl)('observationsCount', [
      '1',
      plural('nl', 1, 'countObservationOne', 'countObservationOther'),
      plural('nl', 1, 'countSourceOne', 'countSourceOther'),
    ]);
    expect(sentence).toBe('1 van 1 waarneming, uit 1 bron');
  });

  it('fills every placeholder a message has, no more and no fewer, in every call', () => {
    const problems: string[] = [];
    for (const call of calls)
      for (const key of call.keys) {
        if (catalogues.nl[key] === undefined) {
          problems.push(`${call.where}: no message ${key}`);
          continue;
        }
        const wanted = placeholdersBySubstitution(key).length;
        if (call.substitutions.length !== wanted) problems.push(`${call.where}: ${key} takes ${wanted}, given ${call.substitutions.length}`);
      }
    expect(problems).toEqual([]);
  });

  it('names in each message only placeholders it defines, and defines them without gaps', () => {
    for (const language of LANGUAGES)
      for (const [key, entry] of Object.entries(catalogues[language])) {
        const defined = new Set(Object.keys(entry.placeholders ?? {}).map((name) => name.toLowerCase()));
        for (const [, name] of entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g))
          expect(defined, `${key} (${language}) uses $${name}$`).toContain(name?.toLowerCase());
        const names = placeholdersBySubstitution(key);
        expect(names.every((name) => name !== undefined) && names.length === defined.size, `${key}: $1…$n without gaps`).toBe(true);
      }
  });
});

describe('counted nouns in the report', () => {
  const nl = reportTexts('nl');
  const en = reportTexts('en');

  it.each([0, 1, 2])('agrees with the count %i in every text that counts', (count) => {
    const nlNoun = (one: string, other: string) => `${count} ${count === 1 ? one : other}`;
    const enNoun = nlNoun;
    expect(nl.agendaFacts('1', count)).toBe(`plaats 1 · ${nlNoun('waarneming', 'waarnemingen')}`);
    expect(en.agendaFacts('1', count)).toBe(`place 1 · ${enNoun('observation', 'observations')}`);
    expect(nl.dotRoundFacts(count, count, count)).toBe(
      `${nlNoun('partner stemde', 'partners stemden')}, ${nlNoun('stip', 'stippen')} per partner · ${nlNoun('stip', 'stippen')} verdeeld`,
    );
    expect(en.dotRoundFacts(count, count, count)).toBe(
      `${enNoun('partner voted', 'partners voted')}, ${enNoun('dot', 'dots')} each · ${enNoun('dot', 'dots')} spread`,
    );
    expect(markupOf(nl.dotsIgnoredVote('a', 'b', count, 'c'))).toContain(`(${nlNoun('stip', 'stippen')})`);
    expect(markupOf(nl.sharedList(count, 'a', 'b'))).toContain(`telt ${nlNoun('knelpunt', 'knelpunten')} (`);
    expect(markupOf(en.sharedList(count, 'a', 'b'))).toContain(`holds ${enNoun('issue', 'issues')} (`);
    expect(nl.respondents(count)).toBe(nlNoun('ingevulde vragenlijst', 'ingevulde vragenlijsten'));
    expect(en.respondents(count)).toBe(enNoun('completed survey', 'completed surveys'));
    expect(nl.releaseAkkoord('0', count)).toBe(`Akkoord: 0 van ${nlNoun('partner', 'partners')}`);
    expect(nl.diffEvidenceCount('3', count)).toBe(`3 → ${nlNoun('waarneming', 'waarnemingen')}`);
    expect(en.diffEvidenceCount('3', count)).toBe(`3 → ${enNoun('observation', 'observations')}`);
  });

  it('calls the plan links "koppelingen", as the dashboard does', () => {
    const dashboard = readCatalogue('nl');
    expect(nl.findingDangling).toBe(dashboard.planCoverage_dangling?.message);
    for (const text of [nl.findingDangling, nl.findingSuspect, nl.findingMisfit, nl.linkSuspect]) expect(text).not.toMatch(/\blinks?\b/i);
  });
});
