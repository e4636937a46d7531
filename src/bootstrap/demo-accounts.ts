import type { Core } from '@strapi/strapi';
import { envString } from '../utils/env';

interface DemoAccount {
  email: string;
  password: string;
  firstname: string;
  lastname: string;
  roleCode: 'strapi-super-admin' | 'strapi-editor';
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
];

/** Creates the demo admin users (a super admin and an Editor) unless they exist. Never call in production. */
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
