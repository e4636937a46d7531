/**
 * The content-manager's slug generator (the regenerate button next to a slug) gives the same slug as the API:
 * pinyin for Chinese titles instead of `-1`, and the same numbering on collision.
 */

import type { Core, UID } from '@strapi/strapi';
import { availableSlug } from '../../document-middlewares/slugs';

interface GenerateParams {
  contentTypeUID: UID.ContentType;
  field: string;
  data: Record<string, unknown>;
  locale?: string;
}

type UidService = { generateUIDField(params: GenerateParams): Promise<string> } & Record<string, unknown>;
type ContentManagerPlugin = { services: Record<string, (context: { strapi: Core.Strapi }) => unknown> };

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
  return plugin;
};
