import { z } from 'zod';

/** An ECDSA P-256 public key as a JSON Web Key: what WebCrypto exports and imports. */
export const PublicKeyJwk = z.strictObject({
  kty: z.literal('EC'),
  crv: z.literal('P-256'),
  x: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'must be a base64url P-256 coordinate'),
  y: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'must be a base64url P-256 coordinate'),
  ext: z.boolean().optional(),
  key_ops: z.array(z.literal('verify')).max(1).optional(),
});
export type PublicKeyJwk = z.infer<typeof PublicKeyJwk>;

/** An ECDSA P-256 / SHA-256 signature in IEEE P1363 form (r ‖ s), base64url. */
export const Signature = z.string().regex(/^[A-Za-z0-9_-]{86}$/, 'must be a base64url P-256 signature');
