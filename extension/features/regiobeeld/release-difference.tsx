import type { IssueChange, PlaceChange, ReleaseDifference } from '../../../shared/regiobeeld/releases.ts';
import type { IssueStatus } from '../../../shared/schema/issue-outcome.ts';
import { moreWords, someOf } from '../../../shared/wording/list-some.ts';
import { formatCount } from '../../i18n/format.ts';
import { plural } from '../../i18n/plural.ts';
import { t, textLanguage } from '../../i18n/t.ts';
import { STATUS_LABELS } from './issue-outcome.tsx';

const statusText = (status: IssueStatus | null) => (status === null ? t('releaseNoStatus') : t(STATUS_LABELS[status]));
const placeText = (place: number | null) => (place === null ? t('releaseNoPlace') : formatCount(place));

function changeText(change: IssueChange): string {
  const parts = [
    ...(change.titleBefore === null ? [] : [t('releaseTitleChanged', change.titleBefore)]),
    ...(change.statusBefore === change.status ? [] : [t('releaseStatusChanged', statusText(change.statusBefore), statusText(change.status))]),
  ];
  return t('releaseChangeLine', change.title, parts.join('; '));
}

function placeLine(change: PlaceChange): string {
  return t(change.direction === 'up' ? 'releasePlaceUp' : 'releasePlaceDown', change.title, placeText(change.before), placeText(change.after));
}

/** One kind of change, the first twenty and how many more: a snapshot may list thousands. */
function Part({ kind, heading, lines }: { kind: string; heading: string; lines: readonly string[] }) {
  if (lines.length === 0) return null;
  const { shown, more } = someOf(lines);
  return (
    <div class="release-change" data-testid={`diff-${kind}`}>
      <h5>{t('releaseDiffHeading', heading, formatCount(lines.length))}</h5>
      <ul>
        {shown.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
        {more > 0 && <li class="hint">{moreWords(more, textLanguage())}</li>}
      </ul>
    </div>
  );
}

/**
 * What changed between two snapshots of the issues: new, removed (merged into another or
 * deleted), changed (title, status), moved in priority, with more evidence. Test ids:
 * release-difference (data-between), diff-added, diff-removed, diff-changed, diff-places, diff-evidence.
 */
export function ReleaseDifferenceView({ difference, between }: { difference: ReleaseDifference; between: 'previous' | 'live' }) {
  return (
    <div class="release-difference" data-testid="release-difference" data-between={between}>
      <Part kind="added" heading={t('releaseDiffAdded')} lines={difference.added.map((issue) => issue.title)} />
      <Part
        kind="removed"
        heading={t('releaseDiffRemoved')}
        lines={difference.removed.map((issue) =>
          issue.mergedInto === null ? t('releaseRemovedGone', issue.title) : t('releaseRemovedMerged', issue.title, issue.mergedInto.title),
        )}
      />
      <Part kind="changed" heading={t('releaseDiffChanged')} lines={difference.changed.map(changeText)} />
      <Part kind="places" heading={t('releaseDiffPlaces')} lines={difference.places.map(placeLine)} />
      <Part
        kind="evidence"
        heading={t('releaseDiffEvidence')}
        lines={difference.evidence.map((change) =>
          t('releaseEvidenceLine', change.title, formatCount(change.before), plural(change.after, 'countObservationOne', 'countObservationOther')),
        )}
      />
    </div>
  );
}
