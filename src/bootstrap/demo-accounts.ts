import type { Core } from '@strapi/strapi';
import { envString } from '../utils/env';

interface DemoAccount {
  email: string;
  password: string;
  firstname: string;
  lastname: string;
  roleCode: 'strapi-super-admin' | 'strapi-editor' | 'strapi-author';
}

export const demoAccounts = (): DemoAccount[] => [
  {
    email: envString('DEMO_ADMIN_EMAIL', 'admin@newsroom.local').toLowerCase(),
    password: envString('DEMO_ADMIN_PASSWORD', 'Newsroom-Admin-2026'),
    firstname: '总编辑',
    lastname: 'Admin',
    roleCode: 'strapi-super-admin',
  },
  {
    email: envString('DEMO_EDITOR_EMAIL', 'editor@newsroom.local').toLowerCase(),
    password: envString('DEMO_EDITOR_PASSWORD', 'Newsroom-Editor-2026'),
    firstname: '编辑',
    lastname: 'Editor',
    roleCode: 'strapi-editor',
  },
  {
    email: envString('DEMO_CORRESPONDENT_EMAIL', 'correspondent@newsroom.local').toLowerCase(),
    password: envString('DEMO_CORRESPONDENT_PASSWORD', 'Newsroom-Reporter-2026'),
    firstname: '通讯员',
    lastname: 'Correspondent',
    roleCode: 'strapi-author',
  },
];

/** Creates the demo admin users (a super admin, an Editor and a Correspondent) unless they exist. Never call in production. */
export const ensureDemoAccounts = async (strapi: Core.Strapi): Promise<void> => {
  for (const account of demoAccounts()) {
    if (await strapi.db.query('admin::user').findOne({ where: { email: account.email } })) continue;
    const role = (await strapi.db.query('admin::role').findOne({ where: { code: account.roleCode } })) as {
      id: number;
    } | null;
    if (!role) throw new Error(`Admin role ${account.roleCode} is missing`);
    const { roleCode, ...user } = account;
    await strapi.service('admin::user').create({ ...user, isActive: true, registrationToken: null, roles: [role.id] });
    strapi.log.info(`[newsroom] created demo ${roleCode} account ${account.email}`);
  }
};

export const demoPhotographer = () => ({
  email: envString('DEMO_PHOTOGRAPHER_EMAIL', 'photographer@newsroom.local').toLowerCase(),
  password: envString('DEMO_PHOTOGRAPHER_PASSWORD', 'Newsroom-Photo-2026'),
  photographerName: '陈文骁',
});

/**
 * A users-permissions account with the photographer role, linked to the photographer 陈文骁 of the demo
 * content, so the submit endpoint can be tried. Never call in production.
 */
export const ensureDemoPhotographer = async (strapi: Core.Strapi): Promise<void> => {
  const { email, password, photographerName } = demoPhotographer();
  const photographer = (await strapi.db.query('api::photographer.photographer').findOne({
    where: { name: photographerName },
    populate: { account: true },
  })) as { documentId: string; account: { id: number } | null } | null;
  if (!photographer) return; // no demo content in this database

  let user = (await strapi.db.query('plugin::users-permissions.user').findOne({ where: { email } })) as { id: number } | null;
  if (!user) {
    const role = (await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'photographer' } })) as {
      id: number;
    } | null;
    if (!role) throw new Error('The users-permissions role photographer is missing');
    user = (await strapi.plugin('users-permissions').service('user').add({
      username: email.split('@')[0],
      email,
      password,
      provider: 'local',
      confirmed: true,
      blocked: false,
      role: role.id,
    })) as { id: number };
    strapi.log.info(`[newsroom] created demo photographer account ${email}`);
  }
  if (!photographer.account) {
    await strapi.documents('api::photographer.photographer').update({
      documentId: photographer.documentId,
      data: { account: user.id },
    } as never);
  }
};
