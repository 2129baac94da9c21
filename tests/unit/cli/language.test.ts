import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { poolReader, startDecodeWorker } from '../../../cli/decode-pool.ts';
import { EXIT } from '../../../cli/exit-codes.ts';
import { chooseLanguage, localeLanguage } from '../../../cli/language.ts';
import { type CliDeps, main } from '../../../cli/main.ts';
import { MESSAGES } from '../../../cli/messages/index.ts';
import { readFileBytes } from '../../../cli/read-file-bytes.ts';
import type { BundleFile } from '../../../cli/read-bundle-files.ts';
import { LIMITS } from '../../../shared/limits.ts';
import { committedExamples } from './support/examples.ts';
import { memoryDeps } from './support/memory-deps.ts';
import { runBin } from './support/run-bin.ts';

const GGZ = 'examples/ggz-de-peel.json';

/** A run of `main` on the examples in memory, under the locale given. */
async function run(locale: CliDeps['locale'], ...args: string[]) {
  const machine = memoryDeps(committedExamples(), 'nl');
  const code = await main(args, { ...machine.deps, locale });
  return { code, out: machine.out.join('\n'), err: machine.err.join('\n'), written: machine.written };
}

describe('the language of the command line', () => {
  it('is Dutch by default: results, problems and help', async () => {
    expect(await run({}, 'validate', GGZ)).toMatchObject({
      code: EXIT.ok,
      out: 'ok  examples/ggz-de-peel.json  (14 records, regio helmond-de-peel, van GGZ De Peel (zorg), ondertekend)',
    });
    const missing = await run({}, 'validate', 'weg.json', 'ook-weg.json');
    expect(missing.code).toBe(EXIT.failed);
    expect(missing.err).toBe(['weg.json: bestand of map bestaat niet', 'ook-weg.json: bestand of map bestaat niet', '2 van 2 bestanden geweigerd'].join('\n'));
    const wrong = await run({}, 'merge', GGZ);
    expect(wrong.code).toBe(EXIT.usage);
    expect(wrong.err).toBe(`regiobeeld: merge heeft -o UIT.json nodig, het bestand voor de samengevoegde bundel\n\n${MESSAGES.nl.usage.merge}`);
  });

  it('counts in Dutch words and numbers', async () => {
    const merged = await run({}, 'merge', ...committedExamples().keys(), '-o', 'uit.json');
    expect(merged.code).toBe(EXIT.ok);
    expect(merged.out).toMatch(/^\d+ bundels samengevoegd in uit\.json$/m);
    expect(merged.out).toMatch(/^ {2}records {5}\d+ \(\d+ verwijderd\)$/m);
    expect((await run({}, 'validate', 'weg.json')).err).toContain('1 van 1 bestand geweigerd');
  });

  it('is English with --lang en, wherever it stands, and with --lang=en', async () => {
    const english = 'ok  examples/ggz-de-peel.json  (14 records, region helmond-de-peel, producer GGZ De Peel (zorg), signed)';
    expect((await run({}, 'validate', GGZ, '--lang', 'en')).out).toBe(english);
    expect((await run({}, '--lang', 'en', 'validate', GGZ)).out).toBe(english);
    expect((await run({}, 'validate', '--lang=en', GGZ)).out).toBe(english);
    expect((await run({}, '--lang', 'en')).err).toBe(`regiobeeld: no command given\n\n${MESSAGES.en.usage.main}`);
  });

  it('follows the locale when no --lang is given: LC_ALL, then LC_MESSAGES, then LANG', async () => {
    expect((await run({ LANG: 'en_GB.UTF-8' }, 'validate', 'weg.json')).err).toContain('weg.json: no such file or folder');
    expect(localeLanguage({ LANG: 'en_GB.UTF-8' })).toBe('en');
    expect(localeLanguage({ LANG: 'en' })).toBe('en');
    expect(localeLanguage({ LC_ALL: 'nl_NL.UTF-8', LANG: 'en_GB.UTF-8' })).toBe('nl');
    expect(localeLanguage({ LC_MESSAGES: 'en_US.UTF-8', LANG: 'nl_NL.UTF-8' })).toBe('en');
    expect(localeLanguage({ LC_ALL: '', LC_MESSAGES: '', LANG: 'en_US' })).toBe('en');
    expect(localeLanguage({ LANG: 'C.UTF-8' })).toBe('nl');
    expect(localeLanguage({ LANG: 'de_DE.UTF-8' })).toBe('nl');
    expect(localeLanguage({})).toBe('nl');
  });

  it('lets --lang overrule the locale, for the messages and the HTML report alike; the locale alone leaves the report Dutch', async () => {
    const dutch = await run({ LANG: 'en_GB.UTF-8' }, 'report', GGZ, '--html', 'r.html', '--lang', 'nl');
    expect(dutch.code).toBe(EXIT.ok);
    expect(dutch.out).toContain('HTML-verslag geschreven naar r.html (Nederlands)');
    expect(dutch.written.get('r.html')).toMatch(/^<!doctype html>\n<html lang="nl">/);
    const byLocale = await run({ LANG: 'en_GB.UTF-8' }, 'report', GGZ, '--html', 'r.html');
    expect(byLocale.out).toContain('wrote the HTML report to r.html (Dutch)');
    expect(byLocale.written.get('r.html')).toMatch(/^<!doctype html>\n<html lang="nl">/);
    const english = await run({}, 'report', GGZ, '--html', 'r.html', '--lang', 'en');
    expect(english.out).toContain('wrote the HTML report to r.html (English)');
    expect(english.written.get('r.html')).toMatch(/^<!doctype html>\n<html lang="en">/);
    const csvOnly = await run({}, 'report', GGZ, '--csv-dir', 'csv', '--lang', 'en');
    expect(csvOnly.code).toBe(EXIT.ok);
    expect(csvOnly.out).toMatch(/^wrote 5 CSV files to csv \(/m);
  });

  it.each([
    [['validate', GGZ, '--lang', 'xx'], 'not "xx"'],
    [['--lang', 'fr', '--help'], 'not "fr"'],
    [['merge', GGZ, '-o', 'uit.json', '--lang'], 'needs a language'],
  ])('refuses %j in both languages with the usage exit code, and writes nothing', async (args, named) => {
    for (const locale of [{}, { LANG: 'en_GB.UTF-8' }]) {
      const { code, out, err, written } = await run(locale, ...args);
      expect(code).toBe(EXIT.usage);
      expect(out).toBe('');
      expect(written.size).toBe(0);
      const [first, second, blank] = err.split('\n');
      const dutch = /^regiobeeld: --lang (moet "nl" of "en" zijn, niet "[a-z]+"|heeft een taal nodig: "nl" of "en")$/;
      const english = /^regiobeeld: --lang (must be "nl" or "en", not "[a-z]+"|needs a language: "nl" or "en")$/;
      // The locale's language first, then the other; the help in the locale's language.
      const [dutchFirst, usage] = locale.LANG === undefined ? [true, MESSAGES.nl.usage.main] : [false, MESSAGES.en.usage.main];
      expect(first).toMatch(dutchFirst ? dutch : english);
      expect(second).toMatch(dutchFirst ? english : dutch);
      expect(blank).toBe('');
      expect(err).toContain(named);
      expect(err.endsWith(usage)).toBe(true);
    }
  });

  it('prints every help text in both languages', async () => {
    for (const language of ['nl', 'en'] as const) {
      const texts = MESSAGES[language];
      expect(await run({}, '--help', '--lang', language)).toMatchObject({ code: EXIT.ok, out: texts.usage.main, err: '' });
      for (const command of ['validate', 'merge', 'report'] as const) {
        expect(await run({}, command, '--help', '--lang', language)).toMatchObject({ code: EXIT.ok, out: texts.usage[command], err: '' });
      }
    }
    expect(MESSAGES.nl.usage.main).toMatch(/^Gebruik: regiobeeld <opdracht> \[opties\]/);
    expect(MESSAGES.nl.usage.main).toContain('--lang nl|en');
    expect(MESSAGES.en.usage.main).toContain('--lang nl|en');
    // No help line is wider than a plain terminal.
    for (const texts of Object.values(MESSAGES))
      for (const text of Object.values(texts.usage)) for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });

  it.each([
    [['validate', GGZ], EXIT.ok],
    [['validate', 'weg.json'], EXIT.failed],
    [['merge', GGZ, 'weg.json', '-o', 'uit.json'], EXIT.failed],
    [['report', 'weg.json', '--csv-dir', 'csv'], EXIT.failed],
    [['merge', GGZ], EXIT.usage],
    [['frobnicate'], EXIT.usage],
    [['validate', '--verbose', GGZ], EXIT.usage],
    [['report', GGZ], EXIT.usage],
    [[], EXIT.usage],
  ])('exits %j with the same code in both languages', async (args, code) => {
    const dutch = await run({}, ...args);
    const english = await run({}, ...args, '--lang', 'en');
    expect([dutch.code, english.code]).toEqual([code, code]);
    if (args.length > 0) expect(dutch.err === '' && english.err === '').toBe(code === EXIT.ok);
    expect(dutch.err === english.err && dutch.err !== '').toBe(false);
  });

  it('words the parser’s problems in the language asked for', async () => {
    expect((await run({}, 'validate', '--verbose', GGZ)).err).toMatch(/^regiobeeld: onbekende optie --verbose \(/);
    expect((await run({}, 'merge', GGZ, '-o')).err).toMatch(/^regiobeeld: --output heeft een waarde nodig$/m);
    expect((await run({}, 'merge', GGZ, '--accept-unsigned=ja', '-o', 'uit.json')).err).toMatch(/^regiobeeld: bij --accept-unsigned hoort geen waarde$/m);
  });

  it('keeps the words "--" protects as files', () => {
    expect(chooseLanguage(['validate', '--', '--lang', 'xx'], {})).toEqual({
      ok: true,
      language: 'nl',
      asked: false,
      args: ['validate', '--', '--lang', 'xx'],
    });
  });
});

describe('the decoding threads', () => {
  let folder = '';
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'regiobeeld-language-'));
    await writeFile(join(folder, 'kapot.json'), '{"format":"regiobeeld-bundle",');
    await writeFile(join(folder, 'leeg.json'), '');
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('word a refused file in the language of the run', async () => {
    const files = ['kapot.json', 'leeg.json', 'weg.json'].map((name) => join(folder, name));
    const problemsIn = async (language: 'nl' | 'en') => {
      const { deps } = memoryDeps(new Map(), language);
      const real = { ...deps, readBytes: (path: string) => readFileBytes(path, LIMITS.bundleBytes) };
      const problems: string[] = [];
      await poolReader(
        2,
        real,
        startDecodeWorker,
      )(files, (result: BundleFile) => {
        if (!result.ok) problems.push(...result.problems);
      });
      return problems;
    };
    const [dutch, english] = await Promise.all([problemsIn('nl'), problemsIn('en')]);
    expect(dutch).toEqual([
      expect.stringMatching(/kapot\.json: het bestand is beschadigd of onvolledig, geen geldige JSON \(.+\)$/),
      expect.stringMatching(/leeg\.json: het bestand is leeg$/),
      expect.stringMatching(/weg\.json: bestand of map bestaat niet$/),
    ]);
    expect(english).toEqual([
      expect.stringMatching(/kapot\.json: the file ends too early/),
      expect.stringMatching(/leeg\.json: the file is empty$/),
      expect.stringMatching(/weg\.json: no such file or folder$/),
    ]);
  }, 30_000);
});

describe('the program', () => {
  it('speaks Dutch without a locale, English under LANG=en_GB.UTF-8, with the same exit codes', async () => {
    const [dutch, english, dutchHelp, englishHelp] = await Promise.all([
      runBin(['validate', 'weg.json'], {}),
      runBin(['validate', 'weg.json'], { LANG: 'en_GB.UTF-8' }),
      runBin(['--help'], {}),
      runBin(['--help'], { LANG: 'en_GB.UTF-8' }),
    ]);
    expect([dutch.code, english.code]).toEqual([EXIT.failed, EXIT.failed]);
    expect(dutch.stderr).toBe('weg.json: bestand of map bestaat niet\n1 van 1 bestand geweigerd\n');
    expect(english.stderr).toBe('weg.json: no such file or folder\n1 of 1 file refused\n');
    expect([dutchHelp.code, englishHelp.code]).toEqual([EXIT.ok, EXIT.ok]);
    expect(dutchHelp.stdout).toBe(`${MESSAGES.nl.usage.main}\n`);
    expect(englishHelp.stdout).toBe(`${MESSAGES.en.usage.main}\n`);
  }, 30_000);
});
