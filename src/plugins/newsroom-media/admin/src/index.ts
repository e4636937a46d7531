/**
 * Admin side of newsroom-media: registers the plugin and its page 导入稿件 (import a printed page), shown in the
 * menu to those with the import permission. The photo's credit line and the metadata read from its file are
 * fields of the photo type, so the content-manager shows them in the edit view.
 */

import type { StrapiApp } from '@strapi/strapi/admin';
import { Upload } from '@strapi/icons';
import { IMPORT_PERMISSIONS } from './permissions';
import { PLUGIN_ID, messageId, pluginMessages } from './translations';
import en from './translations/en.json';

export default {
  register(app: StrapiApp) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}/import`,
      icon: Upload,
      intlLabel: { id: messageId('import.menu'), defaultMessage: en['import.menu'] },
      permissions: IMPORT_PERMISSIONS,
      Component: () => import('./pages/ImportPage'),
    });
    app.registerPlugin({ id: PLUGIN_ID, name: 'Newsroom media' });
  },
  bootstrap() {},
  async registerTrads({ locales }: { locales: string[] }) {
    return locales.map((locale) => ({ data: pluginMessages(locale), locale }));
  },
};
