import { envBool, envString, envValue } from '../src/utils/env';

export default () => ({
  auth: { secret: envValue('ADMIN_JWT_SECRET') },
  apiToken: { salt: envValue('API_TOKEN_SALT') },
  transfer: { token: { salt: envValue('TRANSFER_TOKEN_SALT') } },
  secrets: { encryptionKey: envValue('ENCRYPTION_KEY') },
  serveAdminPanel: envBool('SERVE_ADMIN_PANEL', true),
  url: envString('ADMIN_PATH', '/admin'),
  flags: {
    nps: false,
    promoteEE: false,
  },
});
