import { assertProductionSecrets } from '../src/utils/secrets';
import { envBool, envInt, envList, envString, envValue } from '../src/utils/env';

export default () => {
  if (process.env.NODE_ENV === 'production') assertProductionSecrets(process.env);

  return {
    host: envString('HOST', '0.0.0.0'),
    port: envInt('PORT', 1337),
    url: envValue('PUBLIC_URL'),
    proxy: { koa: envBool('IS_PROXIED', false) },
    app: { keys: envList('APP_KEYS') },
    // uploads go to <public>/uploads; tests point this at a throwaway folder
    dirs: { public: envString('PUBLIC_DIR', './public') },
    // cron tasks are registered by later features; the flag lets one instance of several run them
    cron: { enabled: envBool('CRON_ENABLED', true) },
    webhooks: { populateRelations: false },

  };
};
