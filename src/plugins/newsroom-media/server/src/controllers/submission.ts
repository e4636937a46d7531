/**
 * Photographers' endpoints: submit photos, list their own drafts, update their own drafts.
 * Responses are built from an explicit list of fields, so nothing private or foreign leaks.
 */

import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { z } from 'zod';
import type { IncomingFile } from '../services/uploads';
import { EDITABLE } from '../submission/schemas';
import { getService, photoRelations, pluginConfig } from '../utils';
import { parseInput, requireLocale } from '../validation';

const userOf = (ctx: Context): { id: number } => {
  const user = ctx.state.user as { id: number } | undefined;
  if (!user) throw new errors.UnauthorizedError('Sign in as a photographer');
  return user;
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => pluginConfig(strapi);

  const present = (photo: Record<string, unknown>) => {
    const f = config().photo.fields;
    const person = photo[f.photographer] as Record<string, unknown> | null | undefined;
    const image = photo[f.image] as Record<string, unknown> | null | undefined;
    return {
      documentId: photo.documentId,
      locale: photo.locale,
      status: photo.publishedAt ? 'published' : 'draft',
      caption: photo[f.caption] ?? null,
      altText: photo[f.altText] ?? null,
      creditRole: photo[f.creditRole] ?? null,
      creditName: photo[f.creditName] ?? null,
      creditLine: photo[f.creditLine] ?? null,
      takenAt: photo[f.takenAt] ?? null,
      location: photo[f.location] ?? null,
      structuredData: photo[f.structuredData] ?? null,
      photographer: person ? { documentId: person.documentId, name: person.name ?? null, nameEn: person.nameEn ?? null } : null,
      image: image
        ? { id: image.id, name: image.name, url: image.url, width: image.width, height: image.height, mime: image.mime, formats: image.formats ?? null }
        : null,
    };
  };

  /** The `locale` query parameter, the only one these reads take; it must exist when given. */
  const localeOf = async (ctx: Context): Promise<{ locale?: string }> => {
    const { locale } = parseInput(getService(strapi, 'submissions').schemas().mineQuery, ctx.query);
    if (locale !== undefined) await requireLocale(strapi, locale);
    return { locale };
  };

  /** The caller's own photos: those they submitted. */
  const ownPhotoFilter = (userId: number) => ({ [config().photo.fields.submittedBy]: { id: userId } });

  const populate = () => photoRelations(config());

  return {
    async submit(ctx: Context) {
      const user = userOf(ctx);
      const files = Object.values(
        ((ctx.request as unknown as { files?: Record<string, IncomingFile | IncomingFile[]> }).files ?? {}) as Record<string, IncomingFile | IncomingFile[]>
      ).flat();
      const submissions = getService(strapi, 'submissions');
      const fields = await submissions.parseFields((ctx.request.body ?? {}) as Record<string, unknown>);
      const photos = await submissions.submit(files, fields, user.id);
      // the credit line is computed after the write; read the photos back as stored
      const fresh = await Promise.all(
        photos.map((photo) =>
          strapi.documents(config().photo.uid as UID.ContentType).findOne({
            documentId: photo.documentId as string,
            locale: photo.locale as string,
            status: 'draft',
            populate: populate(),
          } as never)
        )
      );
      ctx.status = 201;
      ctx.body = { data: fresh.map((photo) => present(photo as Record<string, unknown>)), meta: { count: fresh.length } };
    },

    async mine(ctx: Context) {
      const user = userOf(ctx);
      const filters = ownPhotoFilter(user.id);
      const { locale } = await localeOf(ctx);
      const photos = await strapi.documents(config().photo.uid as UID.ContentType).findMany({
        filters,
        status: 'draft',
        locale,
        populate: populate(),
        sort: 'createdAt:desc',
        limit: 100,
      } as never);
      ctx.body = { data: (photos as Array<Record<string, unknown>>).map(present), meta: { count: photos.length } };
    },

    async updateMine(ctx: Context) {
      const user = userOf(ctx);
      const schemas = getService(strapi, 'submissions').schemas();
      const { documentId } = parseInput(z.object(schemas.documentParams), ctx.params);
      const { data: changes } = parseInput(schemas.updateBody, ctx.request.body ?? {});
      const { locale } = await localeOf(ctx);

      const photos = strapi.documents(config().photo.uid as UID.ContentType);
      const own = await photos.findFirst({ filters: { documentId, ...ownPhotoFilter(user.id) }, status: 'draft', locale } as never);
      if (!own) throw new errors.NotFoundError('No such photo of yours');
      const published = await photos.findOne({ documentId, status: 'published', locale, fields: ['documentId'] } as never);
      if (published) throw new errors.ForbiddenError('This photo is published; an editor changes it now');

      const f = config().photo.fields;
      const data = Object.fromEntries(
        EDITABLE.filter((key) => key in changes).map((key) => {
          const value = changes[key];
          return [f[key], value === undefined ? null : key === 'takenAt' ? new Date(value).toISOString() : value];
        })
      );
      await photos.update({ documentId, locale, data, status: 'draft' } as never);
      const fresh = await photos.findOne({ documentId, locale, status: 'draft', populate: populate() } as never);
      ctx.body = { data: present(fresh as Record<string, unknown>) };
    },
  };
};
