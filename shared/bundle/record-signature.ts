import { canonicalJson } from '../canonical/canonical-json.ts';
import type { RegionRecord } from '../schema/record.ts';

/** What a record's signature covers: the whole version but the signature itself. */
export function recordSigningPayload(record: RegionRecord): string {
  const { signature, ...unsigned } = record;
  return canonicalJson(unsigned);
}

/** A version with its signature, made by `sign` (the installation's private key, wherever it lives). */
export async function signedRecord<R extends RegionRecord>(record: R, sign: (payload: string) => Promise<string>): Promise<R> {
  return { ...record, signature: await sign(recordSigningPayload(record)) };
}
