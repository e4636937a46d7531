import type { Core } from '@strapi/strapi';
import { pluginConfig } from './utils';

export const SUBMITTER_ACTIONS = ['submit', 'mine', 'updateMine'].map((action) => `plugin::newsroom-media.submission.${action}`);

/**
 * The users-permissions role whose members may submit photos and manage their own drafts, and nothing else
 * of ours. Created if missing; its permissions for our routes are restored at every start.
 */
export const ensureSubmitterRole = async (strapi: Core.Strapi): Promise<number> => {
  const type = pluginConfig(strapi).submitterRole;
  const roles = strapi.db.query('plugin::users-permissions.role');
  let role = (await roles.findOne({ where: { type } })) as { id: number } | null;
  if (!role) {
    role = (await roles.create({
      data: { name: 'Photographer', type, description: 'Submits captioned photos and edits their own drafts; cannot publish.' },
    })) as { id: number };
    strapi.log.info(`[newsroom-media] created users-permissions role ${type}`);
  }
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  const current = (await permissions.findMany({ where: { role: role.id }, select: ['action'] })) as Array<{ action: string }>;
  const present = new Set(current.map(({ action }) => action));
  for (const action of SUBMITTER_ACTIONS) {
    if (!present.has(action)) await permissions.create({ data: { action, role: role.id } });
  }
  return role.id;
};
