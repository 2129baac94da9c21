import type { AnchorStatus } from '../../db/anchor-row.ts';
import type { LiveRecord } from '../../../shared/schema/record.ts';
import { formatCount } from '../../i18n/format.ts';
import { t } from '../../i18n/t.ts';
import { CLIP_STATUS_LABELS, clipStatus } from '../../ui/clip-status.ts';
import { openOnSourceHref } from '../../ui/record-text.ts';

export interface PageClipsProps {
  readonly clips: ReadonlyArray<LiveRecord<'observation'>>;
  readonly statuses: ReadonlyMap<string, AnchorStatus>;
}

const EXCERPT = 160;

/**
 * The partner's clips of the page in the tab, each with whether it was found on the page again.
 * Test ids: page-clips, page-clip (data-record-id, data-status), page-clip-status, page-clip-open.
 */
export function PageClips({ clips, statuses }: PageClipsProps) {
  if (clips.length === 0) return null;
  return (
    <section class="page-clips" data-testid="page-clips" aria-labelledby="page-clips-heading">
      <h2 id="page-clips-heading">{t('pageClipsHeading', formatCount(clips.length))}</h2>
      <ul>
        {clips.map((clip) => {
          const status = clipStatus(clip, statuses);
          const href = openOnSourceHref(clip.body);
          const text = clip.body.quote || clip.body.source.title;
          return (
            <li key={clip.id} data-testid="page-clip" data-record-id={clip.id} data-status={status} class={`status-${status}`}>
              <p class="excerpt">{text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1)}…` : text}</p>
              <p class="meta">
                <span class="clip-state" data-testid="page-clip-status">
                  {t(CLIP_STATUS_LABELS[status])}
                </span>
                {href !== undefined && (
                  <>
                    {' · '}
                    <a href={href} target="_blank" rel="noopener noreferrer" data-testid="page-clip-open">
                      {t('openOnSource')}
                    </a>
                  </>
                )}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
