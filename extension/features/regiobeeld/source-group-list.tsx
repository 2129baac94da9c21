import type { IndexedObservation } from '../../../shared/regiobeeld/observation-index.ts';
import type { SourceClip, SourceGroup } from '../../../shared/regiobeeld/source-groups.ts';
import { WebUrl } from '../../../shared/schema/text.ts';
import { formatCount, formatDay } from '../../i18n/format.ts';
import { plural } from '../../i18n/plural.ts';
import { t } from '../../i18n/t.ts';
import { openOnSourceHref } from '../../ui/record-text.ts';
import { useWindow } from '../../ui/use-window.ts';
import type { PlanItem } from '../../../shared/plan/plan-index.ts';
import { RestingPlanItems } from '../plan/index.ts';

/** Sources shown at first and added per "show more": a screenful or two, never thousands of nodes. */
export const SOURCES_STEP = 20;
/** Quotes shown per source at first: a source clipped hundreds of times must not fill the page. */
export const CLIPS_STEP = 5;

export interface SourceGroupListProps {
  readonly sources: readonly SourceGroup[];
  /** The indexed observations by id: partner and source address of each clip. */
  readonly observations: ReadonlyMap<string, IndexedObservation>;
  /** Per observation id, the plan items resting on it. */
  readonly planItems: ReadonlyMap<string, readonly PlanItem[]>;
}

const organisationOf = (observation: IndexedObservation | undefined) => observation?.partner.organisation ?? t('regiobeeldUnknownPartner');

/**
 * The sources of the matching observations, those more partners clipped first, each with every
 * partner's quotes and interpretations. Text from pages and bundles is rendered as text only.
 * Test ids: sources-empty, source-group (data-url), source-title, source-partners, source-clip
 * (data-observation-id, data-partner-id), clip-quote, clip-interpretation, clip-partner,
 * clip-open-source, clips-more, sources-more.
 */
export function SourceGroupList({ sources, observations, planItems }: SourceGroupListProps) {
  const list = useWindow(sources, SOURCES_STEP);
  if (sources.length === 0) {
    return (
      <p class="empty" data-testid="sources-empty">
        {t('sourcesEmpty')}
      </p>
    );
  }
  return (
    <>
      <ol class="source-groups">
        {list.shown.map((group) => (
          <SourceGroupItem key={group.url} group={group} observations={observations} planItems={planItems} />
        ))}
      </ol>
      {list.rest > 0 && (
        <button type="button" onClick={list.more} data-testid="sources-more">
          {plural(Math.min(SOURCES_STEP, list.rest), 'sourcesMoreOne', 'sourcesMoreOther', formatCount(list.rest))}
        </button>
      )}
    </>
  );
}

function SourceGroupItem({ group, observations, planItems }: Pick<SourceGroupListProps, 'observations' | 'planItems'> & { group: SourceGroup }) {
  const clips = useWindow(group.clips, CLIPS_STEP);
  const organisations = new Map(group.clips.map((clip) => [clip.partnerId, organisationOf(observations.get(clip.observationId))]));
  const names = group.partnerIds.map((id) => organisations.get(id) ?? t('regiobeeldUnknownPartner'));
  const href = WebUrl.safeParse(group.url).success ? group.url : undefined;
  const title = group.title || group.url;
  return (
    <li class="source-group" data-testid="source-group" data-url={group.url}>
      <h4 data-testid="source-title">
        {href === undefined ? (
          title
        ) : (
          <a href={href} target="_blank" rel="noopener noreferrer">
            {title}
          </a>
        )}
      </h4>
      <p class="meta" data-testid="source-partners">
        {t('sourceClippedBy', names.join(', '), plural(group.clips.length, 'countQuoteOne', 'countQuoteOther'))}
      </p>
      <ul class="source-clips">
        {clips.shown.map((clip) => (
          <ClipItem key={clip.observationId} clip={clip} observation={observations.get(clip.observationId)} planItems={planItems.get(clip.observationId)} />
        ))}
      </ul>
      {clips.rest > 0 && (
        <button type="button" class="quiet" onClick={clips.more} data-testid="clips-more">
          {plural(Math.min(CLIPS_STEP, clips.rest), 'clipsMoreOne', 'clipsMoreOther', formatCount(clips.rest))}
        </button>
      )}
    </li>
  );
}

function ClipItem({
  clip,
  observation,
  planItems,
}: {
  clip: SourceClip;
  observation: IndexedObservation | undefined;
  planItems: readonly PlanItem[] | undefined;
}) {
  const href = observation === undefined ? undefined : openOnSourceHref(observation.record.body);
  return (
    <li data-testid="source-clip" data-observation-id={clip.observationId} data-partner-id={clip.partnerId}>
      <p class="quote" data-testid="clip-quote">
        {clip.quote}
      </p>
      {clip.interpretation !== '' && (
        <p class="interpretation" data-testid="clip-interpretation">
          {clip.interpretation}
        </p>
      )}
      <p class="meta">
        <span data-testid="clip-partner">{organisationOf(observation)}</span> · <time dateTime={clip.clippedAt}>{formatDay(clip.clippedAt)}</time>
        {href !== undefined && (
          <>
            {' · '}
            <a href={href} target="_blank" rel="noopener noreferrer" data-testid="clip-open-source">
              {t('openOnSource')}
            </a>
          </>
        )}
      </p>
      <RestingPlanItems items={planItems} />
    </li>
  );
}
