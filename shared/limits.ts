/**
 * Bounds on everything that crosses a trust boundary. They are generous for real use and small
 * enough that a hostile bundle cannot exhaust memory or stall the page that imports it.
 */
export const LIMITS = {
  /**
   * Largest bundle file accepted, in bytes. A real region today (tens of partners, each a few
   * hundred to a thousand clips, issues, responses and plan items) holds some 25,000 records of
   * about 700 bytes; ten times that, `records` below, is about 175 MB and fits.
   */
  bundleBytes: 192 * 1024 * 1024,
  /**
   * Most marks that start or separate values (`{`, `[`, `,`, inside strings too) in one file,
   * counted before parsing: a file with n of them holds at most 2n + 1 values. A sound bundle holds
   * about 24 per record, 6 million at the record limit; a file of nothing but `{},` at the byte
   * limit 130 million, which JSON.parse would turn into gigabytes of objects before any check.
   */
  jsonValues: 12_000_000,
  /** Deepest JSON nesting accepted; the bundle format itself needs fewer than 10 levels. */
  jsonDepth: 48,
  /** Records in one bundle: ten times a large region's today (see `bundleBytes`). */
  records: 250_000,
  surveyDefinitions: 1_000,
  /** Errors collected per bundle before the rest are summarised as one. */
  errors: 50,
  shortText: 500,
  longText: 20_000,
  url: 4_096,
  listItems: 200,
  answers: 2_000,
  /** Issues one survey question offers: a region has tens to a few hundred. */
  offeredIssues: 5_000,
  /** Questions of one survey that take the issues: a survey has a few. */
  offeredQuestions: 20,
  /** Issue ids one response says were offered, over all its questions: a few questions of `offeredIssues`. */
  offeredIds: 20_000,
  /** A Delphi study has two to four rounds; a round number beyond this is no real one. */
  delphiRounds: 20,
  /**
   * Standing issues a release keeps for comparison: a region has tens to a few hundred; a release
   * of more keeps the first in priority order and counts the rest.
   */
  releasedIssues: 2_000,
  /** Values in one free-form value (a response's answers), counted over every level. */
  freeFormValues: 50_000,
  /** How far ahead of the local clock a received timestamp may be before it is refused. */
  clockDriftMs: 60 * 60 * 1000,
} as const;
