import { useEffect, useMemo, useState } from 'preact/hooks';
import { isLive, type LiveRecord, type RecordType, type RegionRecord } from '../../shared/schema/record.ts';
import { wijkNames } from '../../shared/catalog/wijken.ts';
import { formatCount } from '../i18n/format.ts';
import { speaksForKey, RECORD_TYPE_LABELS } from '../i18n/labels.ts';
import { storeFailureText } from '../i18n/store-failure-text.ts';
import { type MessageKey, t } from '../i18n/t.ts';
import type { AnchorStore } from '../services/anchor-store.ts';
import type { Identity, PartnerInput, RecordStore } from '../services/record-store.ts';
import type { StorageDurability, StorageDurabilityCheck } from '../services/storage-durability.ts';
import { PlanView, createPlanStore, restingItems } from '../features/plan/index.ts';
import { shortText } from '../ui/record-text.ts';
import { afterPaint } from '../ui/after-paint.ts';
import { useLiveQuery } from '../ui/use-live-query.ts';
import { ObservationEditor } from '../features/capture-sheet/index.ts';
import {
  createDotVoteStore,
  createIssueMergeStore,
  createOutcomeStore,
  createRecognitionStore,
  createRegionSettingsStore,
  createReplyStore,
  createReleaseStore,
  NewSinceView,
  ObservationsView,
  RECORDS_STEP,
  RecordList,
  RegiobeeldDownloads,
  RegiobeeldSummary,
  RegionSettingsPanel,
  ReleasesPanel,
  SurveyResults,
} from '../features/regiobeeld/index.ts';
import { ExportButton, ImportPanel, SyncPanel, type FolderSync } from '../features/exchange/index.ts';
import { GettingStarted, SettingsPanel, SetupForm } from '../features/onboarding/index.ts';
import { SurveyList } from '../features/surveys/index.ts';
import { type AnalysisMemo, analyseRegiobeeld, type RegiobeeldAnalysis } from '../../shared/regiobeeld/analyse.ts';
import type { SyncDirectory } from '../services/sync-directory.ts';
import type { LoadedDefinitions } from '../../shared/survey/load-definitions.ts';
import { isCoordinator } from '../../shared/schema/partner.ts';
import { webCryptoReleaseDigest } from '../../shared/regiobeeld/releases.ts';
import { localDay } from '../ui/local-day.ts';
import { type SectionEntry, SectionNav } from '../ui/section-nav.tsx';

export interface DashboardAppProps {
  readonly store: RecordStore;
  readonly anchors: Pick<AnchorStore, 'statuses'>;
  readonly confirm: (question: string) => boolean;
  readonly download: (fileName: string, text: string, type?: string) => void;
  /** Tells the background which tabs' clips were stored at setup, to mark them. */
  readonly clipsSaved: (tabIds: number[]) => Promise<void>;
  /** The survey definitions shipped with the extension, loaded and checked. */
  readonly surveys: LoadedDefinitions;
  /** Asks the browser to keep the data (`navigator.storage.persist()`) and says whether it will. */
  readonly durability: StorageDurabilityCheck;
  /** Sync through the region's shared folder, and the browser's folder picker where it has one. */
  readonly folderSync: { readonly sync: FolderSync; readonly pickFolder: (() => Promise<SyncDirectory>) | undefined };
}

/**
 * First-run setup until a partner exists; then the records, export and import.
 *
 * Test ids the e2e tests rely on (keep them stable): setup-form, setup-organisation, setup-domain,
 * setup-region, setup-contact, setup-save, setup-error-<field>; dashboard-header, header-region,
 * header-organisation, header-domain; record-row (one per live record but partners, plan items and trace links, with
 * data-record-id and data-record-type), record-text, record-meta, record-interpretation,
 * record-source, record-anchor (data-status), record-open-source, record-edit, record-delete,
 * records-empty; delete-done; edit-observation (the sheet, see capture-sheet.tsx), edit-status;
 * export-button, export-status; import-input, import-summary, import-summary-item (data-file,
 * data-ok), import-counts, import-error (data-code); storage-status (data-status), delete-status; the survey list's ids are in survey-list.tsx. The clip hook is described in
 * background/start-background.ts.
 */
