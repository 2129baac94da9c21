import { webcrypto } from 'node:crypto';
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { createWebCryptoSignature, toBase64Url } from '../../../shared/bundle/webcrypto-signature.ts';
import { PublicKeyJwk, Signature } from '../../../shared/schema/public-key.ts';
import { DEMO_KEY_LABEL, demoKey } from '../../../examples/generator/demo-keys.ts';

const subtle = webcrypto.subtle as SubtleCrypto;
const signer = createWebCryptoSignature(subtle);
const SLUGS = ['gemeente-helmond', 'ggz-de-peel', 'huisartsen-de-peel', 'welzijn-peelland', 'zorgkantoor-zuidoost-brabant'];
const PAYLOAD = '{"body":{"organisation":"GGZ De Peel"},"id":"01a05c32-5e80-71d2-9458-cdbbeccc24b0"}';

describe("the example partners' demo keys", () => {
  it('publish the JWK the extension publishes, a different one per partner', () => {
    const keys = SLUGS.map((slug) => demoKey(slug).publicKey);
    for (const key of keys) {
      expect(Object.keys(key).sort()).toEqual(['crv', 'kty', 'x', 'y']);
      expect(PublicKeyJwk.parse(key)).toEqual(key);
    }
    expect(new Set(keys.map((key) => key.x)).size).toBe(SLUGS.length);
  });

  it("sign in WebCrypto's form, the same bytes every time, which WebCrypto verifies", async () => {
    const key = demoKey('ggz-de-peel');
    const signature = key.sign(PAYLOAD);
    expect(Signature.parse(signature)).toBe(signature);
    expect(key.sign(PAYLOAD)).toBe(signature);
    expect(await signer.verify(key.publicKey, PAYLOAD, signature)).toBe(true);
  });

  it("sign nothing else: another payload or another partner's key does not verify", async () => {
    const signature = demoKey('ggz-de-peel').sign(PAYLOAD);
    expect(await signer.verify(demoKey('ggz-de-peel').publicKey, PAYLOAD.replace('GGZ', 'GGD'), signature)).toBe(false);
    expect(await signer.verify(demoKey('welzijn-peelland').publicKey, PAYLOAD, signature)).toBe(false);
  });

  it('are the keys of the published label: WebCrypto signing with that private key verifies against the JWK', async () => {
    const { publicKey } = demoKey('huisartsen-de-peel');
    const d = toBase64Url(sha256(utf8ToBytes(`${DEMO_KEY_LABEL}huisartsen-de-peel`)));
    const privateKey = await subtle.importKey(
      'jwk',
      { kty: 'EC', crv: 'P-256', x: publicKey.x, y: publicKey.y, d },
      { name: 'ECDSA', namedCurve: 'P-256' },
      false,
      ['sign'],
    );
    expect(await signer.verify(publicKey, PAYLOAD, await signer.sign(privateKey, PAYLOAD))).toBe(true);
  });
});
