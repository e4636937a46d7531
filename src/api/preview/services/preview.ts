/**
 * preview service: signs preview tokens for the admin's preview button and finds the version a token names.
 * Only articles, activities and campaigns have a reader view, so only they get a preview URL.
 */

import { createHmac } from 'node:crypto';
import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { activityPopulate } from '../../activity/middlewares/activity-populate';
import { articlePopulate } from '../../article/middlewares/article-populate';
import { campaignPopulate } from '../../campaign/middlewares/campaign-populate';
import type { DefaultPopulate } from '../../../utils/default-populate';
import { envInt } from '../../../utils/env';
import { previewUrlTemplate, signPreviewToken, verifyPreviewToken, type PreviewClaims } from '../../../utils/preview-token';

export const PREVIEWABLE: Partial<Record<string, { type: string; populate: DefaultPopulate }>> = {
  'api::article.article': { type: 'article', populate: articlePopulate },
  'api::activity.activity': { type: 'activity', populate: activityPopulate },
  'api::campaign.campaign': { type: 'campaign', populate: campaignPopulate },
};

const REFUSALS = {
  malformed: 'The preview token is not valid',
  signature: 'The preview token is not valid',
  expired: 'The preview token has expired; open the preview from the admin panel again',
} as const;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  // derived from the admin JWT secret, which production requires and every instance shares
  let key: Buffer | undefined;
  const signingKey = (): Buffer =>
    (key ??= createHmac('sha256', String(strapi.config.get('admin.auth.secret'))).update('newsroom preview token').digest());

  return {
    lifetimeSeconds: (): number => envInt('PREVIEW_TOKEN_TTL', 600),

    sign: (claims: PreviewClaims): string => signPreviewToken(claims, signingKey()),

    /** The URL the admin's preview button opens, or undefined (no preview) for other types. */
    url(uid: string, { documentId, locale, status }: { documentId: string; locale?: string | null; status?: string | null }): string | undefined {
      if (!PREVIEWABLE[uid]) return undefined;
      const claims: PreviewClaims = {
        uid,
        documentId,
        locale: locale ?? null,
        status: status === 'published' ? 'published' : 'draft',
        expiresAt: Math.floor(Date.now() / 1000) + this.lifetimeSeconds(),
      };
      const url = previewUrlTemplate().replace('{token}', this.sign(claims));
      const base = String(strapi.config.get('server.url') ?? '').replace(/\/$/, '');
      return url.startsWith('/') ? `${base}${url}` : url;
    },

    /** The claims of a valid token; 401 for a tampered, malformed or expired one. */
    verify(token: string): PreviewClaims {
      const result = verifyPreviewToken(token, signingKey(), Math.floor(Date.now() / 1000));
      if (!result.valid) throw new errors.UnauthorizedError(REFUSALS[result.reason], { reason: result.reason });
      if (!PREVIEWABLE[result.claims.uid]) throw new errors.UnauthorizedError(REFUSALS.malformed);
      return result.claims;
    },

    /** The document version a token names, populated like the public detail endpoint; 404 once it is gone. */
    async find(claims: PreviewClaims): Promise<{ type: string; document: Record<string, unknown> }> {
      const previewable = PREVIEWABLE[claims.uid];
      if (!previewable) throw new errors.NotFoundError('Nothing to preview');
      const uid = claims.uid as UID.ContentType;
      const document = await strapi.documents(uid).findOne({
        documentId: claims.documentId,
        status: claims.status,
        ...(claims.locale ? { locale: claims.locale } : {}),
        populate: previewable.populate.detail,
      } as never);
      if (!document) throw new errors.NotFoundError('This document no longer exists in that version and locale');
      const sanitized = (await strapi.contentAPI.sanitize.output(document, strapi.getModel(uid), {})) as Record<string, unknown>;
      return { type: previewable.type, document: sanitized };
    },
  };
};
