/**
 * Several instances starting at once on one PostgreSQL database: Strapi's schema sync (and the migrations it runs),
 * the plugins' bootstrap writes (default roles, locales) and ours (roles, permissions, layouts, webhooks) read
 * then write with no lock, so two starts would race (a table created twice, a role inserted twice). Each start
 * holds one session advisory lock from just before the schema sync to the end of our bootstrap: the instances
 * start one after the other, and the later ones find everything in place. The lock is held on a connection of its
 * own, outside the pool; it is released at the end of the bootstrap, or by PostgreSQL when a failed start's
 * process ends. SQLite needs none: one file, one host, and its writes are serialised already.
 */

import type { Core } from '@strapi/strapi';
import { Client, type ClientConfig } from 'pg';
import { advisoryLockKey } from '../utils/advisory-lock';

export const STARTUP_LOCK_KEY = advisoryLockKey('newsroom:startup');

export interface StartupLock {
  /** ends the lock's session (and so the lock); safe to call when no lock was taken */
  release(): Promise<void>;
}

/** Registers taking the lock before the schema sync (PostgreSQL only); call `release` when the bootstrap is done. */
export const startupLock = (strapi: Core.Strapi): StartupLock => {
  let client: Client | undefined;
  if (strapi.db.dialect.client === 'postgres') {
    strapi.hook('strapi::content-types.beforeSync').register(async () => {
      const { connection } = strapi.config.get('database.connection') as { connection: ClientConfig };
      client = new Client(connection);
      // the lock's session lost (database restarted): the start goes on; a later query fails it if it must
      client.on('error', (error) => strapi.log.warn(`[startup] the start-up lock's connection failed: ${error.message}`));
      await client.connect();
      const taken = await client.query<{ taken: boolean }>('select pg_try_advisory_lock($1) as taken', [STARTUP_LOCK_KEY]);
      if (taken.rows[0]?.taken) return;
      strapi.log.info('[startup] another instance is starting on this database; waiting for it to finish');
      await client.query('select pg_advisory_lock($1)', [STARTUP_LOCK_KEY]);
      strapi.log.info('[startup] the other instance has started; continuing');
    });
  }
  return {
    async release() {
      const held = client;
      client = undefined;
      await held?.end();
    },
  };
};
