/** A noun in the two forms Dutch and English count with: "waarneming" / "waarnemingen". */
export interface NounForms {
  readonly one: string;
  readonly other: string;
}

/**
 * Which form a count takes in a language: Intl's plural rules, not `count === 1`, so the rule is
 * the language's own (1.5 is "other" in English; a language with more categories reads as "other").
 */
export function isSingular(count: number, language: string): boolean {
  return new Intl.PluralRules(language).select(count) === 'one';
}

/** The form of a noun a count takes, without the number: for texts that write the number themselves. */
export function nounFor(count: number, language: string, forms: NounForms): string {
  return isSingular(count, language) ? forms.one : forms.other;
}

/** "1 waarneming", "1.250 waarnemingen": the count as the language writes numbers, and its noun. */
export function counted(count: number, language: string, forms: NounForms): string {
  return `${new Intl.NumberFormat(language).format(count)} ${nounFor(count, language, forms)}`;
}
