import { liveVersion } from '../../../shared/records/versions.ts';
import { DotVoteBody, dotRoundOpeningId, dotVoteId, type IssueDots } from '../../../shared/schema/dot-vote.ts';
import type { RecordId } from '../../../shared/schema/ids.ts';
import { isCoordinator } from '../../../shared/schema/partner.ts';
import { isLive, type LiveRecord } from '../../../shared/schema/record.ts';
import type { PartnerWrite, RecordStore } from '../../services/record-store.ts';

/**
 * Why a vote or an opening was refused; nothing was stored. `not-coordinator`: only the coordinator
 * opens a round or enters another partner's dots; `voter-not-found`: no partner (or the
 * coordinator, who does not vote); `issue-not-found`: an issue was deleted, or the id is no issue's;
 * `over-budget`: more dots than the round allows.
 */
export class DotVoteRefused extends Error {
  constructor(readonly code: 'not-coordinator' | 'voter-not-found' | 'issue-not-found' | 'over-budget') {
    super(`dot vote: ${code}`);
    this.name = 'DotVoteRefused';
  }
}

export type DotVoteStore = ReturnType<typeof createDotVoteStore>;

/** One voter's dots, as the coordinator enters them with the others'. */
export interface VoterDots {
  readonly voterPartnerId: RecordId;
  readonly dots: readonly IssueDots[];
}

/** A round as the partners vote in it: its name and the dots each spreads. */
export interface RoundRef {
  readonly name: string;
  readonly budget: number;
}

const stampOf = (context: PartnerWrite) => ({ region: context.partner.region, origin: context.partner.origin, updatedAt: context.stamp() });

/**
 * Voting with dots at the regiotafel, written as this installation's partner: the coordinator
 * opens a round (its own record in it, no dots, under the opening's id `dotRoundOpeningId`) and
 * enters the partners' dots; a partner spreads its own. A partner's vote is one record per round
 * (`dotVoteId`), whoever writes it.
 */
export function createDotVoteStore(store: Pick<RecordStore, 'writeAsPartner'>) {
  /**
   * Several voters' dots in the round as one change: all are written, or (one refused) none is.
   * Dots on an issue not received here yet are kept (given elsewhere); on an issue deleted here,
   * or on an id that is no issue, they are refused.
   */
  const votes = (round: RoundRef, entries: readonly VoterDots[]): Promise<LiveRecord<'dotVote'>[]> => {
    const bodies: DotVoteBody[] = [];
    for (const { voterPartnerId, dots } of entries) {
      const given = dots.filter((entry) => entry.dots > 0);
      if (given.reduce((sum, entry) => sum + entry.dots, 0) > round.budget) return Promise.reject(new DotVoteRefused('over-budget'));
      bodies.push(DotVoteBody.parse({ round: round.name, voterPartnerId, budget: round.budget, dots: given }));
    }
    return store.writeAsPartner(async (context) => {
      const written: LiveRecord<'dotVote'>[] = [];
      for (const body of bodies) {
        const { voterPartnerId } = body;
        if (voterPartnerId !== context.partner.origin && !isCoordinator(context.partner.body)) throw new DotVoteRefused('not-coordinator');
        const voter = await context.records.get(voterPartnerId);
        if (voter?.type !== 'partner' || !isLive(voter) || isCoordinator(voter.body)) throw new DotVoteRefused('voter-not-found');
        for (const entry of body.dots) {
          const issue = await context.records.get(entry.issueId);
          if (issue !== undefined && (issue.type !== 'issue' || !isLive(issue))) throw new DotVoteRefused('issue-not-found');
        }
        written.push({ ...liveVersion('dotVote', dotVoteId(body.round, voterPartnerId), body, stampOf(context)), deleted: false, body });
      }
      await context.records.bulkPut(written);
      return written;
    });
  };

  return {
    openRound(round: RoundRef): Promise<LiveRecord<'dotVote'>> {
      return store.writeAsPartner(async (context) => {
        if (!isCoordinator(context.partner.body)) throw new DotVoteRefused('not-coordinator');
        const body = DotVoteBody.parse({ round: round.name, voterPartnerId: context.partner.origin, budget: round.budget, dots: [] });
        const record = liveVersion('dotVote', dotRoundOpeningId(body.round, context.partner.origin), body, stampOf(context));
        await context.records.put(record);
        return { ...record, deleted: false, body };
      });
    },

    /** The voter's dots in the round, replacing what it (or the coordinator for it) gave before; issues without dots are left out. */
    async vote(round: RoundRef, voterPartnerId: RecordId, dots: readonly IssueDots[]): Promise<LiveRecord<'dotVote'>> {
      const [record] = await votes(round, [{ voterPartnerId, dots }]);
      if (record === undefined) throw new DotVoteRefused('voter-not-found');
      return record;
    },

    votes,
  };
}
