import type { JsonValue } from '../schema/json-value.ts';
import { DOMAINS, type Domain } from '../schema/partner.ts';

/** A response whose origin names no partner record still counts, under "unknown". */
export type DomainKey = Domain | 'unknown';
export const DOMAIN_KEYS: readonly DomainKey[] = [...DOMAINS, 'unknown'];

/** Who gave an answer: the partner (the response's origin) and what its partner record says. */
export interface Respondent {
  readonly responseId: string;
  readonly partnerId: string;
  readonly organisation: string | null;
  readonly domain: DomainKey;
  /** The definition version the response was given to. */
  readonly version: number;
}

export interface Answer {
  readonly respondent: Respondent;
  readonly value: JsonValue;
  /** The text SurveyJS stores under "<name>-Comment" when "Other" is chosen. */
  readonly otherText: string | null;
  /** For a question that takes the issues: the ones it offered this respondent; absent when not known (saved before bundle version 4). */
  readonly offered?: readonly string[];
}

export type MisfitReason = 'wrong-type' | 'out-of-range' | 'unknown-choice' | 'duplicate-choice' | 'unknown-row' | 'unknown-question';

/** An answer that does not fit its question: kept and shown, never counted. */
export interface Misfit {
  readonly respondent: Respondent;
  readonly question: string;
  /** For a matrix: the row whose cell does not fit. */
  readonly row?: string;
  readonly value: JsonValue;
  readonly reason: MisfitReason;
}

export interface DomainPart<T> {
  readonly domain: DomainKey;
  readonly stats: T;
}

/**
 * The answer stored under a question name; own keys only, so a name such as "constructor" never
 * reads what every object inherits.
 */
export function storedAnswer(answers: { readonly [name: string]: JsonValue }, name: string): JsonValue {
  return Object.hasOwn(answers, name) ? (answers[name] ?? null) : null;
}

/** SurveyJS leaves a skipped question out; an emptied field can leave "", [] or {} behind. */
export function isNoAnswer(value: JsonValue | undefined): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value).length === 0;
}

/** The same statistics for each partner domain that answered, in the order of the domain list. */
export function splitByDomain<E extends { readonly respondent: Respondent }, T>(entries: readonly E[], stats: (part: readonly E[]) => T): DomainPart<T>[] {
  return DOMAIN_KEYS.flatMap((domain) => {
    const part = entries.filter((entry) => entry.respondent.domain === domain);
    return part.length > 0 ? [{ domain, stats: stats(part) }] : [];
  });
}
