import type { Core } from '@strapi/strapi';

/** The admin interface language of users who have not chosen one (an admin locale code, as in src/admin/app.tsx). */
export const DEFAULT_ADMIN_LANGUAGE = 'zh-Hans';

type AdminUserData = { preferedLanguage?: unknown };

const withDefaultLanguage = (data: unknown): void => {
  if (typeof data !== 'object' || data === null) return;
  const user = data as AdminUserData;
  if (user.preferedLanguage) return;
  user.preferedLanguage = DEFAULT_ADMIN_LANGUAGE;
};

/**
 * Gives every new admin user without a `preferedLanguage` zh-Hans, which the admin switches to at login; users can
 * still pick English in their profile. Admin users are written with the query engine (first admin, invitations, SSO,
 * the demo accounts), never through the document service, so a db lifecycle is the one place that sees them all.
 */
export const defaultAdminLanguage = (strapi: Core.Strapi): void => {
  strapi.db.lifecycles.subscribe({
    models: ['admin::user'],
    beforeCreate(event) {
      withDefaultLanguage(event.params.data);
    },
    beforeCreateMany(event) {
      const rows: unknown = event.params.data;
      if (Array.isArray(rows)) rows.forEach(withDefaultLanguage);
    },
  });
};
