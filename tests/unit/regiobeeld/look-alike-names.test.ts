import { describe, expect, it } from 'vitest';
import { foldedName, lookAlikeNames } from '../../../shared/regiobeeld/look-alike-names.ts';
import type { PartnerInfo } from '../../../shared/regiobeeld/partners.ts';

const partner = (n: number, organisation: string | null): PartnerInfo => ({
  id: `019a0000-0000-7000-8000-00000000000${n}`,
  organisation,
  domain: 'zorg',
  coordinator: false,
});

describe('look-alike partner names', () => {
  it('fold full-width letters, invisible characters, white space and case away', () => {
    expect(
      [
        'Gemeente Helmond',
        'ＧＥＭＥＥＮＴＥ Helmond',
        'Gemeente\u200B Helmond\u2060',
        ' gemeente   helmond ',
        'Gemeente\u00A0Helmond',
        'GEMEENTE HELMOND\u00AD',
      ].map(foldedName),
    ).toEqual(Array(6).fill('gemeente helmond'));
    expect(foldedName('Huisartsencoöperatie')).toBe(foldedName('Huisartsencoo\u0308peratie'));
    expect(foldedName('IJsselland')).toBe('ijsselland');
  });

  it('keep apart what reads differently, accents included', () => {
    expect(foldedName('Coöperatie')).not.toBe(foldedName('Cooperatie'));
    expect(foldedName('GGD Brabant-Zuidoost')).not.toBe(foldedName('GGD Brabant Zuidoost'));
  });

  it('flags two partners whose names look alike, and two under the very same name', () => {
    const partners = [
      partner(1, 'Gemeente Helmond'),
      partner(2, 'Gemeente \u200BHelmond'),
      partner(3, 'GGD'),
      partner(4, 'Zorgkantoor'),
      partner(5, 'Zorgkantoor'),
      partner(6, null),
      partner(7, null),
    ];
    expect(lookAlikeNames(partners)).toEqual([
      {
        folded: 'gemeente helmond',
        partners: [
          { id: partners[0]?.id, organisation: 'Gemeente Helmond' },
          { id: partners[1]?.id, organisation: 'Gemeente \u200BHelmond' },
        ],
      },
      {
        folded: 'zorgkantoor',
        partners: [
          { id: partners[3]?.id, organisation: 'Zorgkantoor' },
          { id: partners[4]?.id, organisation: 'Zorgkantoor' },
        ],
      },
    ]);
  });

  it('flags nothing when every name reads differently, and gives the same list in any order', () => {
    expect(lookAlikeNames([partner(1, 'Gemeente Helmond'), partner(2, 'Gemeente Deurne'), partner(3, null)])).toEqual([]);
    const partners = [partner(3, 'ZORG'), partner(1, 'zorg'), partner(2, 'Ｚorg')];
    expect(lookAlikeNames(partners)).toEqual(lookAlikeNames([...partners].reverse()));
    expect(lookAlikeNames(partners)[0]?.partners.map((p) => p.organisation)).toEqual(['zorg', 'Ｚorg', 'ZORG']);
  });
});
