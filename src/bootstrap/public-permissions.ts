import type { Core } from '@strapi/strapi';

const PERMISSION = 'plugin::users-permissions.permission';
export const PUBLIC_ACTIONS = ['find', 'findOne'] as const;

/**
 * The public role may read (`find`, `findOne`) every content type of ours and do nothing else with them.
 * Applied at every start, so a permission granted by hand in the admin is taken back.
 */
export const enforcePublicReadAccess = async (strapi: Core.Strapi): Promise<void> => {
  const role = (await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } })) as {
    id: number;
  } | null;
  if (!role) throw new Error('The users-permissions public role is missing');

  const wanted = new Set(
    Object.keys(strapi.contentTypes)
      .filter((uid) => uid.startsWith('api::'))
      .flatMap((uid) => PUBLIC_ACTIONS.map((action) => `${uid}.${action}`))
  );
  const current = (await strapi.db.query(PERMISSION).findMany({
    where: { role: role.id, action: { $startsWith: 'api::' } },
    select: ['id', 'action'],
  })) as Array<{ id: number; action: string }>;

  const extra = current.filter(({ action }) => !wanted.has(action));
  if (extra.length > 0) {
    await strapi.db.query(PERMISSION).deleteMany({ where: { id: { $in: extra.map(({ id }) => id) } } });
    strapi.log.warn(`[newsroom] removed public permissions: ${extra.map(({ action }) => action).join(', ')}`);
  }
  const present = new Set(current.map(({ action }) => action));
  for (const action of wanted) {
    if (!present.has(action)) await strapi.db.query(PERMISSION).create({ data: { action, role: role.id } });
  }
};
