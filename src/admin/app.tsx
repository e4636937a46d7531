import type { RenderAdminArgs, StrapiApp } from '@strapi/strapi/admin';
import { SlugFromTitle } from './components/SlugFromTitle';
import { DEFAULT_ADMIN_LANGUAGE, defaultToNewsroomLanguage } from './default-language';
import { translateLocaleStatuses, type HeaderAction } from './locale-picker-status';
import { showPhotoThumbnails } from './photo-column';
import { zhHans } from './translations';

interface ContentManagerApis {
  addDocumentHeaderAction(reducer: (actions: HeaderAction[]) => HeaderAction[]): void;
}

export default {
  config: {
    // zh-Hans first: the newsroom works in Chinese; English stays available in each user's profile
    locales: [DEFAULT_ADMIN_LANGUAGE],
    translations: { [DEFAULT_ADMIN_LANGUAGE]: zhHans },
    tutorials: false,
    notifications: { releases: false },
  },
  // runs before the admin renders and reads the stored language
  register(_app: StrapiApp) {
    defaultToNewsroomLanguage();
  },
  bootstrap(app: StrapiApp) {
    const contentManager = app.getPlugin('content-manager');
    contentManager.injectComponent('editView', 'right-links', { name: 'newsroom-slug-from-title', Component: SlugFromTitle });
    (contentManager.apis as unknown as ContentManagerApis).addDocumentHeaderAction(translateLocaleStatuses);
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', showPhotoThumbnails);
  },
} satisfies RenderAdminArgs['customisations'];
