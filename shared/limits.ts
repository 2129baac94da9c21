/**
 * Bounds on everything that crosses a trust boundary. They are generous for real use and small
 * enough that a hostile bundle cannot exhaust memory or stall the page that imports it.
 */
export const LIMITS = {
  /** Largest bundle file accepted, in bytes. A regional bundle of 100,000 records fits. */
  bundleBytes: 64 * 1024 * 1024,
  /** Deepest JSON nesting accepted; the bundle format itself needs fewer than 10 levels. */
  jsonDepth: 48,
  records: 250_000,
  surveyDefinitions: 1_000,
  /** Errors collected per bundle before the rest are summarised as one. */
  errors: 50,
  shortText: 500,
  longText: 20_000,
  url: 4_096,
  listItems: 200,
  answers: 2_000,
  /** A Delphi study has two to four rounds; a round number beyond this is no real one. */
  delphiRounds: 20,
  /** Values in one free-form value (a response's answers), counted over every level. */
  freeFormValues: 50_000,
  /** How far ahead of the local clock a received timestamp may be before it is refused. */
  clockDriftMs: 60 * 60 * 1000,
} as const;
