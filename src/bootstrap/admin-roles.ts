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
  /**
   * The role's version of one of the super admin's permissions (which Strapi keeps in step with the schemas),
   * or null when the role does not get it; a version may add conditions such as `admin::is-creator`.
   */
  grant: (permission: AdminPermission) => AdminPermission | null;
  /** which of the role's permissions this definition manages; others (set by hand) are left alone */
  manages: (permission: AdminPermission) => boolean;
}

const isNewsroomContent = (permission: AdminPermission): boolean =>
  permission.action.startsWith('plugin::content-manager.explorer.') && (permission.subject?.startsWith('api::') ?? false);

const isMediaLibrary = (permission: AdminPermission): boolean => MEDIA_LIBRARY.includes(permission.action);

/** previews and imports printed pages (the admin page 导入稿件) */
const IMPORT_PAGES = 'plugin::newsroom-media.import';
const isImport = (permission: AdminPermission): boolean => permission.action === IMPORT_PAGES;

const OWN = ['admin::is-creator'];
const CORRESPONDENT_TYPES = ['api::article.article', PHOTO];

const when = (granted: boolean, permission: AdminPermission): AdminPermission | null => (granted ? permission : null);

/**
 * One definition per admin role of the newsroom. Strapi's own Editor and Author roles become 编辑 and 通讯员,
 * so no unused default role is left beside ours.
 */
export const ADMIN_ROLES: RoleDefinition[] = [
  {
    code: 'newsroom-chief-editor',
    name: '总编辑',
    description: 'Chief editor: everything the super admin can do, including users, roles and settings.',
    grant: (permission) => permission,
    manages: () => true,
  },
  {
    // Strapi's default Editor gives no locale on localized types, so editors could not edit articles
    code: 'strapi-editor',
    name: '编辑',
    description: 'Editor: creates, edits, publishes and deletes all newsroom content in every locale; media library; imports printed pages.',
    grant: (permission) =>
      when(
        isMediaLibrary(permission) ||
          isImport(permission) ||
          (isNewsroomContent(permission) &&
            ['create', 'read', 'update', 'delete', 'publish'].map(explorer).includes(permission.action)),
        permission
      ),
    manages: (permission) => isNewsroomContent(permission) || permission.action.startsWith('plugin::upload.') || isImport(permission),
  },
  {
    code: 'strapi-author',
    name: '通讯员',
    description: 'Correspondent: creates articles and photos and edits their own drafts; reads the rest; cannot publish.',
    grant: (permission) => {
      if (isMediaLibrary(permission)) return permission;
      if (!isNewsroomContent(permission)) return null;
      if (!CORRESPONDENT_TYPES.includes(permission.subject ?? '')) {
        return when(permission.action === explorer('read'), permission);
      }
      if (permission.action === explorer('create')) return permission;
      // articles: only their own; photos: all may be picked as a cover, only their own edited
      if (permission.action === explorer('update')) return { ...permission, conditions: OWN };
      if (permission.action === explorer('read')) {
        return permission.subject === PHOTO ? permission : { ...permission, conditions: OWN };
      }
      return null;
    },
    manages: () => true,
  },
  {
    code: 'newsroom-photographer',
    name: '摄影',
    description: 'Photographer: uploads to the media library, creates and updates photos, reads the rest; cannot publish.',
    grant: (permission) =>
      when(
        isMediaLibrary(permission) ||
          (isNewsroomContent(permission) && permission.action === explorer('read')) ||
          (permission.subject === PHOTO && [explorer('create'), explorer('update')].includes(permission.action)),
        permission
      ),
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
    const { code, name, description } = definition;
    let role = (await roles.findOne({ where: { code } })) as { id: number; name: string; description: string } | null;
    if (!role) {
      role = (await roles.create({ data: { code, name, description } })) as { id: number; name: string; description: string };
      strapi.log.info(`[newsroom] created admin role ${name}`);
    } else if (role.name !== name || role.description !== description) {
      await roles.update({ where: { id: role.id }, data: { name, description } });
    }
    const roleId = role.id;
    const wanted = available.flatMap((permission) => definition.grant(permission) ?? []);
    const current = (await permissionsOf(strapi, roleId)).filter(definition.manages);
    const wantedKeys = new Set(wanted.map(key));
    const currentKeys = new Set(current.map(key));
    const stale = current.filter((permission) => !wantedKeys.has(key(permission)));
    const missing = wanted.filter((permission) => !currentKeys.has(key(permission)));
    if (stale.length === 0 && missing.length === 0) continue;

    if (stale.length > 0) await permissionService.deleteByIds(stale.map(({ id }) => id));
    await permissionService.createMany(
      missing.map(({ action, subject, properties, conditions }) => ({ action, subject, properties, conditions, role: roleId }))
    );
    strapi.log.info(`[newsroom] ${definition.name} role: ${missing.length} permissions granted, ${stale.length} removed`);
  }
};
