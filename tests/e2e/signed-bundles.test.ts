import { describe, expect, it } from 'vitest';
import { webcrypto } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeBundle } from '../../shared/bundle/decode.ts';
import { encodeBundle } from '../../shared/bundle/encode.ts';
import type { Bundle } from '../../shared/bundle/format.ts';
import { checkSignature, signingPayload } from '../../shared/bundle/signature.ts';
import { createWebCryptoSignature } from '../../shared/bundle/webcrypto-signature.ts';
import { e2eSetup } from './support/e2e-setup.ts';
import { rowIds, setUpPartner } from './support/setup-partner.ts';
import { ARTIFACTS, screenshot } from './support/screenshots.ts';

const signer = createWebCryptoSignature(webcrypto.subtle as SubtleCrypto);
const setup = e2eSetup();

describe('signed bundles between two installations', () => {
  it('signs the export, trusts the key on first import, and holds a bundle signed by another key until accepted', async () => {
    const ggz = await setup.launch();
    const ggzDashboard = await setUpPartner(ggz, 'GGZ De Peel', 'zorg');
    const [download] = await Promise.all([ggzDashboard.waitForEvent('download'), ggzDashboard.getByTestId('export-button').click()]);
    const exported = join(ARTIFACTS, `signed-${download.suggestedFilename()}`);
    await download.saveAs(exported);
    const decoded = decodeBundle(await readFile(exported), { now: Date.now() });
    if (!decoded.ok) throw new Error('the export did not decode');
    expect(await checkSignature(decoded.bundle, signer)).toBe('valid');

    const coordinator = await setup.launch();
    const dashboard = await setUpPartner(coordinator, 'Peel Duurzaam Gezond', 'zorg');
    await dashboard.getByTestId('import-input').setInputFiles(exported);
    await expect.poll(() => dashboard.locator('[data-testid="import-summary-item"][data-ok="true"]').count()).toBe(1);
    const before = await rowIds(dashboard);

    // The same partner's bundle, re-signed by a key the coordinator has never seen for it.
    const keys = await signer.generateKeyPair();
    const original: Bundle = decoded.bundle;
    if (original.producer.kind !== 'partner') throw new Error('expected a partner bundle');
    const keyed: Bundle = { ...original, producer: { ...original.producer, publicKey: keys.publicKey } };
    const impostor = join(ARTIFACTS, 'signed-by-another-key.json');
    await writeFile(
      impostor,
      encodeBundle({ ...keyed, integrity: { ...keyed.integrity, signature: await signer.sign(keys.privateKey, signingPayload(keyed)) } }),
    );

    await dashboard.getByTestId('import-input').setInputFiles(impostor);
    const held = dashboard.locator('[data-testid="import-summary-item"][data-ok="false"]');
    await expect.poll(() => held.count()).toBe(1);
    expect(await held.getByTestId('import-error').getAttribute('data-code')).toBe('key-changed');
    expect(await held.getByTestId('import-error').textContent()).toContain('GGZ De Peel');
    expect(await rowIds(dashboard)).toEqual(before);
    await screenshot(dashboard, 'dashboard-key-changed');

    await held.getByTestId('import-accept-key').click();
    await expect.poll(() => dashboard.locator('[data-testid="import-summary-item"][data-ok="true"]').count()).toBe(1);
  });
});
