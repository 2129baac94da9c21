import { webcrypto } from 'node:crypto';
import { encodeBundle, makeBundle } from '../../../../shared/bundle/encode.ts';
import { signedRecord } from '../../../../shared/bundle/record-signature.ts';
import { signingPayload } from '../../../../shared/bundle/signature.ts';
import { createWebCryptoSignature } from '../../../../shared/bundle/webcrypto-signature.ts';
import { liveVersion } from '../../../../shared/records/versions.ts';
import type { RecordId } from '../../../../shared/schema/ids.ts';
import type { PublicKeyJwk } from '../../../../shared/schema/public-key.ts';
import type { RegionRecord } from '../../../../shared/schema/record.ts';
import { REGION } from '../../../support/fake-records.ts';

export const signer = createWebCryptoSignature(webcrypto.subtle as SubtleCrypto);

export interface Installation {
  readonly origin: RecordId;
  readonly publicKey: PublicKeyJwk;
  /** The self-signed partner record publishing the key. */
  readonly partner: RegionRecord;
  sign<R extends RegionRecord>(record: R): Promise<R>;
  /** A bundle as this installation's export: its partner record, the records given (as they are), signed as a whole. */
  bundle(records: readonly RegionRecord[], region?: string): Promise<string>;
}

/** A partner's installation as the extension makes one: a key pair, a self-signed partner record, signed exports. */
export async function installation(origin: string, organisation: string): Promise<Installation> {
  const id = origin as RecordId;
  const { privateKey, publicKey } = await signer.generateKeyPair();
  const sign = <R extends RegionRecord>(record: R) => signedRecord(record, (payload) => signer.sign(privateKey, payload));
  const partnerIn = (region: string) => sign(liveVersion('partner', id, { organisation, domain: 'zorg', regionName: region === REGION ? 'Helmond-De Peel' : region, publicKey }, { region, origin: id, updatedAt: '2026-10-01T09:00:00.000Z-0000' }));
  const partner = await partnerIn(REGION);
  return {
    origin: id,
    publicKey,
    partner,
    sign,
    async bundle(records, region = REGION) {
      const bundle = makeBundle({ region, producer: { kind: 'partner', partnerId: id, organisation, domain: 'zorg', publicKey }, exportedAt: '2026-10-02T10:00:00.000Z', records: [region === REGION ? partner : await partnerIn(region), ...records], surveyDefinitions: [] });
      return encodeBundle({ ...bundle, integrity: { ...bundle.integrity, signature: await signer.sign(privateKey, signingPayload(bundle)) } });
    },
  };
}
