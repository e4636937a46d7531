import type { Core } from '@strapi/strapi';

const explorer = (action: string) => `plugin::content-manager.explorer.${action}`;
const PHOTO = 'api::photo.photo';
const MEDIA_LIBRARY = ['read', 'assets.create', 'assets.update', 'assets.download', 'assets.copy-link'].map(
  (action) => `plugin::upload.${action}`
);

interface AdminPermission {
  id?: number;
  action: string;
  subject: string | null;
  properties: Record<string, unknown> | null;
  conditions: string[] | null;
}

interface RoleDefinition {
  code: string;
  name: string;
  description: string;
  /** which of the super admin's permissions (kept in step with the schemas by Strapi) this role has */
  grants: (permission: AdminPermission) => boolean;
  /** which of the role's permissions this definition manages; others (set by hand) are left alone */
  manages: (permission: AdminPermission) => boolean;
}

const isNewsroomContent = (permission: AdminPermission): boolean =>
  permission.action.startsWith('plugin::content-manager.explorer.') && (permission.subject?.startsWith('api::') ?? false);

/** One definition per admin role of the newsroom. */
export const ADMIN_ROLES: RoleDefinition[] = [
  {
    // Strapi's own Editor role; its default gives no locale on localized types, so editors could not edit articles
    code: 'strapi-editor',
    name: 'Editor',
    description: 'Creates, edits, publishes and deletes all newsroom content in every locale.',
    grants: (permission) =>
      isNewsroomContent(permission) && ['create', 'read', 'update', 'delete', 'publish'].map(explorer).includes(permission.action),
    manages: isNewsroomContent,
  },
  {
    code: 'newsroom-photographer',
    name: 'Photographer',
    description: 'Uploads to the media library, creates and updates photos, reads the rest; cannot publish.',
    grants: (permission) =>
      MEDIA_LIBRARY.includes(permission.action) ||
      (isNewsroomContent(permission) && permission.action === explorer('read')) ||
      (permission.subject === PHOTO && [explorer('create'), explorer('update')].includes(permission.action)),
    manages: () => true,
  },
];

const key = ({ action, subject, properties, conditions }: AdminPermission): string =>
  JSON.stringify([action, subject, properties ?? {}, conditions ?? []]);

const permissionsOf = async (strapi: Core.Strapi, roleId: number): Promise<AdminPermission[]> =>
  (await strapi.db.query('admin::permission').findMany({ where: { role: { id: roleId } } })) as AdminPermission[];

/** Creates the newsroom's admin roles if missing and brings their permissions in line with the definitions. */
export const ensureAdminRoles = async (strapi: Core.Strapi): Promise<void> => {
  const roles = strapi.db.query('admin::role');
  const superAdmin = (await roles.findOne({ where: { code: 'strapi-super-admin' } })) as { id: number } | null;
  if (!superAdmin) throw new Error('The strapi-super-admin role is missing');
  const available = await permissionsOf(strapi, superAdmin.id);
  const permissionService = strapi.service('admin::permission');

  for (const definition of ADMIN_ROLES) {
    let role = (await roles.findOne({ where: { code: definition.code } })) as { id: number } | null;
    if (!role) {
      role = (await roles.create({
        data: { code: definition.code, name: definition.name, description: definition.description },
      })) as { id: number };
      strapi.log.info(`[newsroom] created admin role ${definition.name}`);
    }
    const wanted = available.filter(definition.grants);
    const current = (await permissionsOf(strapi, role.id)).filter(definition.manages);
    const wantedKeys = new Set(wanted.map(key));
    const currentKeys = new Set(current.map(key));
    const stale = current.filter((permission) => !wantedKeys.has(key(permission)));
    const missing = wanted.filter((permission) => !currentKeys.has(key(permission)));
    if (stale.length === 0 && missing.length === 0) continue;

    if (stale.length > 0) await permissionService.deleteByIds(stale.map(({ id }) => id));
    await permissionService.createMany(
      missing.map(({ action, subject, properties, conditions }) => ({ action, subject, properties, conditions, role: role.id }))
    );
    strapi.log.info(`[newsroom] ${definition.name} role: ${missing.length} permissions granted, ${stale.length} removed`);
  }
};
