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
  /** What each action declares for the OpenAPI document: its summary, input and response schemas. */
  submissionDocs(): Record<SubmissionAction, { summary: string; request: object; response: object }> {
    // the input schemas the handlers parse with, declared for the OpenAPI document
    const schemas = submissionSchemas(strapi, pluginConfig(strapi));
    const request: Record<SubmissionAction, object> = {
      submit: { body: { 'multipart/form-data': schemas.submitBody } },
      mine: { query: schemas.localeQuery },
      updateMine: { params: schemas.documentParams, query: schemas.localeQuery, body: { 'application/json': schemas.updateBody } },
    };
    const response: Record<SubmissionAction, object> = {
      submit: schemas.submittedList.meta({ 'x-status': [201] }),
      mine: schemas.submittedList,
      updateMine: schemas.submittedOne,
    };
    const summary: Record<SubmissionAction, string> = {
      submit: "Submit photos (multipart `files`) as the signed-in photographer's drafts",
      mine: "The signed-in photographer's own photos (drafts)",
      updateMine: "Change the caption, alt text, credit role, date or location of one's own draft",
    };
    return Object.fromEntries(
      (Object.keys(request) as SubmissionAction[]).map((action) => [action, { summary: summary[action], request: request[action], response: response[action] }])
    ) as Record<SubmissionAction, { summary: string; request: object; response: object }>;
  },

  /** The plugin's own content-API routes (routes/index.ts) get the same declarations as submissionRoutes'. */
  describePluginRoutes(): void {
    const docs = this.submissionDocs();
    const routes = (strapi.plugin(PLUGIN_ID).routes as Record<string, { routes: Array<{ handler: unknown }> }>)['content-api'].routes;
    for (const route of routes) {
      const action = String(route.handler).replace(/^submission\./, '') as SubmissionAction;
      if (docs[action]) Object.assign(route, docs[action]);
    }
  },

  submissionRoutes(basePath = '/photos') {
    const docs = this.submissionDocs();
    const route = (method: string, path: string, action: SubmissionAction) => ({
      method,
      path: `${basePath}${path}`,
      handler: (ctx: Context) =>
        (strapi.plugin(PLUGIN_ID).controller('submission') as unknown as Record<SubmissionAction, (ctx: Context) => Promise<void>>)[action](ctx),
      config: { auth: { scope: [`plugin::${PLUGIN_ID}.submission.${action}`] } },
      ...docs[action],
    });
    return [
      route('POST', '/submit', 'submit'),
      route('GET', '/mine', 'mine'),
      route('PUT', '/mine/:documentId', 'updateMine'),
    ];
  },
});
