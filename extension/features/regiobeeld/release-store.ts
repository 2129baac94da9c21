import type { Sha256Hex } from '../../../shared/canonical/hash.ts';
import type { IssueSummary } from '../../../shared/regiobeeld/issue-summaries.ts';
import { releaseBodyOf, releaseDigest } from '../../../shared/regiobeeld/releases.ts';
import { scanText } from '../../../shared/privacy/personal-data.ts';
import { liveVersion } from '../../../shared/records/versions.ts';
import type { RecordId } from '../../../shared/schema/ids.ts';
import { isCoordinator } from '../../../shared/schema/partner.ts';
import { isLive, type LiveRecord } from '../../../shared/schema/record.ts';
import { ReleaseApprovalBody, releaseApprovalId, ReleaseBody, releaseId } from '../../../shared/schema/release.ts';
import type { RecordStore } from '../../services/record-store.ts';

/**
 * Why a release or an akkoord was refused; nothing was stored. `changed`: the regiobeeld changed
 * after the page analysed it (a sync came in), so what would be released is not what was shown.
 * `personal-data`: the name or note looks like personal data, which a frozen version could never
 * have taken out again.
 */
export class ReleaseRefused extends Error {
  constructor(readonly code: 'not-coordinator' | 'coordinator' | 'changed' | 'name-taken' | 'personal-data' | 'not-found' | 'not-said') {
    super(`release: ${code}`);
    this.name = 'ReleaseRefused';
  }
}

export type ReleaseStore = ReturnType<typeof createReleaseStore>;

/** What the page analysed: the digest of the records it read (`releaseDigest`) and the standing issues it made of them. */
export interface AnalysedRegiobeeld {
  readonly digest: Sha256Hex;
  readonly issues: readonly IssueSummary[];
}

/**
 * Released versions, written by the coordinator, and the partners' akkoord with them. A release is
 * never changed: it is written once (its id is its content's), and an approval is one record per
 * partner per release, withdrawn by a version saying so.
 */
export function createReleaseStore(store: Pick<RecordStore, 'writeAsPartner'>) {
  return {
    release(input: { readonly name: string; readonly note: string; readonly releasedOn: string }, seen: AnalysedRegiobeeld): Promise<LiveRecord<'release'>> {
      return store.writeAsPartner(async (context) => {
        if (!isCoordinator(context.partner.body)) throw new ReleaseRefused('not-coordinator');
        const stored = await context.records.toArray();
        // The snapshot comes of the page's analysis: it must be of exactly these records. Hashed once,
        // synchronously: waiting on WebCrypto would end the transaction.
        const digest = releaseDigest(stored);
        if (digest !== seen.digest) throw new ReleaseRefused('changed');
        const body = ReleaseBody.parse(releaseBodyOf(input, stored, seen.issues, digest));
        if (scanText(body.name).length + scanText(body.note).length > 0) throw new ReleaseRefused('personal-data');
        const named = stored.some(
          (record) => record.type === 'release' && isLive(record) && record.origin === context.partner.origin && record.body.name === body.name,
        );
        if (named) throw new ReleaseRefused('name-taken');
        const record = liveVersion('release', releaseId(context.partner.origin, body), body, {
          region: context.partner.region,
          origin: context.partner.origin,
          updatedAt: context.stamp(),
        });
        await context.records.put(record);
        return { ...record, deleted: false, body };
      });
    },

    /** "Akkoord" with a release, or (`withdrawn`) taking it back: a new version of this partner's one approval of it. */
    approve(release: RecordId, verdict: ReleaseApprovalBody['verdict'], remark: string): Promise<LiveRecord<'releaseApproval'>> {
      const body = ReleaseApprovalBody.parse({ releaseId: release, verdict, remark: verdict === 'withdrawn' ? '' : remark.trim() });
      return store.writeAsPartner(async (context) => {
        if (isCoordinator(context.partner.body)) throw new ReleaseRefused('coordinator');
        const target = await context.records.get(release);
        if (target?.type !== 'release' || !isLive(target)) throw new ReleaseRefused('not-found');
        const id = releaseApprovalId(context.partner.origin, release);
        if (verdict === 'withdrawn') {
          const said = await context.records.get(id);
          if (said?.type !== 'releaseApproval' || !isLive(said) || said.body.verdict !== 'akkoord') throw new ReleaseRefused('not-said');
        }
        const record = liveVersion('releaseApproval', id, body, { region: context.partner.region, origin: context.partner.origin, updatedAt: context.stamp() });
        await context.records.put(record);
        return { ...record, deleted: false, body };
      });
    },
  };
}
