import { useState } from 'preact/hooks';
import type { RegiobeeldAnalysis } from '../../../shared/regiobeeld/analyse.ts';
import { issueDomainFigures } from '../../../shared/regiobeeld/issue-domains.ts';
import type { IssueSummary } from '../../../shared/regiobeeld/issue-summaries.ts';
import type { IndexedObservation } from '../../../shared/regiobeeld/observation-index.ts';
import type { PartnerDirectory } from '../../../shared/regiobeeld/partners.ts';
import { NO_RECOGNITIONS, type TargetRecognitions } from '../../../shared/regiobeeld/recognitions.ts';
import { type IssueRecognising, RecognitionPanel, type RecognitionReplying } from './issue-recognition.tsx';
import { chartGroupLabel, formatShare } from './chart-texts.ts';
import { formatCount, formatDay, formatDecimal } from '../../i18n/format.ts';
import { plural } from '../../i18n/plural.ts';
import { t } from '../../i18n/t.ts';
import { openOnSourceHref, shortText } from '../../ui/record-text.ts';
import { useWindow } from '../../ui/use-window.ts';

/** Evidence shown at first and added per "show more": an issue may have thousands of clips. */
export const EVIDENCE_STEP = 10;

export interface IssueDetailsProps {
  readonly issue: IssueSummary;
  readonly analysis: RegiobeeldAnalysis;
  readonly observations: ReadonlyMap<string, IndexedObservation>;
  /** Saying "herken ik" of a piece of evidence, and replying to what others said of it: where given. */
  readonly recognising?: IssueRecognising | undefined;
  readonly replying?: RecognitionReplying | undefined;
}

/**
 * What lies behind one issue, opened on request: its evidence (quote, source, partner, duiding)
 * and how the domains ranked it, with the two that differ most. Text from bundles stays text.
 * Test ids: issue-details (data-issue-id), issue-evidence (data-observation-id), evidence-quote,
 * evidence-source, evidence-partner, evidence-interpretation, evidence-more, issue-domain-gap,
 * issue-domain-row (data-domain), issue-domain-rankers.
 */
export function IssueDetails({ issue, analysis, observations, recognising, replying }: IssueDetailsProps) {
  // The contents are built on the first opening only: a list of many issues stays light.
  const [opened, setOpened] = useState(false);
  return (
    <details class="issue-details" data-testid="issue-details" data-issue-id={issue.id} onToggle={(event) => setOpened(opened || event.currentTarget.open)}>
      <summary>
        {t('issueEvidenceShow')} ({formatCount(issue.evidenceIds.length)})
      </summary>
      {opened && <IssueDetailsBody issue={issue} analysis={analysis} observations={observations} recognising={recognising} replying={replying} />}
    </details>
  );
}

function IssueDetailsBody({ issue, analysis, observations, recognising, replying }: IssueDetailsProps) {
  const gap = issue.priority?.domainGap ?? null;
  const figures = issueDomainFigures(issue, analysis.surveys);
  const evidence = useWindow(issue.evidenceIds, EVIDENCE_STEP);
  return (
    <>
      <h4>{t('issueEvidenceHeading')}</h4>
      {issue.evidenceIds.length === 0 ? (
        <p class="empty">{t('issueEvidenceNone')}</p>
      ) : (
        <ul class="source-clips">
          {evidence.shown.map((id) => {
            const observation = observations.get(id);
            return observation === undefined ? null : (
              <Evidence
                key={id}
                observation={observation}
                recognitions={analysis.issues.observationRecognitions.get(id) ?? NO_RECOGNITIONS}
                partners={analysis.partners}
                recognising={recognising}
                replying={replying}
              />
            );
          })}
        </ul>
      )}
      {evidence.rest > 0 && (
        <button type="button" class="quiet" onClick={evidence.more} data-testid="evidence-more">
          {plural(Math.min(EVIDENCE_STEP, evidence.rest), 'clipsMoreOne', 'clipsMoreOther', formatCount(evidence.rest))}
        </button>
      )}
      <h4>{t('issueDomainsHeading')}</h4>
      <p data-testid="issue-domain-gap">
        {gap === null
          ? t('issueDomainsNone')
          : t(
              'issueDomainsGap',
              chartGroupLabel(gap.high.domain),
              formatShare(gap.high.score),
              chartGroupLabel(gap.low.domain),
              formatShare(gap.low.score),
              formatShare(gap.difference),
            )}
      </p>
      {figures.length > 0 && (
        <table class="records">
          <thead>
            <tr>
              <th scope="col">{t('issueDomainColDomain')}</th>
              <th scope="col">{t('issueDomainColScore')}</th>
              <th scope="col">{t('issueDomainColMedianRank')}</th>
              <th scope="col">{t('issueDomainColRankers')}</th>
            </tr>
          </thead>
          <tbody>
            {figures.map((row) => (
              <tr key={row.domain} data-testid="issue-domain-row" data-domain={row.domain}>
                <th scope="row">{chartGroupLabel(row.domain)}</th>
                <td class="number">{row.offeredTo === 0 ? '–' : formatShare(row.score)}</td>
                <td class="number">{row.medianRank === null ? '–' : formatDecimal(row.medianRank)}</td>
                <td class="number" data-testid="issue-domain-rankers">
                  {row.offeredTo === 0 ? t('issueDomainNotOffered') : `${formatCount(row.n)} / ${formatCount(row.offeredTo)}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function Evidence({
  observation,
  recognitions,
  partners,
  recognising,
  replying,
}: {
  readonly observation: IndexedObservation;
  readonly recognitions: TargetRecognitions;
  readonly partners: PartnerDirectory;
  readonly recognising: IssueRecognising | undefined;
  readonly replying: RecognitionReplying | undefined;
}) {
  const { body } = observation.record;
  const href = openOnSourceHref(body);
  const title = body.source.title || body.source.url;
  return (
    <li data-testid="issue-evidence" data-observation-id={observation.record.id}>
      <p class="quote" data-testid="evidence-quote">
        {body.quote}
      </p>
      {body.interpretation !== '' && (
        <p class="interpretation" data-testid="evidence-interpretation">
          {body.interpretation}
        </p>
      )}
      <p class="meta">
        <span data-testid="evidence-partner">{t('issueEvidenceClippedBy', observation.partner.organisation ?? t('regiobeeldUnknownPartner'))}</span> ·{' '}
        <time dateTime={observation.clippedAt}>{formatDay(observation.clippedAt)}</time> ·{' '}
        {href === undefined ? (
          <span data-testid="evidence-source">{title}</span>
        ) : (
          <a href={href} target="_blank" rel="noopener noreferrer" data-testid="evidence-source">
            {title}
          </a>
        )}
      </p>
      <RecognitionPanel
        targetType="observation"
        targetId={observation.record.id}
        title={shortText(observation.record, 60)}
        recognitions={recognitions}
        partners={partners}
        // Its own clip is not the partner's to recognise.
        recognising={observation.record.origin === recognising?.self ? undefined : recognising}
        replying={replying}
      />
    </li>
  );
}
