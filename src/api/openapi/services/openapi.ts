/**
 * openapi service: the OpenAPI 3.1 description of the content API (generator/document.ts), generated from the
 * registered routes and the content-type schemas once per process, as JSON and YAML.
 */

import type { Core } from '@strapi/strapi';
import { stringify } from 'yaml';
import { activityPopulate } from '../../activity/middlewares/activity-populate';
import { articlePopulate } from '../../article/middlewares/article-populate';
import { campaignPopulate } from '../../campaign/middlewares/campaign-populate';
import { photoPopulate } from '../../photo/middlewares/photo-populate';
import { generateDocument } from '../generator/document';

type Json = Record<string, unknown>;

/** The route middlewares' default populates (each type's own file), for the operations' descriptions. */
const DEFAULT_POPULATES = {
  'api::article.article': articlePopulate,
  'api::activity.activity': activityPopulate,
  'api::campaign.campaign': campaignPopulate,
  'api::photo.photo': photoPopulate,
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  let cached: Json | null = null;
  let cachedYaml: string | null = null;
  const document = (): Json => {
    cached ??= generateDocument(strapi, {
      title: 'Newsroom CMS content API',
      description: 'REST API of the newsroom: articles, photos with credit lines, activities, campaigns, feeds and statistics.',
      version: (strapi.config.get('info.version') as string | undefined) ?? '0.0.0',
      defaultPopulates: DEFAULT_POPULATES,
    });
    return cached;
  };
  return {
    document,
    yaml(): string {
      cachedYaml ??= stringify(document(), { aliasDuplicateObjects: false, lineWidth: 0 });
      return cachedYaml;
    },
  };
};
