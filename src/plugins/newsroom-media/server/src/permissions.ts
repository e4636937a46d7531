/** The plugin's admin permissions, granted per role in Settings > Roles (and by an app's roles-as-code). */

import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from './utils';

/** may preview and import printed pages (the admin page 导入稿件) */
export const IMPORT_ACTION = `plugin::${PLUGIN_ID}.import`;

export const registerAdminActions = async (strapi: Core.Strapi): Promise<void> => {
  await strapi.service('admin::permission').actionProvider.registerMany([
    { section: 'plugins', displayName: '导入稿件', uid: 'import', pluginName: PLUGIN_ID },
  ]);
};
