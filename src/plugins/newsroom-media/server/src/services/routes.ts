/**
 * Route definitions for the photographers' endpoints, for the app to place in one of its API route files
 * ahead of its own routes (e.g. src/api/photo/routes/01-submissions.ts). Who may call them is the
 * users-permissions permission of the plugin action (plugin::newsroom-media.submission.<action>).
 */

import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { submissionSchemas } from '../submission/schemas';
import { PLUGIN_ID, pluginConfig } from '../utils';

type SubmissionAction = 'submit' | 'mine' | 'updateMine';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  submissionRoutes(basePath = '/photos') {
    // the input schemas the handlers parse with, declared for the OpenAPI document
    const schemas = submissionSchemas(strapi, pluginConfig(strapi));
    const request: Record<SubmissionAction, object> = {
      submit: { body: { 'multipart/form-data': schemas.submitBody } },
      mine: { query: schemas.localeQuery },
      updateMine: { params: schemas.documentParams, query: schemas.localeQuery, body: { 'application/json': schemas.updateBody } },
    };
    const route = (method: string, path: string, action: SubmissionAction) => ({
      method,
      path: `${basePath}${path}`,
      handler: (ctx: Context) =>
        (strapi.plugin(PLUGIN_ID).controller('submission') as unknown as Record<SubmissionAction, (ctx: Context) => Promise<void>>)[action](ctx),
      config: { auth: { scope: [`plugin::${PLUGIN_ID}.submission.${action}`] } },
      request: request[action],
    });
    return [
      route('POST', '/submit', 'submit'),
      route('GET', '/mine', 'mine'),
      route('PUT', '/mine/:documentId', 'updateMine'),
    ];
  },
});
