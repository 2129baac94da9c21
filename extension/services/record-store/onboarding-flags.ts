import { readMeta, writeMeta } from '../../db/meta-access.ts';
import type { StoreKernel } from './store-kernel.ts';

/** Whether the partner closed the getting-started steps; kept per installation, never in a bundle. */
export function createOnboardingFlags({ db, now, readWrite }: StoreKernel) {
  return {
    async onboardingClosed(): Promise<boolean> {
      return (await readMeta(db, 'onboardingClosedAt')) !== undefined;
    },

    closeOnboarding(): Promise<void> {
      return readWrite(() => writeMeta(db, 'onboardingClosedAt', new Date(now()).toISOString()));
    },
  };
}
