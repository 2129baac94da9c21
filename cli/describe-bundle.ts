import type { Bundle } from '../shared/bundle/format.ts';
import { plural } from './plural.ts';

/** The partners whose records a bundle holds: its producer, or every partner a merge took in. */
export function contributorCount(bundle: Pick<Bundle, 'producer'>): number {
  return bundle.producer.kind === 'partner' ? 1 : bundle.producer.partnerIds.length;
}

function producerText(bundle: Pick<Bundle, 'producer'>): string {
  const { producer } = bundle;
  return producer.kind === 'partner'
    ? `${producer.organisation} (${producer.role === 'coordinator' ? 'coordinator' : (producer.domain ?? 'no domain')})`
    : `merge of ${plural(contributorCount(bundle), 'partner', 'partners')}`;
}

/** "ok  FILE  (N records, region R, producer P, signed)": one line per accepted file. */
export function acceptedLine(file: string, bundle: Pick<Bundle, 'producer' | 'region'>, recordCount: number, signature: 'valid' | 'unsigned'): string {
  const signed = signature === 'valid' ? 'signed' : 'unsigned';
  return `ok  ${file}  (${plural(recordCount, 'record', 'records')}, region ${bundle.region}, producer ${producerText(bundle)}, ${signed})`;
}
