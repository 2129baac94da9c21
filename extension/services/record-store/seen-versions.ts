import { compareText } from '../../../shared/canonical/compare-text.ts';
import { readMeta, writeMeta } from '../../db/meta-access.ts';
import type { StoreKernel } from './store-kernel.ts';

/** What the partner looked at of the others' versions (`shared/regiobeeld/new-since.ts`); kept per installation, never in a bundle. */
export function createSeenVersions({ db, readWrite }: StoreKernel) {
  return {
    async seenVersions(): Promise<Readonly<Record<string, string>>> {
      return (await readMeta(db, 'seenVersions')) ?? {};
    },

    /** Marks these versions looked at; a newer one already marked for an installation stays. */
    markSeen(versions: Readonly<Record<string, string>>): Promise<void> {
      return readWrite(async () => {
        const held = (await readMeta(db, 'seenVersions')) ?? {};
        const next: Record<string, string> = { ...held };
        for (const [origin, at] of Object.entries(versions)) {
          const before = Object.hasOwn(held, origin) ? held[origin] : undefined;
          if (before === undefined || compareText(at, before) > 0) next[origin] = at;
        }
        await writeMeta(db, 'seenVersions', next);
      });
    },
  };
}
