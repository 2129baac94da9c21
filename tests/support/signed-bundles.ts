import { webcrypto } from 'node:crypto';
import { encodeBundle, makeBundle } from '../../shared/bundle/encode.ts';
import { signedRecord } from '../../shared/bundle/record-signature.ts';
import { signingPayload } from '../../shared/bundle/signature.ts';
import { createWebCryptoSignature } from '../../shared/bundle/webcrypto-signature.ts';
import { liveVersion, type VersionStamp } from '../../shared/records/versions.ts';
import type { PartnerBody } from '../../shared/schema/partner.ts';
import type { PublicKeyJwk } from '../../shared/schema/public-key.ts';
import type { RecordOfType, RegionRecord } from '../../shared/schema/record.ts';
import { stamp } from './fake-records.ts';

const signer = createWebCryptoSignature(webcrypto.subtle as SubtleCrypto);

/** The partner the fake records name as their writer (ORIGIN_A), as `partnerBundle` names it. */
export const HUISARTSEN: Omit<PartnerBody, 'publicKey'> = { organisation: 'Huisartsencoöperatie De Peel', domain: 'zorg', regionName: 'Helmond-De Peel' };

export interface SigningInstallation {
  /** Its partner record: it publishes the key and is signed by it. */
  readonly partner: RecordOfType<'partner'>;
  readonly publicKey: PublicKeyJwk;
  sign<R extends RegionRecord>(record: R): Promise<R>;
  /**
   * Its file as the extension exports it: the partner record, then `records`, each signed with this
   * installation's key (one written in another partner's name too, as a forger would), and the
   * bundle signed as a whole.
   */
  bundleText(records: readonly RegionRecord[], exportedAt?: string): Promise<string>;
  /**
   * Its file holding `records` as they are: the copies of other partners' versions an export
   * carries keep their writers' signatures, and a forger's version keeps the forger's.
   */
  fileOf(records: readonly RegionRecord[], exportedAt?: string): Promise<string>;
}

/**
 * Another partner's installation as the extension makes one, outside the browser: a key pair and
 * a self-signed partner record, so that its versions come in without the consent unsigned ones need.
 * The partner record's id is the installation's origin (`at`, by default that of the fake records).
 */
export async function signingInstallation(body: Omit<PartnerBody, 'publicKey'>, at: Partial<VersionStamp> = {}): Promise<SigningInstallation> {
  const { privateKey, publicKey } = await signer.generateKeyPair();
  const sign = <R extends RegionRecord>(record: R) => signedRecord(record, (payload) => signer.sign(privateKey, payload));
  const version = stamp(at);
  const partner = await sign(liveVersion('partner', version.origin, { ...body, publicKey }, version));
  const fileOf = async (records: readonly RegionRecord[], exportedAt = '2026-10-02T10:00:00.000Z') => {
    const bundle = makeBundle({
      region: version.region,
      producer: { kind: 'partner', partnerId: version.origin, organisation: body.organisation, domain: body.domain, publicKey },
      exportedAt,
      records: [partner, ...records],
      surveyDefinitions: [],
    });
    return encodeBundle({ ...bundle, integrity: { ...bundle.integrity, signature: await signer.sign(privateKey, signingPayload(bundle)) } });
  };
  return {
    partner,
    publicKey,
    sign,
    fileOf,
    bundleText: async (records, exportedAt) => fileOf(await Promise.all(records.map(sign)), exportedAt),
  };
}
