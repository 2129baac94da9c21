import type { Bundle } from '../shared/bundle/format.ts';
import type { Messages } from './messages/index.ts';

/** The partners whose records a bundle holds: its producer, or every partner a merge took in. */
export function contributorCount(bundle: Pick<Bundle, 'producer'>): number {
  return bundle.producer.kind === 'partner' ? 1 : bundle.producer.partnerIds.length;
}

function producerText(bundle: Pick<Bundle, 'producer'>, texts: Messages): string {
  const { producer } = bundle;
  return producer.kind === 'partner'
    ? texts.producerPartner(producer.organisation, producer.role === 'coordinator', producer.domain)
    : texts.producerMerge(contributorCount(bundle));
}

/** "ok  FILE  (N records, region R, producer P, signed)": one line per accepted file. */
export function acceptedLine(
  file: string,
  bundle: Pick<Bundle, 'producer' | 'region'>,
  recordCount: number,
  signature: 'valid' | 'unsigned',
  texts: Messages,
): string {
  return texts.accepted({ file, records: recordCount, region: bundle.region, producer: producerText(bundle, texts), signed: signature === 'valid' });
}
