import { useEffect, useRef } from 'preact/hooks';
import { areasOfRegion } from '../../../shared/catalog/areas.ts';
import type { LiveRecord } from '../../../shared/schema/record.ts';
import { t, uiLanguage } from '../../i18n/t.ts';
import type { RecordStore } from '../../services/record-store.ts';
import { sheetFromObservation } from './sheet-values.ts';
import { useLiveQuery } from '../../ui/use-live-query.ts';
import { CaptureSheet } from './capture-sheet.tsx';

export interface ObservationEditorProps {
  readonly store: Pick<RecordStore, 'captureChoices' | 'updateObservation'>;
  readonly record: LiveRecord<'observation'>;
  readonly region: string;
  /** Called with true after the new version was stored, false when the edit was cancelled. */
  readonly onDone: (saved: boolean) => void;
}

/** Reopens a clip in the capture sheet; saving writes a new version of the same record. */
export function ObservationEditor({ store, record, region, onDone }: ObservationEditorProps) {
  // The clip's own issues stay listed when they were merged into another, so the edit shows what it names.
  const choices = useLiveQuery(() => store.captureChoices(record.body.issueIds), [store, record]);
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.scrollIntoView?.({ block: 'start' }), []);
  return (
    <section ref={ref} class="card editor" data-testid="edit-observation">
      {choices === undefined ? (
        <p class="loading">{t('loading')}</p>
      ) : (
        <CaptureSheet
          heading={t('sheetHeadingEdit')}
          initial={sheetFromObservation(record.body, uiLanguage())}
          regionAreas={areasOfRegion(region)}
          issues={choices.issues}
          sharedIssueIds={choices.sharedIssueIds}
          regionThemes={choices.themes}
          canCreateIssue
          onSave={async (input) => {
            await store.updateObservation(record.id, input);
            onDone(true);
          }}
          onCancel={() => onDone(false)}
        />
      )}
    </section>
  );
}
