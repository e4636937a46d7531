import { assertProductionSecrets } from '../src/utils/secrets';
import { envBool, envInt, envList, envString, envValue } from '../src/utils/env';
import { uploadLimits } from '../src/utils/upload-limits';
import cronTasks from './cron-tasks';

export default () => {
  if (process.env.NODE_ENV === 'production') assertProductionSecrets(process.env);

  const bodyTimeout = uploadLimits().bodyTimeout * 1000;
  return {
    host: envString('HOST', '0.0.0.0'),
    port: envInt('PORT', 1337),
    url: envValue('PUBLIC_URL'),
    proxy: { koa: envBool('IS_PROXIED', false) },
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