export function DashboardApp({ store, anchors, confirm, download, clipsSaved, durability, surveys, folderSync }: DashboardAppProps) {
  const [identity, setIdentity] = useState<Identity | undefined>(undefined);
  const [failure, setFailure] = useState('');

  useEffect(() => {
    store.getIdentity().then(setIdentity, (error: unknown) => {
      console.error(error);
      setFailure(storeFailureText(error, 'storageFailed'));
    });
  }, [store]);

  async function setup(input: PartnerInput) {
    const { partner, savedClips } = await store.setupPartner(input);
    setIdentity({ origin: partner.origin, partner });
    const tabIds = savedClips.flatMap((clip) => (clip.tabId === undefined ? [] : [clip.tabId]));
    if (tabIds.length > 0) await clipsSaved(tabIds).catch((error: unknown) => console.error(error));
  }

  if (failure !== '')
    return (
      <p class="card field-error" role="alert" data-testid="storage-failed">
        {failure}
      </p>
    );
  if (identity === undefined) return <p class="loading">{t('loading')}</p>;
  if (identity.partner === undefined) {
    return (
      <main class="page narrow">
        <SetupForm onSubmit={setup} />
      </main>
    );
  }
  return (
    <Workspace
      store={store}
      anchors={anchors}
      partner={identity.partner}
      onPartnerChanged={(partner) => setIdentity({ origin: partner.origin, partner })}
      confirm={confirm}
      download={download}
      durability={durability}
      surveys={surveys}
      folderSync={folderSync}
    />
  );
}

interface WorkspaceProps {
  readonly store: RecordStore;
  readonly anchors: Pick<AnchorStore, 'statuses'>;
  readonly partner: LiveRecord<'partner'>;
  readonly onPartnerChanged: (partner: LiveRecord<'partner'>) => void;
  readonly confirm: (question: string) => boolean;
  readonly download: (fileName: string, text: string, type?: string) => void;
  readonly durability: StorageDurabilityCheck;
  readonly surveys: LoadedDefinitions;
  /** Sync through the region's shared folder, and the browser's folder picker where it has one. */
  readonly folderSync: DashboardAppProps['folderSync'];
}

