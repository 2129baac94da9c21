import { compareText } from '../canonical/compare-text.ts';
import type { PartnerInfo } from './partners.ts';

/** Partners whose names a reader cannot tell apart: the same name after folding, two or more ids. */
export interface LookAlikeNames {
  /** The folded name they share, for a stable order. */
  readonly folded: string;
  /** Sorted by id; each with the name as written. */
  readonly partners: readonly { readonly id: string; readonly organisation: string }[];
}

/**
 * A name as a reader sees it: compatibility forms made plain (NFKC: full-width letters, ligatures,
 * the ℌ of a maths font), invisible characters gone (format characters and what fonts draw nothing
 * for), white space runs as one space, and case folded as Dutch does it. Letters of other scripts
 * that look Latin (a Cyrillic "а") are not folded: that needs the confusables table, not Unicode
 * normalisation.
 */
export function foldedName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLocaleLowerCase('nl')
    .normalize('NFKC');
}

/**
 * Partners under names that fold to the same text. Identical names count too: two installations
 * showing one name are either one partner set up twice or one posing as the other, and the
 * coordinator asks which in both cases. Sorted by folded name, so the same regiobeeld gives the
 * same list.
 */
export function lookAlikeNames(partners: readonly PartnerInfo[]): LookAlikeNames[] {
  const byName = new Map<string, { id: string; organisation: string }[]>();
  for (const { id, organisation } of partners) {
    if (organisation === null) continue;
    const folded = foldedName(organisation);
    const group = byName.get(folded);
    if (group === undefined) byName.set(folded, [{ id, organisation }]);
    else group.push({ id, organisation });
  }
  return [...byName]
    .filter(([, group]) => group.length > 1)
    .map(([folded, group]) => ({ folded, partners: group.sort((a, b) => compareText(a.id, b.id)) }))
    .sort((a, b) => compareText(a.folded, b.folded));
}
