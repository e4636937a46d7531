/**
 * openapi controller: GET /api/openapi.json and GET /api/openapi.yaml
 */

import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async document(ctx: Context) {
    ctx.set('Cache-Control', 'public, max-age=300');
    ctx.body = strapi.service('api::openapi.openapi').document();
  },
  async yaml(ctx: Context) {
    ctx.set('Cache-Control', 'public, max-age=300');
    ctx.type = 'application/yaml';
    ctx.body = strapi.service('api::openapi.openapi').yaml();
  },
});
