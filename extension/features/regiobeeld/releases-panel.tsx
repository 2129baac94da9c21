import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { RegiobeeldAnalysis } from '../../../shared/regiobeeld/analyse.ts';
import type { PartnerDirectory } from '../../../shared/regiobeeld/partners.ts';
import {
  type IssueSnapshot,
  noDifference,
  type Release,
  releaseDifference,
  type ReleaseDigestOf,
  releasedIssues,
  releasedRecords,
} from '../../../shared/regiobeeld/releases.ts';
import { LIMITS } from '../../../shared/limits.ts';
import type { RegionRecord } from '../../../shared/schema/record.ts';
import { TextField } from '../../components/form/text-field.tsx';
import { formatCalendarDay, formatCount } from '../../i18n/format.ts';
import { plural } from '../../i18n/plural.ts';
import { storeFailureText } from '../../i18n/store-failure-text.ts';
import { type MessageKey, t } from '../../i18n/t.ts';
import type { RecordStore } from '../../services/record-store.ts';
import { StoreError } from '../../services/store-error.ts';
import { chartGroupLabel } from './chart-texts.ts';
import { ReleaseDifferenceView } from './release-difference.tsx';
import { ReleaseRefused, type ReleaseStore } from './release-store.ts';

const REFUSALS: Record<ReleaseRefused['code'], MessageKey> = {
  'not-coordinator': 'releaseRefusedNotCoordinator',
  coordinator: 'releaseRefusedCoordinator',
  changed: 'releaseRefusedChanged',
  'name-taken': 'releaseRefusedNameTaken',
  'personal-data': 'releaseRefusedPersonalData',
  'not-found': 'releaseRefusedNotFound',
  'not-said': 'releaseRefusedNotSaid',
};

/**
 * The personal-data review comes first: a frozen bundle leaves the browser like any export, and a
 * release keeps the issues' titles for good.
 */
class PrivacyFirst extends Error {
  constructor(readonly what: 'release' | 'bundle') {
    super(`${what}: personal data to review first`);
    this.name = 'PrivacyFirst';
  }
}

function failureText(error: unknown): string {
  if (error instanceof PrivacyFirst) return t(error.what === 'release' ? 'releasePrivacyFirst' : 'releaseBundlePrivacy');
  if (error instanceof ReleaseRefused) return t(REFUSALS[error.code]);
  if (error instanceof StoreError && error.code === 'release-changed') return t('releaseBundleChanged');
  console.error(error);
  return storeFailureText(error, 'releaseFailed');
}

export interface ReleasesPanelProps {
  readonly analysis: RegiobeeldAnalysis;
  /** The records the analysis was made of: what a new release holds. */
  readonly records: readonly RegionRecord[];
  readonly releases: ReleaseStore;
  /** This installation's partner id, and whether it is the coordinator (who releases) or a partner (who gives akkoord). */
  readonly self: string;
  readonly coordinator: boolean;
  /** Today where the coordinator is ("2027-04-01"): the day a release is made. */
  readonly today: string;
  readonly exchange: Pick<RecordStore, 'exportRelease' | 'privacyFindings'>;
  readonly download: (fileName: string, text: string) => void;
  /** How the records' digest is worked out (WebCrypto in the extension): only when a release is made or compared with. */
  readonly digestOf: ReleaseDigestOf;
}

const nameOf = (partners: PartnerDirectory, id: string) => partners.of(id).organisation ?? t('regiobeeldUnknownPartner');
const whoText = (partners: PartnerDirectory, id: string) => t('releasePartner', nameOf(partners, id), chartGroupLabel(partners.of(id).domain));

/**
 * "Versies": the coordinator releases the regiobeeld as it stands ("Versie uitbrengen") and
 * downloads a release's frozen bundle; partners give their akkoord. Releases newest first, the
 * newest with its difference from the one before and what changed since in the live regiobeeld.
 * Test ids: releases, release-form, release-field-name, release-field-note, release-save, releases-status,
 * releases-failure, releases-empty, releases-ignored, release (data-release-id), release-digest, release-akkoord-count,
 * release-approved-by, release-waiting, release-approve, release-remark, release-withdraw, release-download,
 * release-download-gone, release-difference (data-between), release-live-unchanged (the records are the newest
 * release's), release-live-same-issues (records changed, the standing issues did not), release-difference-partial.
 */
