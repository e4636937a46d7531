import { assertProductionSecrets } from '../src/utils/secrets';
import { envBool, envInt, envList, envString, envValue } from '../src/utils/env';
import { uploadLimits } from '../src/utils/upload-limits';
import cronTasks from './cron-tasks';

/** IS_PROXIED: `false` (default), `true` (one proxy in front) or the number of trusted proxies. */
export const trustedProxyHops = (value = envValue('IS_PROXIED')): number => {
  if (value === undefined) return 0;
  const text = value.trim().toLowerCase();
  if (['0', 'false', 'no', 'off'].includes(text)) return 0;
  if (['true', 'yes', 'on'].includes(text)) return 1;
  if (/^[1-9]\d?$/.test(text)) return Number(text);
  throw new Error(`IS_PROXIED must be false, true or a number of proxies (1-99), got "${value}"`);
};

export default () => {
  const proxyHops = trustedProxyHops();
  if (process.env.NODE_ENV === 'production') assertProductionSecrets(process.env);

  const bodyTimeout = uploadLimits().bodyTimeout * 1000;
  return {
    host: envString('HOST', '0.0.0.0'),
    port: envInt('PORT', 1337),
    url: envValue('PUBLIC_URL'),
    // the client address (login limits, logs) comes from X-Forwarded-For only as far as the trusted proxies added it
    proxy: { koa: proxyHops > 0, maxIpsCount: proxyHops },
    app: { keys: envList('APP_KEYS') },
    // uploads go to <public>/uploads; tests point this at a throwaway folder
    dirs: { public: envString('PUBLIC_DIR', './public') },
    // scheduled publishing; the flag lets one instance of several run the tasks (running them on all is safe too)
    cron: { enabled: envBool('CRON_ENABLED', true), tasks: cronTasks },
    webhooks: { populateRelations: false },
    // seconds that requests in flight get to finish after SIGTERM (src/utils/graceful-shutdown.ts)
    shutdown: { timeout: envInt('SHUTDOWN_TIMEOUT', 30) },
    // a client that trickles its request (an upload sent byte by byte) is cut off: Node answers 408 and closes
    http: {
      serverOptions: {
        requestTimeout: bodyTimeout,
        // how often Node checks the timeout (its default, 30 s, would let a short timeout run that much longer)
        connectionsCheckingInterval: Math.min(30_000, Math.max(250, bodyTimeout / 4)),
      },
    },
  };
};
