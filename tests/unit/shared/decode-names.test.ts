import { describe, expect, it } from 'vitest';
import { decodeBundle } from '../../../shared/bundle/decode.ts';
import { encodeBundle, makeBundle } from '../../../shared/bundle/encode.ts';
import { describeBundleError } from '../../../shared/bundle/errors.ts';
import { liveVersion } from '../../../shared/records/versions.ts';
import { nameProblem, VisibleName } from '../../../shared/schema/text.ts';
import { NOW, partnerBundle } from '../../support/fake-bundles.ts';
import { ORIGIN_A, REGION } from '../../support/fake-records.ts';
import { partnerRecord } from '../survey/support/toets-survey.ts';

function refusals(text: string): string[] {
  const result = decodeBundle(text, { now: NOW });
  if (result.ok) throw new Error('expected the bundle to be refused');
  return result.errors.map((error) => describeBundleError(error, 'partner.json'));
}

const CONTROLS = ['\u202Eevil', 'Gemeente\u2066 Helmond', 'GGD\u200F', 'Zorg\u001b[31m', 'Zorg\rok', 'Zorg\u0085'];
const INVISIBLE = ['\u200B\u200B', '\u2060', '\u0301\u0308', '\u3164', '\u00AD', '\uFEFF\u200D'];

describe('names', () => {
  it('refuse bidi and other control characters, and names with nothing visible', () => {
    expect(CONTROLS.map(nameProblem)).toEqual(CONTROLS.map(() => 'control'));
    expect(INVISIBLE.map(nameProblem)).toEqual(INVISIBLE.map(() => 'invisible'));
    for (const name of [...CONTROLS, ...INVISIBLE, '', '   ']) expect(VisibleName.safeParse(name).success).toBe(false);
  });

  it('accept what people are called, in any script, accents and marks on letters included', () => {
    const names = ['Huisartsencoöperatie De Peel', 'GGD Brabant-Zuidoost', 'Zorg & Welzijn', 'مؤسسة الرعاية', 'Cafe\u0301 Helmond', '株式会社', 'ŽŠ'];
    expect(names.map(nameProblem)).toEqual(names.map(() => null));
    for (const name of names) expect(VisibleName.safeParse(name).success).toBe(true);
  });
});

describe('decodeBundle refuses', () => {
  it.each(['\u202Eevil', '\u200B\u200B'])('a partner record whose organisation is %j, saying why', (organisation) => {
    const lines = refusals(encodeBundle(partnerBundle([partnerRecord(ORIGIN_A, 'zorg', organisation)])));
    const why = organisation === '\u202Eevil' ? 'must not hold control characters or bidi controls' : 'must hold a visible character';
    expect(lines).toEqual([expect.stringMatching(new RegExp(`^partner\\.json: records\\[0\\]\\.body\\.organisation: ${why}.*\\(record ${ORIGIN_A}\\)$`))]);
  });

  it('a partner record whose region or contact name shows nothing', () => {
    const partner = liveVersion(
      'partner',
      ORIGIN_A,
      { organisation: 'GGD', domain: 'publieke-gezondheid', regionName: '\u2060', contactName: '\u202Dnd' },
      { region: REGION, origin: ORIGIN_A, updatedAt: '2026-10-01T09:00:00.000Z-0000' },
    );
    const lines = refusals(encodeBundle(partnerBundle([partner])));
    expect(lines).toEqual([
      expect.stringContaining('records[0].body.regionName: must hold a visible character'),
      expect.stringContaining('records[0].body.contactName: must not hold control characters'),
    ]);
  });

  it("a bundle whose producer's organisation is overridden", () => {
    const bundle = makeBundle({
      region: REGION,
      producer: { kind: 'partner', partnerId: ORIGIN_A, organisation: 'Huisarts\u202E', domain: 'zorg' },
      exportedAt: '2026-10-02T10:00:00.000Z',
      records: [],
      surveyDefinitions: [],
    });
    expect(refusals(encodeBundle(bundle))).toEqual([
      expect.stringContaining('partner.json: producer.organisation: must not hold control characters or bidi controls'),
    ]);
  });
});
