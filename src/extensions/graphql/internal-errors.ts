/**
 * GraphQL answers an unexpected error (a database failure, a bug) with "Internal Server Error" only. Strapi's
 * formatError copies the original error's message into `extensions.error`, where a database error carries its SQL;
 * the full error is in the server log (Strapi logs it). Errors the app throws on purpose (Strapi's error classes,
 * GraphQL's own) keep their message and code.
 */

import type { ApolloServerPlugin } from '@apollo/server';

const INTERNAL = 'INTERNAL_SERVER_ERROR';

export const hideInternalErrors = (): ApolloServerPlugin => ({
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
        for (const error of errors ?? []) {
          if (error.extensions?.code !== INTERNAL) continue;
          Object.assign(error, { message: 'Internal Server Error', extensions: { code: INTERNAL } });
        }
      },
    };
  },
});
