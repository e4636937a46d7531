/**
 * users-permissions, with the login limit of ./login-limit.ts in place of its `rateLimit` middleware (used by its
 * REST routes and its GraphQL mutations alike) and of the admin panel's `admin::rateLimit` (admin login and
 * registration). The counters open with the plugin and close with it.
 */

import type { Core } from '@strapi/strapi';
import type { CounterStore } from './login-limit-store';
import { createLoginLimitStore, loginLimitMiddleware, readLoginLimitConfig, type LoginLimitConfig } from './login-limit';

type Lifecycle = (context: { strapi: Core.Strapi }) => unknown;
interface UsersPermissionsPlugin {
  middlewares: Record<string, unknown>;
  register?: Lifecycle;
  bootstrap?: Lifecycle;
  destroy?: Lifecycle;
}

export default (plugin: UsersPermissionsPlugin): UsersPermissionsPlugin => {
  let limits: { config: LoginLimitConfig; store: CounterStore; prefix: string } | undefined;
  const current = () => {
    if (!limits) throw new Error('The login limit is used before users-permissions registered');
    return limits;
  };
  const { register, bootstrap, destroy } = plugin;

  plugin.middlewares.rateLimit = loginLimitMiddleware('api', current);

  plugin.register = async (context) => {
    await register?.(context);
    const { strapi } = context;
    limits = { config: readLoginLimitConfig(strapi), ...createLoginLimitStore(strapi) };
    strapi.get('middlewares').set('admin::rateLimit', loginLimitMiddleware('admin', current));
  };
  plugin.bootstrap = async (context) => {
    await bootstrap?.(context);
    // bounded by the Redis connect timeout; counts go to memory while Redis cannot be reached
    await limits?.store.start();
  };
  plugin.destroy = async (context) => {
    await destroy?.(context);
    await limits?.store.close();
  };
  return plugin;
};
