import type { IssueBody } from '../../shared/schema/issue.ts';
import type { ObservationBody } from '../../shared/schema/observation.ts';
import type { Domain } from '../../shared/schema/partner.ts';

export interface PartnerProfile {
  /** The example's file name without ".json". */
  readonly slug: string;
  readonly organisation: string;
  readonly domain: Domain;
  /** When the partner installed Regiobeeld; its installation id is made then. */
  readonly setupAt: string;
}

/** Issues and observations are named by a ref, because their ids exist only once the story runs. */
export interface IssueDraft {
  readonly ref: string;
  readonly at: string;
  readonly body: IssueBody;
}

export interface ObservationDraft {
  readonly at: string;
  readonly ref?: string;
  readonly issueRefs: readonly string[];
  /** The source is read when the clip is made, so `accessedAt` is the draft's `at`. */
  readonly body: Omit<ObservationBody, 'issueIds' | 'source'> & { readonly source: Omit<ObservationBody['source'], 'accessedAt'> };
}

/** What one partner clips and notes on its own; shared edits and exchanges are in the story. */
export interface PartnerScript {
  readonly profile: PartnerProfile;
  readonly issues: readonly IssueDraft[];
  readonly observations: readonly ObservationDraft[];
}
