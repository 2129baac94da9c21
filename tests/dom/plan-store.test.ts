import { describe, expect, it } from 'vitest';
import { createPlanStore, PlanRefusal } from '../../extension/features/plan/plan-store.ts';
import { liveVersion } from '../../shared/records/versions.ts';
import type { PlanItemBody } from '../../shared/schema/plan-item.ts';
import { traceLinkId } from '../../shared/schema/trace-link.ts';
import { clipBody, PARTNER_A, PARTNER_B, testStore } from './support/test-store.ts';

const item = (level: PlanItemBody['level'], title: string, owners: string[] = []): PlanItemBody => ({
  level,
  title,
  description: '',
  status: 'idee',
  ownerPartnerIds: owners,
});

async function setUp() {
  const test = await testStore();
  const partner = (await test.store.setupPartner(PARTNER_A)).partner;
  return { ...test, partner, plan: createPlanStore(test.store) };
}

describe('the plan store', () => {
  it('stores ambition → goal → action as plan items with parent links authored by the partner', async () => {
    const { db, plan, partner } = await setUp();
    const ambition = await plan.savePlanItem({ body: item('ambition', 'Gezond ouder worden'), parentId: undefined });
    const goal = await plan.savePlanItem({ body: item('goal', 'Minder eenzaamheid onder 75-plussers'), parentId: ambition.id });
    const action = await plan.savePlanItem({ body: { ...item('action', 'Buurtcirkels in Helmond', [partner.id]), period: '2026–2027' }, parentId: goal.id });

    const links = (await db.records.where('type').equals('traceLink').toArray()).filter((record) => !record.deleted);
    expect(links.map((link) => link.id).sort()).toEqual(
      [traceLinkId({ fromId: goal.id, toId: ambition.id }), traceLinkId({ fromId: action.id, toId: goal.id })].sort(),
    );
    expect(links.every((link) => link.origin === partner.origin)).toBe(true);
    expect((await db.records.get(action.id))?.body).toMatchObject({ level: 'action', ownerPartnerIds: [partner.id], period: '2026–2027' });
  });

  it('links evidence with its rationale and the version the author saw; the same ends make one record', async () => {
    const { db, plan, store, advance } = await setUp();
    const goal = await plan.savePlanItem({ body: item('goal', 'Minder eenzaamheid'), parentId: undefined });
    const issue = await store.createIssue({ title: 'Eenzaamheid onder ouderen', description: '', themes: [], areas: [] });
    const first = await plan.addLink({ fromId: goal.id, toType: 'issue', toId: issue.id, rationale: 'Knelpunt 1 van de vragenlijst' });
    expect(first.body).toMatchObject({ rationale: 'Knelpunt 1 van de vragenlijst', evidenceAt: issue.updatedAt });
    advance(1000);
    const again = await plan.addLink({ fromId: goal.id, toType: 'issue', toId: issue.id, rationale: 'Aangescherpt' });
    expect(again.id).toBe(first.id);
    expect(await db.records.where('type').equals('traceLink').count()).toBe(1);
  });

  it('confirms a link on the evidence as it is now, and removes it by a tombstone', async () => {
    const { db, plan, store, advance } = await setUp();
    const goal = await plan.savePlanItem({ body: item('goal', 'Minder eenzaamheid'), parentId: undefined });
    const observation = await store.addObservation(clipBody('52 procent van de 75-plussers voelt zich eenzaam'));
    const link = await plan.addLink({ fromId: goal.id, toType: 'observation', toId: observation.id, rationale: 'cijfer' });
    advance(1000);
    const edited = await store.updateObservation(observation.id, { body: clipBody('52 procent van de 75-plussers voelt zich eenzaam (2024)') });
    const confirmed = await plan.confirmLink(link.id);
    expect(confirmed.body.evidenceAt).toBe(edited.record.updatedAt);
    expect(confirmed.body.rationale).toBe('cijfer');

    await plan.removeLink(link.id);
    const stored = await db.records.get(link.id);
    expect(stored?.deleted).toBe(true);
    expect(stored?.body).toBeUndefined();
  });

  it('refuses a link to a record of another region, a missing target and a wrong level, storing nothing', async () => {
    const { db, plan, store } = await setUp();
    const goal = await plan.savePlanItem({ body: item('goal', 'Minder eenzaamheid'), parentId: undefined });
    const action = await plan.savePlanItem({ body: item('action', 'Buurtcirkels'), parentId: undefined });
    const foreign = liveVersion(
      'issue',
      '0190f3a0-0000-7000-8000-000000000001',
      { title: 'Elders', description: '', themes: [], areas: [] },
      { region: 'elders', origin: goal.origin, updatedAt: goal.updatedAt },
    );
    await db.records.put(foreign);
    const before = await db.records.count();

    await expect(plan.addLink({ fromId: goal.id, toType: 'issue', toId: foreign.id, rationale: '' })).rejects.toMatchObject({ codes: ['other-region'] });
    await expect(plan.addLink({ fromId: goal.id, toType: 'issue', toId: '0190f3a0-0000-7000-8000-000000000002', rationale: '' })).rejects.toMatchObject({
      codes: ['target-missing'],
    });
    await expect(plan.savePlanItem({ body: item('ambition', 'Ambitie'), parentId: action.id })).rejects.toMatchObject({ codes: ['parent-level'] });
    const issue = await store.createIssue({ title: 'Eenzaamheid', description: '', themes: [], areas: [] });
    await expect(plan.addLink({ fromId: goal.id, toType: 'observation', toId: issue.id, rationale: '' })).rejects.toBeInstanceOf(PlanRefusal);
    expect(await db.records.count()).toBe(before + 1);
  });

  it('refuses a parent that closes a cycle a merge left behind, and keeps the item as it was', async () => {
    const { db, plan, store } = await setUp();
    // After a merge: A became a goal and G an ambition while G still serves A.
    const a = await plan.savePlanItem({ body: item('ambition', 'A'), parentId: undefined });
    const g = await plan.savePlanItem({ body: item('goal', 'G'), parentId: a.id });
    await store.writeAsPartner(async ({ partner, stamp, records }) => {
      await records.put(liveVersion('planItem', a.id, item('goal', 'A'), { region: partner.region, origin: partner.origin, updatedAt: stamp() }));
      await records.put(liveVersion('planItem', g.id, item('ambition', 'G'), { region: partner.region, origin: partner.origin, updatedAt: stamp() }));
    });
    const before = await db.records.toArray();

    const refused = plan.savePlanItem({ id: a.id, body: item('goal', 'A met nieuwe titel'), parentId: g.id });
    await expect(refused).rejects.toMatchObject({ codes: ['parent-cycle'] });
    expect(await db.records.toArray()).toEqual(before);
  });

  it('changes the parent the editor shows and keeps other plan links; deleting an item tombstones the links it made', async () => {
    const { db, plan } = await setUp();
    const one = await plan.savePlanItem({ body: item('goal', 'Doel 1'), parentId: undefined });
    const two = await plan.savePlanItem({ body: item('goal', 'Doel 2'), parentId: undefined });
    const initiative = await plan.savePlanItem({ body: item('initiative', 'Initiatief'), parentId: one.id });
    await plan.savePlanItem({ id: initiative.id, body: item('initiative', 'Initiatief'), parentId: two.id });
    const live = async () => (await db.records.where('type').equals('traceLink').toArray()).filter((record) => !record.deleted).map((record) => record.id);
    expect(await live()).toEqual([traceLinkId({ fromId: initiative.id, toId: two.id })]);

    await plan.deletePlanItem(initiative.id);
    expect(await live()).toEqual([]);
    expect((await db.records.get(initiative.id))?.deleted).toBe(true);
  });

  it('a partner who links, confirms or removes is the author of that version', async () => {
    const a = await setUp();
    const goal = await a.plan.savePlanItem({ body: item('goal', 'Minder eenzaamheid'), parentId: undefined });
    const issue = await a.store.createIssue({ title: 'Eenzaamheid', description: '', themes: [], areas: [] });
    const b = testStore({ seed: 2 });
    const partnerB = (await b.store.setupPartner(PARTNER_B)).partner;
    const summary = await b.store.importBundleText((await a.store.exportBundle()).text, 'a.json');
    expect(summary.ok).toBe(true);
    const link = await createPlanStore(b.store).addLink({ fromId: goal.id, toType: 'issue', toId: issue.id, rationale: 'van B' });
    expect(link.origin).toBe(partnerB.origin);
  });
});
