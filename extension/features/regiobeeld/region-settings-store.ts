import { canonicalJson } from '../../../shared/canonical/canonical-json.ts';
import { liveVersion } from '../../../shared/records/versions.ts';
import { isCoordinator } from '../../../shared/schema/partner.ts';
import { isLive, type LiveRecord } from '../../../shared/schema/record.ts';
import { RegionSettingsBody, regionSettingsId } from '../../../shared/schema/region-settings.ts';
import type { RecordStore } from '../../services/record-store.ts';

/** Why publishing was refused; nothing was stored. */
export class RegionSettingsRefused extends Error {
  constructor(readonly code: 'not-coordinator' | 'issue-not-found') {
    super(`region settings: ${code}`);
    this.name = 'RegionSettingsRefused';
  }
}

export type RegionSettingsStore = ReturnType<typeof createRegionSettingsStore>;

/**
 * The coordinator publishes the region's settings as a new version of its own settings record
 * (`regionSettingsId`). A partner cannot: its settings would count nowhere, so they are refused
 * here rather than sent round to be ignored.
 */
export function createRegionSettingsStore(store: Pick<RecordStore, 'writeAsPartner'>) {
  return {
    /** Publishes; the same settings again write nothing and return the version that holds them. */
    publish(input: RegionSettingsBody): Promise<LiveRecord<'regionSettings'>> {
      const body = RegionSettingsBody.parse(input);
      return store.writeAsPartner(async (context) => {
        if (!isCoordinator(context.partner.body)) throw new RegionSettingsRefused('not-coordinator');
        const named = await context.records.bulkGet([...body.issueIds]);
        if (named.some((record) => record?.type !== 'issue' || !isLive(record))) throw new RegionSettingsRefused('issue-not-found');
        const id = regionSettingsId(context.partner.origin);
        const current = await context.records.get(id);
        if (current?.type === 'regionSettings' && isLive(current) && canonicalJson(current.body) === canonicalJson(body)) return current;
        const record = liveVersion('regionSettings', id, body, { region: context.partner.region, origin: context.partner.origin, updatedAt: context.stamp() });
        await context.records.put(record);
        return { ...record, deleted: false, body };
      });
    },
  };
}
