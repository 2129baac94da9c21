import { canonicalJson } from '../../../shared/canonical/canonical-json.ts';
import { liveVersion } from '../../../shared/records/versions.ts';
import type { RecordId } from '../../../shared/schema/ids.ts';
import { isLive, type LiveRecord, type RegionRecord } from '../../../shared/schema/record.ts';
import { roundOf } from '../../../shared/survey/own-progress.ts';
import { SurveyResponseBody } from '../../../shared/schema/survey-response.ts';
import { readMeta, writeMeta } from '../../db/meta-access.ts';
import type { RegiobeeldDb } from '../../db/schema.ts';
import type { RecordStore } from '../../services/record-store.ts';
import { StoreError } from '../../services/store-error.ts';

export interface ResponseInput {
  /** The response being continued or amended; absent for the first answer. */
  readonly id?: RecordId;
  readonly body: SurveyResponseBody;
  /** The page the partner is on, so the survey resumes there. */
  readonly page: number;
}

export type SurveyResponseStore = ReturnType<typeof createSurveyResponseStore>;

/**
 * A partner's survey responses. Every save is a new version of the same record, so answers given
 * on one page and amended later travel as one response; an unchanged save writes nothing, so
 * moving between pages adds no versions.
 */
export function createSurveyResponseStore(db: RegiobeeldDb, records: Pick<RecordStore, 'writeAsPartner'>) {
  return {
    async save(input: ResponseInput): Promise<LiveRecord<'surveyResponse'>> {
      const body = SurveyResponseBody.parse(input.body);
      return records.writeAsPartner(async ({ partner, stamp, newId }) => {
        const current = input.id === undefined ? undefined : await db.records.get(input.id);
        if (input.id !== undefined && !isOwnResponseTo(current, partner.origin, body)) throw new StoreError('not-found');
        const id = input.id ?? newId();
        const pages = (await readMeta(db, 'surveyPages')) ?? {};
        if (pages[id] !== input.page) await writeMeta(db, 'surveyPages', { ...pages, [id]: input.page });
        if (isOwnResponseTo(current, partner.origin, body) && canonicalJson(current.body) === canonicalJson(body)) return current;
        const record = liveVersion('surveyResponse', id, body, { region: partner.region, origin: partner.origin, updatedAt: stamp() });
        await db.records.put(record);
        return { ...record, deleted: false, body };
      });
    },

    /** The page to resume a response on; the first page when it was never saved here. */
    async pageOf(id: RecordId): Promise<number> {
      return (await readMeta(db, 'surveyPages'))?.[id] ?? 0;
    },
  };
}

/** A response may only be continued by the partner who gave it, in the same survey and round. */
function isOwnResponseTo(record: RegionRecord | undefined, origin: RecordId, body: SurveyResponseBody): record is LiveRecord<'surveyResponse'> {
  return (
    record?.type === 'surveyResponse' &&
    isLive(record) &&
    record.origin === origin &&
    record.body.survey.id === body.survey.id &&
    roundOf(record) === (body.round ?? 1)
  );
}
