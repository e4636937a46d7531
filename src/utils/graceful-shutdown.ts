/**
 * SIGTERM/SIGINT: stop accepting connections, let the requests in flight finish (at most `server.shutdown.timeout`
 * seconds, env SHUTDOWN_TIMEOUT), then close what is left and destroy Strapi (database pool, Redis) and exit 0.
 * Strapi's own handler destroys every open connection at once, cutting the requests in flight.
 */

import type { Core } from '@strapi/strapi';

const SIGNALS = ['SIGTERM', 'SIGINT'] as const;
/** how often idle keep-alive connections are closed while waiting */
const IDLE_SWEEP_MS = 100;
/** after the timeout, destroying Strapi itself must not hang the exit */
const DESTROY_TIMEOUT_MS = 10000;

let stopping = false;

/** True from the shutdown signal on: readiness answers 503 so that a load balancer stops sending. */
export const shuttingDown = (): boolean => stopping;

export const gracefulShutdown = (strapi: Core.Strapi): void => {
  const timeoutMs = Number(strapi.config.get('server.shutdown.timeout', 30)) * 1000;

  const stop = async (signal: string) => {
    if (stopping) return; // some platforms deliver the signal twice
    stopping = true;
    const server = strapi.server.httpServer;
    strapi.log.info(`[shutdown] ${signal}: no new connections; waiting up to ${timeoutMs / 1000} s for requests in flight`);
    const drained = new Promise<boolean>((resolve) => {
      if (!server.listening) return resolve(true);
      server.close(() => resolve(true));
    });
    const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
    server.closeIdleConnections();
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
    const finished = await Promise.race([drained, timedOut]);
    clearInterval(sweep);
    clearTimeout(timer);
    if (!finished) strapi.log.warn(`[shutdown] requests still running after ${timeoutMs / 1000} s: closing their connections`);

    const forced = setTimeout(() => {
      strapi.log.error(`[shutdown] Strapi did not shut down within ${DESTROY_TIMEOUT_MS / 1000} s; exiting`);
      process.exit(1);
    }, DESTROY_TIMEOUT_MS);
    forced.unref();
    try {
      await strapi.destroy(); // closes the remaining connections, the database pool and (our destroy) Redis
      strapi.log.info('[shutdown] connections, database pool and Redis closed; exiting');
    } catch (error) {
      strapi.log.error(`[shutdown] ${String(error)}`);
      process.exit(1);
    }
    process.exit(0);
  };

  for (const signal of SIGNALS) {
    process.removeAllListeners(signal);
    process.on(signal, () => void stop(signal));
  }
};
