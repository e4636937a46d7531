/**
 * Two changes to the content-manager:
 * - its slug generator (the regenerate button next to a slug) gives the same slug as the API: pinyin for Chinese
 *   titles instead of `-1`, and the same numbering on collision;
 * - its preview URL (which carries a signed token that reads the draft) is only given to an admin user who may
 *   read that very document: Strapi checks only that the user is signed in, so a correspondent could otherwise
 *   preview another person's draft.
 */

import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { PREVIEWABLE } from '../../api/preview/services/preview';
import { availableSlug } from '../../document-middlewares/slugs';

interface GenerateParams {
  contentTypeUID: UID.ContentType;
  field: string;
  data: Record<string, unknown>;
  locale?: string;
}

type UidService = { generateUIDField(params: GenerateParams): Promise<string> } & Record<string, unknown>;
type PreviewController = { getPreviewUrl(ctx: Context): Promise<unknown> } & Record<string, unknown>;
type Factory = (context: { strapi: Core.Strapi }) => unknown;
type ContentManagerPlugin = { services: Record<string, Factory>; controllers: Record<string, Factory> };
interface PermissionChecker {
  cannot: { read(entity?: unknown): boolean };
}

/** 403 unless the signed-in admin may read this document (conditions such as "only their own" included). */
const assertMayPreview = async (strapi: Core.Strapi, ctx: Context): Promise<void> => {
  const uid = ctx.params.contentType as UID.ContentType;
  const checker = strapi
    .plugin('content-manager')
    .service('permission-checker')
    .create({ userAbility: ctx.state.userAbility, model: uid }) as PermissionChecker;
  if (checker.cannot.read()) throw new errors.ForbiddenError();
  if (!PREVIEWABLE[uid]) return; // no preview URL for this type: nothing to give away
  const { documentId, locale, status } = ctx.query as Record<string, unknown>;
  if (typeof documentId !== 'string' || !strapi.contentTypes[uid]) return; // Strapi's own validation answers
  const document = await strapi.documents(uid).findOne({
    documentId,
    ...(typeof locale === 'string' ? { locale } : {}),
    status: status === 'published' ? 'published' : 'draft',
    populate: ['createdBy'],
  } as never);
  if (document && checker.cannot.read(document)) throw new errors.ForbiddenError();
};

export default (plugin: ContentManagerPlugin) => {
  const createUidService = plugin.services.uid;
  plugin.services.uid = ({ strapi }) => {
    const service = createUidService({ strapi }) as UidService;
    return {
      ...service,
      async generateUIDField(params: GenerateParams) {
        const attributes = strapi.contentType(params.contentTypeUID).attributes as Record<string, { targetField?: string }>;
        const attribute = attributes[params.field] ?? {};
        if (!params.contentTypeUID.startsWith('api::') || !attribute.targetField) return service.generateUIDField(params);
        const source = params.data?.[attribute.targetField];
        const documentId = typeof params.data?.documentId === 'string' ? params.data.documentId : undefined;
        return availableSlug(strapi, {
          uid: params.contentTypeUID,
          field: params.field,
          text: typeof source === 'string' ? source : '',
          locale: params.locale,
          documentId,
        });
      },
    };
  };

  const createPreviewController = plugin.controllers.preview;
  plugin.controllers.preview = ({ strapi }) => {
    const controller = createPreviewController({ strapi }) as PreviewController;
    return {
      ...controller,
      async getPreviewUrl(ctx: Context) {
        await assertMayPreview(strapi, ctx);
        return controller.getPreviewUrl(ctx);
      },
    };
  };
  return plugin;
};
