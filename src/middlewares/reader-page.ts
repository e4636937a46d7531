/**
 * Serves the reader page (public/index.html) at the root URL; Strapi's public middleware would redirect `/`
 * to the admin panel, which stays at /admin.
 */

import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }): Core.MiddlewareHandler =>
  async (ctx, next) => {
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || ctx.path !== '/') return next();
    const page = path.join(strapi.dirs.static.public, 'index.html');
    if (!fs.existsSync(page)) return next();
    ctx.type = 'html';
    ctx.set('Cache-Control', 'no-cache');
    ctx.body = fs.createReadStream(page);
  };
