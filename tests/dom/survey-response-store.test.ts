import { describe, expect, it } from 'vitest';
import { liveVersion } from '../../shared/records/versions.ts';
import type { SurveyResponseBody } from '../../shared/schema/survey-response.ts';
import { definitionRef } from '../../shared/survey/definition.ts';
import { loadDefinitions } from '../../shared/survey/load-definitions.ts';
import { DEFINITION_SOURCES } from '../../survey-definitions/index.ts';
import { createSurveyResponseStore } from '../../extension/features/surveys/survey-response-store.ts';
import { StoreError } from '../../extension/services/store-error.ts';
import { PARTNER_A, testStore } from './support/test-store.ts';

const [knelpunten] = loadDefinitions(DEFINITION_SOURCES).definitions;

function body(answers: SurveyResponseBody['answers'], status: SurveyResponseBody['status'] = 'in-progress'): SurveyResponseBody {
  if (knelpunten === undefined) throw new Error('no survey shipped');
  return { survey: definitionRef(knelpunten), status, answers };
}

async function setUp() {
  const test = testStore();
  await test.store.setupPartner(PARTNER_A);
  return { ...test, responses: createSurveyResponseStore(test.db, test.store) };
}

describe('survey responses in IndexedDB', () => {
  it('keeps every save as a new version of one record, with the page to resume on', async () => {
    const { db, responses, advance } = await setUp();
    const first = await responses.save({ body: body({ rol: 'beleid' }), page: 0 });
    advance(1000);
    const second = await responses.save({ id: first.id, body: body({ rol: 'beleid', 'urgentie-vergrijzing': 4 }), page: 1 });
    expect(second.id).toBe(first.id);
    expect(second.updatedAt > first.updatedAt).toBe(true);
    expect(await db.records.where('type').equals('surveyResponse').count()).toBe(1);
    expect(await responses.pageOf(first.id)).toBe(1);
    expect((await db.records.get(first.id))?.body).toEqual(body({ rol: 'beleid', 'urgentie-vergrijzing': 4 }));
  });

  it('writes no new version when nothing changed, only the page', async () => {
    const { responses } = await setUp();
    const first = await responses.save({ body: body({ rol: 'beleid' }), page: 0 });
    const again = await responses.save({ id: first.id, body: body({ rol: 'beleid' }), page: 2 });
    expect(again.updatedAt).toBe(first.updatedAt);
    expect(await responses.pageOf(first.id)).toBe(2);
  });

  it("refuses to continue another partner's response or one of another round, and changes nothing", async () => {
    const { db, responses, store } = await setUp();
    const { origin } = await store.getIdentity();
    const partner = await store.currentPartner();
    const theirs = liveVersion('surveyResponse', '01a1f640-0000-7000-8000-000000000099', body({ rol: 'bestuur' }, 'completed'), {
      region: partner?.region ?? '',
      origin: '01a1f640-0000-7000-8000-000000000098',
      updatedAt: '2026-11-01T10:00:00.000Z-0000',
    });
    await db.records.put(theirs);
    await expect(responses.save({ id: theirs.id, body: body({ rol: 'beleid' }), page: 0 })).rejects.toEqual(new StoreError('not-found'));
    expect(await db.records.get(theirs.id)).toEqual(theirs);

    const mine = await responses.save({ body: body({ rol: 'beleid' }, 'completed'), page: 0 });
    expect(mine.origin).toBe(origin);
    await expect(responses.save({ id: mine.id, body: { ...body({ rol: 'bestuur' }), round: 2 }, page: 0 })).rejects.toBeInstanceOf(StoreError);
    expect((await db.records.get(mine.id))?.body).toEqual(body({ rol: 'beleid' }, 'completed'));
  });

  it('refuses answers that are no JSON data before anything is written', async () => {
    const { db, responses } = await setUp();
    const before = await db.records.toArray();
    await expect(responses.save({ body: body({ rol: Number.NaN }), page: 0 })).rejects.toThrow();
    expect(await db.records.toArray()).toEqual(before);
  });
});
