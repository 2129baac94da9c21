import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { passesElevenProof, passesIbanCheck, scanText } from '../../../shared/privacy/personal-data.ts';
import { type RecordFinding, scanRecords } from '../../../shared/privacy/scan-records.ts';
import { findingKey, redactFinding } from '../../../shared/privacy/redact.ts';
import { fakeObservation } from '../../support/fake-records.ts';

const kinds = (text: string) => scanText(text).map((f) => [f.kind, f.match]);

describe('personal data scan', () => {
  it('checks BSNs by the eleven-proof', () => {
    expect(passesElevenProof('111222333')).toBe(true);
    expect(passesElevenProof('123456782')).toBe(true);
    expect(passesElevenProof('123456789')).toBe(false);
    expect(passesElevenProof('000000000')).toBe(false);
    expect(kinds('Cliënt met BSN 123.456.782 belde.')).toEqual([['bsn', '123.456.782']]);
    expect(kinds('Dossier 123456789 en 1.234.567 inwoners')).toEqual([]);
  });

  it('checks IBANs by mod 97, with or without spaces', () => {
    expect(passesIbanCheck('NL91ABNA0417164300')).toBe(true);
    expect(passesIbanCheck('NL91ABNA0417164301')).toBe(false);
    expect(kinds('Maak over op NL91 ABNA 0417 1643 00 graag.')).toEqual([['iban', 'NL91 ABNA 0417 1643 00']]);
  });

  it('finds e-mail addresses and Dutch phone numbers', () => {
    expect(kinds('Mail j.jansen@ggz-depeel.nl of bel 06-12345678, +31 6 1234 5678 of 0492-123456.')).toEqual([
      ['email', 'j.jansen@ggz-depeel.nl'],
      ['phone', '06-12345678'],
      ['phone', '+31 6 1234 5678'],
      ['phone', '0492-123456'],
    ]);
    expect(kinds('Er wachten 1200 inwoners; 75 procent in 2024.')).toEqual([]);
  });

  it('finds a postcode only with a house number, and a date only as a date of birth', () => {
    expect(kinds('Woont Kerkstraat 12, 5701 AB Helmond.').map(([k]) => k)).toEqual(['address']);
    expect(kinds('Postcode 5701 AB 12')).toEqual([['address', '5701 AB']]);
    expect(kinds('In postcodegebied 5701 AB wonen veel ouderen.')).toEqual([]);
    expect(kinds('Mevrouw, geboren 3 maart 1941, woont alleen.')).toEqual([['birth-date', '3 maart 1941']]);
    expect(kinds('Het rapport verscheen op 3 maart 2024.')).toEqual([]);
  });

  it('flags euro amounts near words about tariffs and contracts (competition law)', () => {
    expect(kinds('Het tarief voor wijkverpleging is € 72,50 per uur.')).toEqual([['tariff', '€ 72,50']]);
    expect(kinds('De contractprijs werd 1.250 euro per traject.')).toEqual([['tariff', '1.250 euro']]);
    expect(kinds('De gemeente investeert € 2.000.000 in welzijn.')).toEqual([]);
  });

  it('gives the context of each finding', () => {
    const [finding] = scanText('Bel mevrouw De Vries op 06-12345678 na vijven.');
    expect(finding).toMatchObject({ start: 24, end: 35, context: 'Bel mevrouw De Vries op 06-12345678 na vijven.' });
    const [far] = scanText(`${'Een lange inleiding over de wijk '.repeat(3)}met nummer 06-12345678 en dan ${'nog veel meer tekst '.repeat(4)}`);
    expect(far?.context).toBe('…lange inleiding over de wijk met nummer 06-12345678 en dan nog veel meer tekst nog veel meer…');
  });

  it('scans every text of live records and names the field', () => {
    const records = [fakeObservation(1, { interpretation: 'Contact: a.bakker@gemeente.nl' }), fakeObservation(2)];
    expect(scanRecords(records)).toEqual([
      expect.objectContaining({ kind: 'email', match: 'a.bakker@gemeente.nl', recordId: records[0]?.id, field: 'body.interpretation' }),
    ]);
  });

  it('skips record ids and content hashes, whose digit runs look like phone numbers', () => {
    const issueId = '01a1f640-bc02-7202-8202-020202020202';
    expect(scanText(issueId).map((f) => f.kind)).toContain('phone');
    const record = fakeObservation(1, { issueIds: [issueId], interpretation: `Zie ${issueId}, of bel 06-12345678` });
    expect(scanRecords([record]).map((f) => [f.field, f.match])).toEqual([
      ['body.interpretation', '02-7202-8202'],
      ['body.interpretation', '06-12345678'],
    ]);
    const hash = 'a0612345678b'.padEnd(64, 'c');
    expect(scanText(hash).map((f) => f.kind)).toEqual(['phone']);
    expect(scanRecords([fakeObservation(2, { interpretation: hash })])).toEqual([]);
  });

  it('never throws and reports positions that hold the match', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        for (const f of scanText(text)) expect(text.slice(f.start, f.end)).toBe(f.match);
      }),
      { numRuns: 500 },
    );
  });
});

describe('redaction', () => {
  it('replaces exactly the finding in a copy of the body, and refuses when the text moved on', () => {
    const record = fakeObservation(1, { interpretation: 'Bel mevrouw op 06-12345678 of mail a@b.nl', areas: ['GM0794', 'Kerkstraat 12, 5701 AB'] });
    const findings = scanRecords([record]);
    expect(findings.map((f) => [f.kind, f.field])).toEqual([
      ['phone', 'body.interpretation'],
      ['email', 'body.interpretation'],
      ['address', 'body.areas[1]'],
    ]);
    const [phone, , address] = findings;
    const redacted = redactFinding(record.body, phone as RecordFinding) as { interpretation: string };
    expect(redacted.interpretation).toBe('Bel mevrouw op [weggelakt] of mail a@b.nl');
    expect(record.body?.interpretation).toBe('Bel mevrouw op 06-12345678 of mail a@b.nl');
    expect((redactFinding(record.body, address as RecordFinding) as { areas: string[] }).areas).toEqual(['GM0794', 'Kerkstraat 12, [weggelakt]']);
    expect(redactFinding({ ...record.body, interpretation: 'anders' }, phone as RecordFinding)).toBeNull();
    expect(findingKey(phone as RecordFinding)).not.toBe(findingKey({ ...(phone as RecordFinding), updatedAt: 'later' }));
  });
});
