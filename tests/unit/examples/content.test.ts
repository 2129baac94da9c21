import { describe, expect, it } from 'vitest';
import { decodeBundle } from '../../../shared/bundle/decode.ts';
import type { Bundle } from '../../../shared/bundle/format.ts';
import { committedExamples } from '../cli/support/examples.ts';
import { isThemeKey } from '../../../shared/catalog/themes.ts';

const PEEL_GEMEENTEN = ['GM0743', 'GM0762', 'GM0794', 'GM0847', 'GM1652', 'GM1659'];

function decoded(): Array<[string, Bundle]> {
  return [...committedExamples()].map(([path, text]) => {
    // The real clock, as `regiobeeld validate` uses it: the examples must never lie in the future.
    const result = decodeBundle(text, { now: Date.now() });
    if (!result.ok) throw new Error(`${path}: ${result.errors.map((e) => e.message).join('; ')}`);
    return [path, result.bundle];
  });
}

const bundles = decoded();

function own(bundle: Bundle) {
  const producer = bundle.producer.kind === 'partner' ? bundle.producer.partnerId : undefined;
  return bundle.records.filter((record) => record.origin === producer);
}

describe('the example bundles', () => {
  it('are five sound bundles of Helmond-De Peel, one per partner', () => {
    expect(bundles.map(([path]) => path)).toEqual([
      'examples/gemeente-helmond.json',
      'examples/ggz-de-peel.json',
      'examples/huisartsen-de-peel.json',
      'examples/welzijn-peelland.json',
      'examples/zorgkantoor-zuidoost-brabant.json',
    ]);
    expect(new Set(bundles.map(([, b]) => b.region))).toEqual(new Set(['helmond-de-peel']));
    expect(bundles.map(([, b]) => b.producer.kind === 'partner' && b.producer.domain).sort()).toEqual([
      'sociaal-domein',
      'sociaal-domein',
      'verzekeraar',
      'zorg',
      'zorg',
    ]);
  });

  it.each(bundles)('%s holds its partner record, 8 to 20 own observations and its issues', (_path, bundle) => {
    if (bundle.producer.kind !== 'partner') throw new Error('expected a partner bundle');
    const records = own(bundle);
    const partner = records.find((r) => r.type === 'partner');
    expect(partner?.id).toBe(bundle.producer.partnerId);
    const observations = records.filter((r) => r.type === 'observation' && !r.deleted);
    expect(observations.length).toBeGreaterThanOrEqual(8);
    expect(observations.length).toBeLessThanOrEqual(20);
    expect(records.filter((r) => r.type === 'issue').length).toBeGreaterThanOrEqual(1);
  });

  it('quote https sources, give figures with values, and name only Peel gemeenten', () => {
    const observations = bundles.flatMap(([, b]) => b.records).flatMap((r) => (r.type === 'observation' && r.body ? [r.body] : []));
    expect(observations.every((o) => o.source.url.startsWith('https://'))).toBe(true);
    const figures = observations.filter((o) => o.kind === 'figure');
    expect(figures.length).toBeGreaterThan(10);
    expect(figures.every((o) => o.figure !== undefined)).toBe(true);
    expect(new Set(observations.flatMap((o) => o.areas))).toEqual(new Set(PEEL_GEMEENTEN));
  });

  it('use only themes of the catalogue, so filtering by a theme finds them', () => {
    const themes = bundles.flatMap(([, b]) => b.records).flatMap((r) => ((r.type === 'observation' || r.type === 'issue') && r.body ? r.body.themes : []));
    expect(themes.length).toBeGreaterThan(20);
    expect(themes.filter((theme) => !isThemeKey(theme))).toEqual([]);
  });

  it('link observations only to issues that the same bundle holds', () => {
    for (const [, bundle] of bundles) {
      const issues = new Set(bundle.records.filter((r) => r.type === 'issue').map((r) => r.id));
      const links = bundle.records.flatMap((r) => (r.type === 'observation' && r.body ? r.body.issueIds : []));
      expect(links.filter((id) => !issues.has(id))).toEqual([]);
    }
  });
});
