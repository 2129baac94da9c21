import type { RecordFinding } from './scan-records.ts';

/** What stands where a personal identifier was taken out, in the records every partner receives. */
export const REDACTED = '[weggelakt]';

/** Names one finding in one version of a record, to remember that the partner confirmed it. */
export function findingKey(finding: Pick<RecordFinding, 'recordId' | 'updatedAt' | 'field' | 'start' | 'match'>): string {
  return [finding.recordId, finding.updatedAt, finding.field, String(finding.start), finding.match].join('\u0000');
}

/**
 * A copy of a record's body with the finding's text replaced by REDACTED, or null when the text
 * there is no longer what was found (the record changed since the scan).
 */
export function redactFinding(body: unknown, finding: Pick<RecordFinding, 'pathKeys' | 'start' | 'end' | 'match'>): unknown {
  const [first, ...rest] = finding.pathKeys;
  if (first !== 'body') return null;
  return replaceAt(body, rest, (text) =>
    text.slice(finding.start, finding.end) === finding.match ? `${text.slice(0, finding.start)}${REDACTED}${text.slice(finding.end)}` : null,
  );
}

function replaceAt(value: unknown, path: readonly PropertyKey[], replace: (text: string) => string | null): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return typeof value === 'string' ? replace(value) : null;
  if (Array.isArray(value) && typeof key === 'number' && key < value.length) {
    const inner = replaceAt(value[key], rest, replace);
    return inner === null ? null : value.map((item, index) => (index === key ? inner : item));
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && typeof key === 'string' && Object.hasOwn(value, key)) {
    const inner = replaceAt((value as Record<string, unknown>)[key], rest, replace);
    return inner === null ? null : { ...value, [key]: inner };
  }
  return null;
}
