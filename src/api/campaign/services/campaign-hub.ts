/**
 * campaign-hub service: a published campaign with its published activities, articles and credited photos,
 * and its figures rolled up by the database (activity-stats), in a fixed number of queries.
 */

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { creditedPhotoPopulate } from '../../../utils/default-populate';
import { existingLocale, parseInput } from '../../../utils/query';
import { hubParams, hubQuery } from '../schemas';

type Json = Record<string, unknown>;

const organization = { fields: ['name', 'shortName', 'nameEn', 'slug', 'kind'] };

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The hub as the content API shows it: sanitized for the caller, like any content-API response. */
  async forClient(slug: string, params: Record<string, unknown>, auth: unknown) {
    // a slug that no campaign can have names no campaign: 404, like an unknown one
    if (!hubParams.safeParse({ slug }).success) throw new errors.NotFoundError(`No published campaign "${slug}"`);
    const locale = await existingLocale(strapi, parseInput(hubQuery, params).locale);
    const { campaign, photos, figures } = await this.hub(slug, locale);
    const sanitize = strapi.contentAPI.sanitize;
    const data = (await sanitize.output(campaign, strapi.contentType('api::campaign.campaign'), { auth: auth as never })) as Json;
    data.photos = await Promise.all(photos.map((photo) => sanitize.output(photo, strapi.contentType('api::photo.photo'), { auth: auth as never })));
    data.figures = figures;
    return { data, locale };
  },

  async hub(slug: string, locale: string) {
    const campaign = (await strapi.documents('api::campaign.campaign').findFirst({
      filters: { slug },
      locale,
      status: 'published',
      populate: {
        cover: creditedPhotoPopulate,
        goals: true,
        leadOrganization: organization,
        activities: {
          sort: ['startDate:desc', 'id:asc'],
          populate: { locations: true, metrics: true, organizers: organization, partners: organization, photos: creditedPhotoPopulate },
        },
        articles: {
          fields: ['title', 'slug', 'summary', 'publishDate'],
          sort: ['publishDate:desc', 'id:asc'],
          populate: { cover: creditedPhotoPopulate },
        },
      },
    } as never)) as Json | null;
    if (!campaign) throw new errors.NotFoundError(`No published campaign "${slug}"`);

    // every credited photo of the campaign once: its cover, its activities' photos, its articles' covers
    const photos = new Map<string, Json>();
    const add = (photo: unknown) => {
      if (photo && typeof photo === 'object' && 'documentId' in photo) photos.set(String((photo as Json).documentId), photo as Json);
    };
    add(campaign.cover);
    for (const activity of (campaign.activities as Json[]) ?? []) for (const photo of (activity.photos as Json[]) ?? []) add(photo);
    for (const article of (campaign.articles as Json[]) ?? []) add(article.cover);

    const stats = strapi.service('api::activity.activity-stats');
    const filters = { locale, campaign: slug };
    const [total, metricsByUnit, districts] = await Promise.all([stats.totals(filters), stats.metricsByUnit(filters), stats.districts(filters)]);
    const { from, to, count, ...sums } = total;
    return {
      campaign,
      photos: [...photos.values()],
      figures: { activities: count, ...sums, metricsByUnit, dateRange: { from, to }, districts },
    };
  },
});
