import { compareText } from '../canonical/compare-text.ts';
import { isLaterRecord } from '../merge/version-order.ts';
import { isLive, type LiveRecord, type RegionRecord } from '../schema/record.ts';
import type { IssueStatus } from '../schema/issue-outcome.ts';

/** What the regiotafel recorded of an issue (`issueOutcome`), and who recorded it when. */
export interface IssueOutcome {
  readonly id: string;
  readonly status: IssueStatus;
  readonly interpretation: string;
  readonly agreedBy: readonly string[];
  readonly dissent: string;
  readonly statusReason: string;
  readonly recordedBy: string;
  readonly at: string;
}

/** An afspraak of the regiotafel, under the issue it counts for. */
export interface Agreement {
  readonly id: string;
  /** The issue it counts for: an afspraak about a merged issue stands under its survivor. */
  readonly issueId: string;
  readonly planItemId: string | null;
  readonly what: string;
  readonly ownerPartnerId: string;
  /** The day it is due, "2027-03-31". */
  readonly due: string;
  readonly done: boolean;
  readonly recordedBy: string;
  readonly at: string;
}

/**
 * Per issue, the outcome the regiotafel recorded. One recorded of an issue merged into it counts
 * too: of several, the latest recorded (`updatedAt`) speaks.
 */
export function outcomesByIssue(records: readonly RegionRecord[], survivorOf: (id: string) => string = (id) => id): ReadonlyMap<string, IssueOutcome> {
  const chosen = new Map<string, LiveRecord<'issueOutcome'>>();
  for (const record of records) {
    if (record.type !== 'issueOutcome' || !isLive(record)) continue;
    const issue = survivorOf(record.body.issueId);
    const held = chosen.get(issue);
    if (held === undefined || isLaterRecord(record, held)) chosen.set(issue, record);
  }
  const out = new Map<string, IssueOutcome>();
  for (const [issue, record] of chosen) {
    const { issueId: _, ...body } = record.body;
    out.set(issue, { id: record.id, ...body, agreedBy: [...body.agreedBy].sort(compareText), recordedBy: record.origin, at: record.updatedAt });
  }
  return out;
}

/** Every live afspraak, due first, then by id. */
export function agreementsOf(records: readonly RegionRecord[], survivorOf: (id: string) => string = (id) => id): Agreement[] {
  const out: Agreement[] = [];
  for (const record of records) {
    if (record.type !== 'agreement' || !isLive(record)) continue;
    const { issueId, planItemId, what, ownerPartnerId, due, done } = record.body;
    out.push({
      id: record.id,
      issueId: survivorOf(issueId),
      planItemId: planItemId ?? null,
      what,
      ownerPartnerId,
      due,
      done,
      recordedBy: record.origin,
      at: record.updatedAt,
    });
  }
  return out.sort((a, b) => compareText(a.due, b.due) || compareText(a.id, b.id));
}

/** Not done and due before `today` ("2027-04-01"): the day it was due has passed. */
export const isOverdue = (agreement: Pick<Agreement, 'done' | 'due'>, today: string): boolean => !agreement.done && compareText(agreement.due, today) < 0;
