import type { Core } from '@strapi/strapi';

const CONTENT_ACTIONS = ['create', 'read', 'update', 'delete', 'publish'].map(
  (action) => `plugin::content-manager.explorer.${action}`
);

interface AdminPermission {
  id?: number;
  action: string;
  subject: string | null;
  properties: Record<string, unknown> | null;
  conditions: string[] | null;
}

const key = ({ action, subject, properties, conditions }: AdminPermission): string =>
  JSON.stringify([action, subject, properties ?? {}, conditions ?? []]);

const isNewsroomContent = (permission: AdminPermission): boolean =>
  CONTENT_ACTIONS.includes(permission.action) && (permission.subject?.startsWith('api::') ?? false);

const permissionsOf = async (strapi: Core.Strapi, roleId: number): Promise<AdminPermission[]> =>
  (await strapi.db.query('admin::permission').findMany({ where: { role: { id: roleId } } })) as AdminPermission[];

/**
 * The Editor role (Strapi's `strapi-editor`) creates, edits, publishes and deletes every newsroom type in every
 * locale and field: the same content permissions as the super admin, which Strapi keeps in step with the
 * schemas. Strapi's own default gives editors no locale on localized types, so they could not edit articles.
 */
export const ensureEditorRole = async (strapi: Core.Strapi): Promise<void> => {
  const roles = strapi.db.query('admin::role');
  const superAdmin = (await roles.findOne({ where: { code: 'strapi-super-admin' } })) as { id: number } | null;
  const editor = (await roles.findOne({ where: { code: 'strapi-editor' } })) as { id: number } | null;
  if (!superAdmin || !editor) throw new Error('Admin roles strapi-super-admin and strapi-editor are missing');

  const wanted = (await permissionsOf(strapi, superAdmin.id)).filter(isNewsroomContent);
  const current = (await permissionsOf(strapi, editor.id)).filter(isNewsroomContent);
  const wantedKeys = new Set(wanted.map(key));
  const currentKeys = new Set(current.map(key));

  const stale = current.filter((permission) => !wantedKeys.has(key(permission)));
  const missing = wanted.filter((permission) => !currentKeys.has(key(permission)));
  if (stale.length === 0 && missing.length === 0) return;

  const permissionService = strapi.service('admin::permission');
  if (stale.length > 0) await permissionService.deleteByIds(stale.map(({ id }) => id));
  await permissionService.createMany(
    missing.map(({ action, subject, properties, conditions }) => ({ action, subject, properties, conditions, role: editor.id }))
  );
  strapi.log.info(`[newsroom] Editor role: ${missing.length} content permissions granted, ${stale.length} replaced`);
};
