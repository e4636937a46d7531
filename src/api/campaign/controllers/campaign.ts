/**
 * campaign controller: the core actions, and `hub` (GET /api/campaigns/:slug/hub).
 */

import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { localeParam, onlyParams } from '../../../utils/query';

export default factories.createCoreController('api::campaign.campaign', ({ strapi }) => ({
  async hub(ctx) {
    const query = ctx.query as Record<string, unknown>;
    onlyParams(query, ['locale']);
    const { slug } = ctx.params as { slug: string };
    if (!/^[A-Za-z0-9-_.~]{1,120}$/.test(slug)) throw new errors.NotFoundError(`No published campaign "${slug}"`);
    const locale = await localeParam(strapi, query);
    const hubs = strapi.service('api::campaign.campaign-hub') as {
      hub: (slug: string, locale: string) => Promise<{ campaign: object; photos: object[]; figures: object }>;
    };
    const { campaign, photos, figures } = await hubs.hub(slug, locale);

    const auth = ctx.state.auth;
    const photoSchema = strapi.contentType('api::photo.photo');
    const data = (await strapi.contentAPI.sanitize.output(campaign, strapi.contentType('api::campaign.campaign'), { auth })) as Record<
      string,
      unknown
    >;
    data.photos = await Promise.all(photos.map((photo) => strapi.contentAPI.sanitize.output(photo, photoSchema, { auth })));
    data.figures = figures;
    ctx.body = { data, meta: { locale } };
  },
}));