/** Shown once a partner exists: right after the first-run setup, and on every later opening. */
function Workspace({ store, anchors, partner, onPartnerChanged, confirm, download, durability, surveys, folderSync }: WorkspaceProps) {
  // The first view reads only what it shows: the stored overview and the newest rows, by index.
  // Every record is read once it has painted, then analysed for the views of the whole regiobeeld.
  const first = useLiveQuery(async () => ({ overview: await store.storedOverview(), newest: await store.newestRecords(RECORDS_STEP, isListed) }), [store]);
  const newest = first?.newest;
  const overview = first?.overview;
  const [painted, setPainted] = useState(false);
  const firstShown = first !== undefined;
  useEffect(() => {
    if (firstShown) void afterPaint().then(() => setPainted(true));
  }, [firstShown]);
  const read = useLiveQuery(() => (painted ? store.readRegiobeeld() : Promise.resolve(undefined)), [store, painted]);
  const records = read?.records;
  const analysed = useAnalysis(store, partner.region, read, surveys);
  const analysis = analysed?.analysis;
  const statuses = useLiveQuery(() => anchors.statuses(), [anchors]);
  const plan = useMemo(() => createPlanStore(store), [store]);
  const merges = useMemo(() => createIssueMergeStore(store), [store]);
  const outcomes = useMemo(() => createOutcomeStore(store), [store]);
  // Only the coordinator publishes the region's settings; partners see what it published.
  const regionSettings = useMemo(() => (isCoordinator(partner.body) ? createRegionSettingsStore(store) : undefined), [store, partner]);
  const releases = useMemo(() => createReleaseStore(store), [store]);
  const releaseDigestOf = useMemo(() => webCryptoReleaseDigest(crypto.subtle), []);
  // Anyone may answer another's word, the coordinator too.
  const replies = useMemo(() => ({ store: createReplyStore(store), self: partner.origin }), [store, partner]);
  // The coordinator speaks for no domain: it does not say whether it recognises an issue.
  const recognitions = useMemo(
    () => (isCoordinator(partner.body) ? undefined : { store: createRecognitionStore(store), self: partner.origin }),
    [store, partner],
  );
  const votes = useMemo(() => ({ store: createDotVoteStore(store), self: partner.origin, coordinator: isCoordinator(partner.body) }), [store, partner]);
  const [editing, setEditing] = useState<LiveRecord<'observation'> | undefined>(undefined);
  const [editStatus, setEditStatus] = useState('');
  const [deleteStatus, setDeleteStatus] = useState('');
  const [deleteDone, setDeleteDone] = useState('');
  const [kept, setKept] = useState<StorageDurability | undefined>(undefined);
  // Kept between renders, so the record list's "show more" window survives a status message.
  // Plan items and their links are shown, edited and deleted in the plan view, where deleting an
  // item also removes the links it made.
  const { partnerNames, shown } = useMemo(() => {
    const source = records ?? (newest === undefined ? undefined : [...newest.partners, ...newest.records]);
    const live = (source ?? []).filter((record) => !record.deleted);
    return {
      partnerNames: new Map(live.flatMap((record) => (record.type === 'partner' && isLive(record) ? [[record.id, record.body.organisation] as const] : []))),
      shown: source === undefined ? undefined : live.filter(isListed),
    };
  }, [records, newest]);
  const current = overview?.current === true ? overview.stored.overview : undefined;
  // Until every record is read, the count comes from the current stored overview, or is not known.
  const listedCount =
    records !== undefined ? shown?.length : current === undefined ? undefined : LISTED_TYPES.reduce((sum, type) => sum + current.counts[type], 0);
  const restingOn = useMemo(() => restingItems(analysis?.plan), [analysis]);
  const sections = useMemo(() => DASHBOARD_SECTIONS.map(({ hash, target, label }): SectionEntry => ({ hash, target, label: t(label) })), []);

  useEffect(() => {
    durability.ensure().then(setKept, (error: unknown) => {
      console.error(error);
      setKept('best-effort');
    });
  }, [durability]);

  async function remove(record: RegionRecord) {
    if (!confirm(t('confirmDelete', t(RECORD_TYPE_LABELS[record.type]), shortText(record)))) return;
    setDeleteStatus('');
    setDeleteDone('');
    await store.deleteRecord(record.id).then(
      () => setDeleteDone(t('deleteDone', t(RECORD_TYPE_LABELS[record.type]), shortText(record))),
      (error: unknown) => {
        console.error(error);
        setDeleteStatus(storeFailureText(error, 'deleteFailed'));
      },
    );
  }

  return (
    <>
      <header class="top" data-testid="dashboard-header">
        <h1>
          {t('dashboardHeading')} <span data-testid="header-region">{partner.body.regionName}</span>
        </h1>
        <p class="who">
          <span data-testid="header-organisation">{partner.body.organisation}</span> · <span data-testid="header-domain">{t(speaksForKey(partner.body))}</span>
        </p>
      </header>
      <SectionNav label={t('sectionNavLabel')} entries={sections} />
      <main class="page">
        {records !== undefined && <GettingStarted store={store} partner={partner} records={records} />}
        {editing !== undefined && (
          <ObservationEditor
            key={editing.id}
            store={store}
            record={editing}
            region={partner.region}
            onDone={(saved) => {
              setEditing(undefined);
              setEditStatus(saved ? t('editSaved') : '');
            }}
          />
        )}
        {editStatus !== '' && (
          <p class="status" role="status" data-testid="edit-status">
            {editStatus}
          </p>
        )}
        {records !== undefined && analysis !== undefined && <NewSinceView store={store} records={records} partners={analysis.partners} self={partner.origin} />}
        {analysis !== undefined && <RegionSettingsPanel analysis={analysis} definitions={surveys.definitions} store={regionSettings} />}
        <section class="card actions-bar" aria-label={t('exchangeHeading')}>
          <h2 id="exchange-heading">{t('exchangeHeading')}</h2>
          <p class="hint">{t('exchangeIntro')}</p>
          {kept !== undefined && (
            <p class={`storage-status ${kept}`} data-testid="storage-status" data-status={kept}>
              {t(kept === 'persistent' ? 'storagePersistent' : 'storageBestEffort')}
            </p>
          )}
          <div class="row">
            <ExportButton store={store} download={download} />
            <ImportPanel store={store} localRegion={partner.region} />
          </div>
          <SyncPanel sync={folderSync.sync} pickFolder={folderSync.pickFolder} store={store} localRegion={partner.region} />
        </section>
        {isCoordinator(partner.body) ? (
          <section class="card" aria-labelledby="surveys-heading">
            <h2 id="surveys-heading">{t('surveysHeading')}</h2>
            <p class="hint" data-testid="surveys-coordinator">
              {t('surveysCoordinatorHint')}
            </p>
          </section>
        ) : (
          records !== undefined && <SurveyList loaded={surveys} records={records} origin={partner.origin} />
        )}
        <RegiobeeldSummary
          analysis={analysis}
          overview={current}
          merges={merges}
          recognitions={recognitions}
          replies={replies}
          outcomes={outcomes}
          votes={votes}
          confirm={confirm}
        >
          {analysis !== undefined && <RegiobeeldDownloads analysis={analysis} download={download} now={() => Date.now()} document={document} />}
        </RegiobeeldSummary>
        {analysed !== undefined && (
          <ReleasesPanel
            analysis={analysed.analysis}
            records={analysed.records}
            releases={releases}
            self={partner.origin}
            coordinator={isCoordinator(partner.body)}
            today={localDay(new Date())}
            exchange={store}
            download={download}
            digestOf={releaseDigestOf}
          />
        )}
        {analysis !== undefined && <SurveyResults analysis={analysis} />}
        {analysis !== undefined && records !== undefined && (
          <PlanView
            plan={plan}
            analysis={analysis}
            records={records}
            definitions={surveys.definitions}
            confirm={confirm}
            download={download}
            now={() => Date.now()}
          />
        )}
        {analysis !== undefined && <ObservationsView region={partner.region} analysis={analysis} />}
        <section class="card">
          {deleteStatus !== '' && (
            <p class="field-error" role="alert" data-testid="delete-status">
              {deleteStatus}
            </p>
          )}
          {deleteDone !== '' && (
            <p class="status" role="status" data-testid="delete-done">
              {deleteDone}
            </p>
          )}
          <h2 id="records-heading">
            {t('recordsHeading')} <span class="count">({listedCount === undefined ? '…' : formatCount(listedCount)})</span>
          </h2>
          {shown === undefined ? (
            <p class="loading">{t('loading')}</p>
          ) : (
            <RecordList
              records={shown}
              partnerNames={partnerNames}
              planItems={restingOn}
              statuses={statuses ?? new Map()}
              onDelete={remove}
              onEdit={(record) => {
                setEditStatus('');
                setEditing(record);
              }}
            />
          )}
        </section>
        <SettingsPanel store={store} partner={partner} onSaved={onPartnerChanged} />
      </main>
    </>
  );
}

