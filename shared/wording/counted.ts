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
  return perLanguage(language).plural.select(count) === 'one';
}

/** The form of a noun a count takes, without the number: for texts that write the number themselves. */
export function nounFor(count: number, language: string, forms: NounForms): string {
  return isSingular(count, language) ? forms.one : forms.other;
}

/** "1.250": a count as the language writes numbers, as `counted` writes it beside its noun. */
export function countText(count: number, language: string): string {
  return perLanguage(language).number.format(count);
}

/** "1 waarneming", "1.250 waarnemingen": the count as the language writes numbers, and its noun. */
export function counted(count: number, language: string, forms: NounForms): string {
  return `${countText(count, language)} ${nounFor(count, language, forms)}`;
}

/**
 * One plural rule and number format per language: a report or list counts thousands of times, and
 * building Intl's objects costs far more than using them.
 */
const RULES = new Map<string, { readonly plural: Intl.PluralRules; readonly number: Intl.NumberFormat }>();

function perLanguage(language: string): { readonly plural: Intl.PluralRules; readonly number: Intl.NumberFormat } {
  let rules = RULES.get(language);
  if (rules === undefined) {
    rules = { plural: new Intl.PluralRules(language), number: new Intl.NumberFormat(language) };
    RULES.set(language, rules);
  }
  return rules;
}
