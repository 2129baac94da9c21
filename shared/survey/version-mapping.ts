import type { QuestionInfo, Scale } from './questions.ts';

export type MappingVerdict = { readonly mapped: true } | { readonly mapped: false; readonly reason: 'removed' | 'changed-type' | 'changed-scale' };

/**
 * Whether answers given to a question of an earlier version can be counted with the latest one.
 * The name must be unchanged and the answer read the same way: same type, same scale. Changed
 * choices or rows do not block the mapping: an answer naming one that is gone is flagged.
 */
export function mapQuestion(earlier: QuestionInfo, latest: QuestionInfo | undefined): MappingVerdict {
  if (!latest) return { mapped: false, reason: 'removed' };
  if (earlier.type !== latest.type) return { mapped: false, reason: 'changed-type' };
  const scaleOf = (q: QuestionInfo): Scale | null => (q.kind === 'rating' || q.kind === 'matrix' ? q.scale : null);
  const [a, b] = [scaleOf(earlier), scaleOf(latest)];
  if (a && b && a.values.join(',') !== b.values.join(',')) return { mapped: false, reason: 'changed-scale' };
  return { mapped: true };
}