/**
 * The dashboard's parts in the order the page shows them, each reached from the navigation at the
 * top: the address ends in its hash (`dashboard.html#plan`), the heading named by its target gets
 * the focus. The hashes stay the same in every language, so a link sent to a partner works for it.
 */
const DASHBOARD_SECTIONS: readonly { readonly hash: string; readonly target: string; readonly label: MessageKey }[] = [
  { hash: 'shared-list', target: 'region-settings-heading', label: 'sectionNavSharedList' },
  { hash: 'share', target: 'exchange-heading', label: 'sectionNavShare' },
  { hash: 'surveys', target: 'surveys-heading', label: 'sectionNavSurveys' },
  { hash: 'regiobeeld', target: 'regiobeeld-heading', label: 'sectionNavRegiobeeld' },
  { hash: 'agenda', target: 'agenda-heading', label: 'sectionNavAgenda' },
  { hash: 'issues', target: 'issues-heading', label: 'sectionNavIssues' },
  { hash: 'versions', target: 'releases-heading', label: 'sectionNavVersions' },
  { hash: 'survey-results', target: 'survey-results-heading', label: 'sectionNavSurveyResults' },
  { hash: 'plan', target: 'plan-heading', label: 'sectionNavPlan' },
  { hash: 'observations', target: 'observations-heading', label: 'sectionNavObservations' },
  { hash: 'records', target: 'records-heading', label: 'sectionNavRecords' },
  { hash: 'settings', target: 'settings', label: 'sectionNavSettings' },
];

/** Partners, plan items and trace links are shown elsewhere (header, overview, plan view), not in the record list. */
// The record list shows what partners clipped, raised and answered; the plan and the merges of
// issues have their own views, and a record type added later is listed only when it is named here.
const LISTED_TYPES: readonly RecordType[] = ['observation', 'issue', 'surveyResponse'];

function isListed(record: RegionRecord): boolean {
  return LISTED_TYPES.includes(record.type);
}

/** Every area the live clips name: the wijken among them are named in the analysis. */
function* namedAreas(records: readonly RegionRecord[]): Generator<string> {
  for (const record of records) if (record.type === 'observation' && isLive(record)) yield* record.body.areas;
}

/**
 * One analysis of the records for every view of the shared regiobeeld, made after the page has
 * painted what it already has (the analysis holds the page for about half a second at 50,000
 * observations), then kept as the overview the next opening shows at once. It comes with the
 * records it was made of: a release holds exactly those.
 */
function useAnalysis(
  store: RecordStore,
  region: string,
  read: { records: RegionRecord[]; changes: number } | undefined,
  surveys: LoadedDefinitions,
): { readonly analysis: RegiobeeldAnalysis; readonly records: readonly RegionRecord[] } | undefined {
  const [analysis, setAnalysis] = useState<{ readonly analysis: RegiobeeldAnalysis; readonly records: readonly RegionRecord[] } | undefined>(undefined);
  // Kept for the page's life: after a change, only addresses not seen before are normalised again.
  const memo = useMemo<AnalysisMemo>(() => ({ sourceUrls: new Map() }), []);
  useEffect(() => {
    if (read === undefined) return;
    let gone = false;
    void afterPaint().then(async () => {
      if (gone) return;
      // Wijk names come from a chunk fetched only when a clip names a wijk; without it the codes show.
      const wijken = await wijkNames(namedAreas(read.records)).catch((error: unknown) => {
        console.error(error);
        return new Map<string, string>();
      });
      if (gone) return;
      const made = analyseRegiobeeld(region, read.records, surveys.definitions, memo, wijken);
      setAnalysis({ analysis: made, records: read.records });
      store.saveOverview(read.changes, made.overview).catch((error: unknown) => console.error(error));
    });
    return () => {
      gone = true;
    };
  }, [store, region, read, surveys, memo]);
  return analysis;
}