export function ReleasesPanel({ analysis, records, releases, self, coordinator, today, exchange, download, digestOf }: ReleasesPanelProps) {
  const [done, setDone] = useState('');
  const [failed, setFailed] = useState('');
  const [busy, setBusy] = useState(false);
  const running = useRef(false);
  const list = analysis.releases.releases;
  const newest = list[0];
  const liveDigest = useLiveDigest(records, list, digestOf);
  const liveIssues = useMemo((): IssueSnapshot => ({ issues: releasedIssues(analysis.issues.issues), issueCount: analysis.issues.issues.length }), [analysis]);

  async function run(work: () => Promise<string>): Promise<boolean> {
    if (running.current) return false;
    running.current = true;
    setBusy(true);
    setDone('');
    setFailed('');
    try {
      setDone(await work());
      return true;
    } catch (error) {
      setFailed(failureText(error));
      return false;
    } finally {
      running.current = false;
      setBusy(false);
    }
  }

  const downloadRelease = (release: Release) =>
    void run(async () => {
      if ((await exchange.privacyFindings('all')).length > 0) throw new PrivacyFirst('bundle');
      const exported = await exchange.exportRelease(release.body);
      download(exported.fileName, exported.text);
      return t('exportDone', exported.fileName);
    });

  return (
    <section class="card releases" aria-labelledby="releases-heading" data-testid="releases">
      <h2 id="releases-heading">{t('releasesHeading')}</h2>
      <p class="hint">{t(coordinator ? 'releasesIntroCoordinator' : 'releasesIntroPartner')}</p>
      {coordinator && (
        <ReleaseForm
          busy={busy}
          onRelease={(input) =>
            run(async () => {
              // What a frozen version holds is never taken out again: the personal-data review comes first.
              if ((await exchange.privacyFindings('all')).length > 0) throw new PrivacyFirst('release');
              const digest = typeof liveDigest === 'string' ? liveDigest : await digestOf(records);
              const made = await releases.release({ ...input, releasedOn: today }, { digest, issues: analysis.issues.issues });
              return t('releaseSaved', made.body.name);
            })
          }
        />
      )}
      <p class="status" role="status" data-testid="releases-status">
        {done}
      </p>
      <p class="field-error" role="alert" data-testid="releases-failure">
        {failed}
      </p>
      {analysis.releases.ignored > 0 && (
        <p class="hint small" data-testid="releases-ignored">
          {t('releasesIgnored', plural(analysis.releases.ignored, 'countReleaseOne', 'countReleaseOther'))}
        </p>
      )}
      {newest === undefined ? (
        <p class="empty" data-testid="releases-empty">
          {t('releasesEmpty')}
        </p>
      ) : (
        <>
          <h3>{t('releasesSinceNewest', newest.body.name)}</h3>
          {liveDigest === newest.body.digest ? (
            <p data-testid="release-live-unchanged">{t('releaseLiveUnchanged')}</p>
          ) : (
            liveDigest !== undefined && <LiveDifference newest={newest} live={liveIssues} />
          )}
          <ol class="release-list" reversed>
            {list.map((release, index) => (
              <ReleaseItem
                key={release.id}
                release={release}
                previous={index === 0 ? list[1] : undefined}
                partners={analysis.partners}
                self={self}
                coordinator={coordinator}
                busy={busy}
                downloadable={liveDigest === undefined ? undefined : release.body.digest === liveDigest}
                onDownload={() => downloadRelease(release)}
                onApprove={(verdict, remark) =>
                  run(() =>
                    releases
                      .approve(release.id, verdict, remark)
                      .then(() => t(verdict === 'akkoord' ? 'releaseApproved' : 'releaseApprovalWithdrawn', release.body.name)),
                  )
                }
              />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function LiveDifference({ newest, live }: { newest: Release; live: IssueSnapshot }) {
  const difference = useMemo(() => releaseDifference(newest.body, live), [newest, live]);
  return (
    <>
      {noDifference(difference) ? (
        <p data-testid="release-live-same-issues" class="hint">
          {t('releaseLiveSameIssues')}
        </p>
      ) : (
        <ReleaseDifferenceView difference={difference} between="live" />
      )}
      {difference.partial && <PartialNote before={newest.body} after={live} />}
    </>
  );
}

/** Said under a difference of which a snapshot was cut at `LIMITS.releasedIssues`. */
function PartialNote({ before, after }: { before: IssueSnapshot; after: IssueSnapshot }) {
  return (
    <p class="hint small" data-testid="release-difference-partial">
      {t('releaseDifferencePartial', formatCount(LIMITS.releasedIssues), formatCount(before.issueCount), formatCount(after.issueCount))}
    </p>
  );
}

function ReleaseForm({ busy, onRelease }: { busy: boolean; onRelease: (input: { name: string; note: string }) => Promise<boolean> }) {
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  return (
    <details class="release-form">
      <summary>{t('releaseMake')}</summary>
      <form
        data-testid="release-form"
        onSubmit={(event) => {
          event.preventDefault();
          const empty = name.trim() === '';
          setMissing(empty);
          if (empty) return;
          void onRelease({ name, note }).then((made) => {
            if (!made) return;
            setName('');
            setNote('');
          });
        }}
      >
        <p class="hint small">{t('releaseMakeHint')}</p>
        <TextField
          id="release-name"
          testId="release-field-name"
          label={t('releaseName')}
          hint={t('releaseNameHint')}
          value={name}
          onChange={setName}
          maxLength={LIMITS.shortText}
          error={missing ? 'releaseErrorName' : undefined}
        />
        <TextField
          id="release-note"
          testId="release-field-note"
          label={t('releaseNote')}
          value={note}
          onChange={setNote}
          maxLength={LIMITS.longText}
          rows={2}
        />
        <button type="submit" class="primary" disabled={busy} data-testid="release-save">
          {t('releaseSave')}
        </button>
      </form>
    </details>
  );
}

interface ReleaseItemProps {
  readonly release: Release;
  /** The release before it, for the newest only: its difference is shown. */
  readonly previous: Release | undefined;
  readonly partners: PartnerDirectory;
  readonly self: string;
  readonly coordinator: boolean;
  readonly busy: boolean;
  /** Whether the records are still exactly this release's, so its frozen bundle can be made; undefined while that is worked out. */
  readonly downloadable: boolean | undefined;
  readonly onDownload: () => void;
  /** Resolves to whether it was stored. */
  readonly onApprove: (verdict: 'akkoord' | 'withdrawn', remark: string) => Promise<boolean>;
}

function ReleaseItem({ release, previous, partners, self, coordinator, busy, downloadable, onDownload, onApprove }: ReleaseItemProps) {
  const { body, approvals, waiting } = release;
  const own = approvals.find((approval) => approval.partnerId === self);
  const [remark, setRemark] = useState('');
  const voters = approvals.length + waiting.length;
  const akkoordOrWithdraw = useFocusAfterSwap(own !== undefined, busy);
  return (
    <li class="release" data-testid="release" data-release-id={release.id}>
      <p>
        <strong>{body.name}</strong> · {formatCalendarDay(body.releasedOn)} ·{' '}
        <code data-testid="release-digest" title={body.digest}>
          {body.digest.slice(0, 12)}
        </code>{' '}
        · <span data-testid="release-akkoord-count">{t('releaseAkkoordCount', formatCount(approvals.length), formatCount(voters))}</span>
      </p>
      <p class="hint small">
        {t(
          'releaseFacts',
          nameOf(partners, release.releasedBy),
          plural(body.recordCount, 'countRecordOne', 'countRecordOther'),
          plural(body.issueCount, 'countIssueOne', 'countIssueOther'),
        )}
      </p>
      {body.note !== '' && <p class="interpretation">{body.note}</p>}
      {approvals.length > 0 && (
        <p data-testid="release-approved-by">
          {t(
            'releaseApprovedBy',
            approvals
              .map((approval) =>
                approval.remark === ''
                  ? whoText(partners, approval.partnerId)
                  : t('releaseApprovalRemark', whoText(partners, approval.partnerId), approval.remark),
              )
              .join('; '),
          )}
        </p>
      )}
      {waiting.length > 0 && <p data-testid="release-waiting">{t('releaseWaiting', waiting.map((partner) => whoText(partners, partner.id)).join('; '))}</p>}
      {!coordinator &&
        (own === undefined ? (
          <form
            class="row release-approve"
            onSubmit={(event) => {
              event.preventDefault();
              akkoordOrWithdraw.pressed(onApprove('akkoord', remark));
            }}
          >
            <TextField
              id={`release-${release.id}-remark`}
              testId="release-remark"
              label={t('releaseRemark')}
              value={remark}
              onChange={setRemark}
              maxLength={LIMITS.shortText}
            />
            <button type="submit" disabled={busy} ref={akkoordOrWithdraw.target} data-testid="release-approve">
              {t('releaseApprove')}
            </button>
          </form>
        ) : (
          <div class="row">
            <span>{t('releaseOwnAkkoord')}</span>
            <button
              type="button"
              class="quiet"
              disabled={busy}
              ref={akkoordOrWithdraw.target}
              onClick={() => akkoordOrWithdraw.pressed(onApprove('withdrawn', ''))}
              data-testid="release-withdraw"
            >
              {t('releaseWithdraw')}
            </button>
          </div>
        ))}
      {coordinator &&
        downloadable !== undefined &&
        (downloadable ? (
          <button type="button" disabled={busy} onClick={onDownload} data-testid="release-download">
            {t('releaseDownload')}
          </button>
        ) : (
          <p class="hint small" data-testid="release-download-gone">
            {t('releaseDownloadGone')}
          </p>
        ))}
      {previous !== undefined && <PreviousDifference release={release} previous={previous} />}
    </li>
  );
}

function PreviousDifference({ release, previous }: { release: Release; previous: Release }) {
  const difference = useMemo(() => releaseDifference(previous.body, release.body), [release, previous]);
  return (
    <div class="release-previous">
      <h4>{t('releaseSincePrevious', previous.body.name)}</h4>
      {noDifference(difference) ? <p class="hint">{t('releaseNoDifference')}</p> : <ReleaseDifferenceView difference={difference} between="previous" />}
      {difference.partial && <PartialNote before={previous.body} after={release.body} />}
    </div>
  );
}

/**
 * The live records' digest, for the releases to be held against: worked out only when some
 * release holds as many records, since a release with another count cannot have their digest; a
 * stale answer is dropped. Undefined while it is worked out; null when no release can match.
 */
function useLiveDigest(records: readonly RegionRecord[], list: readonly Release[], digestOf: ReleaseDigestOf): string | null | undefined {
  const count = useMemo(() => releasedRecords(records).length, [records]);
  const comparable = list.some((release) => release.body.recordCount === count);
  const [worked, setWorked] = useState<{ records: readonly RegionRecord[]; digest: string } | undefined>(undefined);
  useEffect(() => {
    if (!comparable) return;
    let current = true;
    digestOf(records).then(
      (digest) => {
        if (current) setWorked({ records, digest });
      },
      (error: unknown) => console.error(error),
    );
    return () => {
      current = false;
    };
  }, [records, comparable, digestOf]);
  if (!comparable) return null;
  return worked?.records === records ? worked.digest : undefined;
}

/**
 * Akkoord swaps its form for the withdraw button and withdrawing swaps back: focus goes to the
 * control that took the pressed one's place, once it is there and enabled again, rather than to
 * the page's body.
 */
function useFocusAfterSwap(said: boolean, busy: boolean) {
  const target = useRef<HTMLButtonElement>(null);
  const awaited = useRef<boolean | null>(null);
  useEffect(() => {
    if (awaited.current !== said || busy) return;
    awaited.current = null;
    target.current?.focus();
  }, [said, busy]);
  return {
    target,
    pressed(stored: Promise<boolean>) {
      awaited.current = !said;
      void stored.then((ok) => {
        if (!ok) awaited.current = null;
      });
    },
  };
}
