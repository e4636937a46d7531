import { envBool, envString, envValue } from '../src/utils/env';
import { previewUrlTemplate } from '../src/utils/preview-token';

/** The origin the preview opens on, allowed in the admin's frame-src; 'self' for the built-in reader page. */
const previewOrigins = (): string[] => {
  const template = previewUrlTemplate();
  return /^https?:\/\//.test(template) ? ["'self'", new URL(template).origin] : ["'self'"];
};

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
  // the preview button opens the reader page (or PREVIEW_URL) with a short-lived signed token for that version
  preview: {
    enabled: true,
    config: {
      allowedOrigins: previewOrigins(),
      handler: (uid: string, params: { documentId: string; locale?: string | null; status?: string | null }) =>
        strapi.service('api::preview.preview').url(uid, params),
    },
  },
});
