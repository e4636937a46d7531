import { signPreviewToken, verifyPreviewToken, type PreviewClaims } from '../../src/utils/preview-token';

const key = Buffer.alloc(32, 7);
const now = 1_800_000_000;
const claims: PreviewClaims = { uid: 'api::article.article', documentId: 'abc123', locale: 'zh-Hans', status: 'draft', expiresAt: now + 600 };

describe('preview tokens', () => {
  const token = signPreviewToken(claims, key);

  it('verifies a token it signed, before it expires', () => {
    expect(verifyPreviewToken(token, key, now)).toEqual({ valid: true, claims });
    expect(verifyPreviewToken(token, key, now + 599)).toEqual({ valid: true, claims });
  });

  it('refuses it from the second it expires', () => {
    expect(verifyPreviewToken(token, key, now + 600)).toEqual({ valid: false, reason: 'expired' });
  });

  it('refuses a token signed with another key', () => {
    expect(verifyPreviewToken(token, Buffer.alloc(32, 8), now)).toEqual({ valid: false, reason: 'signature' });
  });

  it.each([
    ['another document', { documentId: 'xyz789' }],
    ['a later expiry', { expiresAt: now + 86_400 }],
    ['the published version', { status: 'published' }],
  ])('refuses a payload changed to %s', (_label, change) => {
    const [, signature] = token.split('.');
    const forged = `${Buffer.from(JSON.stringify({ ...claims, ...change })).toString('base64url')}.${signature}`;
    expect(verifyPreviewToken(forged, key, now)).toEqual({ valid: false, reason: 'signature' });
  });

  it.each([[''], ['abc'], ['a.b.c'], ['!!!.???'], [`${token}.`]])('refuses the malformed token %j', (bad) => {
    expect(verifyPreviewToken(bad, key, now)).toMatchObject({ valid: false, reason: 'malformed' });
  });

  it('refuses signed claims of the wrong shape', () => {
    const odd = signPreviewToken({ ...claims, status: 'anything' } as unknown as PreviewClaims, key);
    expect(verifyPreviewToken(odd, key, now)).toEqual({ valid: false, reason: 'malformed' });
  });
});
