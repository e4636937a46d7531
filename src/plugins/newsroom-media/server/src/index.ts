/**
 * newsroom-media: credited photos from the files themselves, credit lines, a submission endpoint for
 * photographers, and safe image uploads. Configure it in config/plugins.ts (see config.ts for the options).
 */

import type { Core } from '@strapi/strapi';
import config, { checkModel } from './config';
import contentTypes from './content-types';
import controllers from './controllers';
import { photoCreditsMiddleware } from './document-middlewares/photo-credits';
import { subscribeToUploads } from './lifecycles';
import middlewares from './middlewares';
import { registerAdminActions } from './permissions';
import { ensureSubmitterRole } from './roles';
import routes from './routes';
import services from './services';
import { getService, pluginConfig } from './utils';

export default {
  config,
  contentTypes,
  controllers,
  middlewares,
  routes,
  services,

  register({ strapi }: { strapi: Core.Strapi }) {
    checkModel(strapi, pluginConfig(strapi));
    strapi.documents.use(photoCreditsMiddleware(strapi));
    // the plugin's content-API routes declare their inputs and responses, as the app's mounted copies do
    getService(strapi, 'routes').describePluginRoutes();
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await registerAdminActions(strapi);
    subscribeToUploads(strapi);
    getService(strapi, 'storage').trackProviderWrites();
    getService(strapi, 'files').creditResizedFormats();
    // before this instance serves: what a killed process left behind goes (files without a row, temporary files)
    await getService(strapi, 'storage').recover();
    await ensureSubmitterRole(strapi);
    // stored metadata is reached through photos, never listed on its own
    if (strapi.plugin('graphql')) {
      strapi.plugin('graphql').service('extension').shadowCRUD('plugin::newsroom-media.file-metadata').disable();
    }
  },
};
