/**
 * Short-lived signed preview tokens: `<payload>.<signature>`, both base64url, the signature an HMAC-SHA256 of
 * the payload. A token names exactly one document version and carries its own expiry, so it can be handed to
 * a frontend (or put in a URL) without giving access to anything else.
 */

import { createHmac, timingSafeEqual } from 'node:crypto';
import { envValue } from './env';
import { READER_PREVIEW_PATH } from './reader-urls';

/** where the preview opens; `{token}` is replaced, and a relative URL is resolved against PUBLIC_URL */
export const previewUrlTemplate = (): string => envValue('PREVIEW_URL') ?? READER_PREVIEW_PATH;

export interface PreviewClaims {
  uid: string;
  documentId: string;
  locale: string | null;
  status: 'draft' | 'published';
  /** expiry, seconds since the epoch */
  expiresAt: number;
}

export type PreviewTokenResult =
  | { valid: true; claims: PreviewClaims }
  | { valid: false; reason: 'malformed' | 'signature' | 'expired' };

const signature = (payload: string, key: Buffer): Buffer => createHmac('sha256', key).update(payload).digest();

export const signPreviewToken = (claims: PreviewClaims, key: Buffer): string => {
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${payload}.${signature(payload, key).toString('base64url')}`;
};

const isClaims = (value: unknown): value is PreviewClaims => {
  if (typeof value !== 'object' || value === null) return false;
  const claims = value as Record<string, unknown>;
  return (
    typeof claims.uid === 'string' &&
    typeof claims.documentId === 'string' &&
    (claims.locale === null || typeof claims.locale === 'string') &&
    (claims.status === 'draft' || claims.status === 'published') &&
    typeof claims.expiresAt === 'number'
  );
};

/** Checks the signature first, so nothing from an unsigned payload is trusted, then the expiry. */
export const verifyPreviewToken = (token: string, key: Buffer, nowSeconds: number): PreviewTokenResult => {
  const parts = token.split('.');
  if (parts.length !== 2 || !/^[A-Za-z0-9_-]+$/.test(parts[0]) || !/^[A-Za-z0-9_-]+$/.test(parts[1])) {
    return { valid: false, reason: 'malformed' };
  }
  const [payload, given] = parts;
  const expected = signature(payload, key);
  const givenBytes = Buffer.from(given, 'base64url');
  if (givenBytes.length !== expected.length || !timingSafeEqual(givenBytes, expected)) {
    return { valid: false, reason: 'signature' };
  }
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return { valid: false, reason: 'malformed' }; // signed by us, so this only happens if the key leaked
  }
  if (!isClaims(claims)) return { valid: false, reason: 'malformed' };
  if (claims.expiresAt <= nowSeconds) return { valid: false, reason: 'expired' };
  return { valid: true, claims };
};
