import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { hideInternalErrors } from '../src/extensions/graphql/internal-errors';
import { graphqlLimitOptions, graphqlLimits } from '../src/extensions/graphql/limits';
import { envBool, envInt, envValue } from '../src/utils/env';
import { PAGINATION } from '../src/utils/limits';
import { storageConfig, uploadProviderConfig } from '../src/utils/storage';
import { ACCEPTED_MIME_TYPES, DENIED_MIME_TYPES, uploadLimits } from '../src/utils/upload-limits';

export default () => {
  const production = process.env.NODE_ENV === 'production';
  const limits = graphqlLimitOptions(graphqlLimits(), { production });
  const uploads = uploadLimits();
  return {
    'users-permissions': {
      config: {
        jwtSecret: envValue('JWT_SECRET'),
        jwt: { expiresIn: '7d' },
        // registration takes username, email and password only: role, confirmed, blocked, provider and ids are refused
        register: { allowedFields: [] },
        // src/extensions/users-permissions/login-limit.ts
        loginLimit: {
          enabled: envBool('LOGIN_LIMIT', true),
          maxFailures: envInt('LOGIN_MAX_FAILURES', 5),
          windowSeconds: envInt('LOGIN_WINDOW_SECONDS', 300),
          maxRequests: envInt('AUTH_MAX_REQUESTS', 10),
        },
      },
    },
    graphql: {
      config: {
        endpoint: '/graphql',
        shadowCRUD: true,
        // no playground and no landing page at all in production (Strapi's `false` still serves Apollo's page)
        landingPage: production || !envBool('GRAPHQL_PLAYGROUND', true) ? () => ApolloServerPluginLandingPageDisabled() : true,
        defaultLimit: PAGINATION.defaultLimit,
        maxLimit: PAGINATION.maxLimit,
        depthLimit: envInt('GRAPHQL_DEPTH_LIMIT', 10),
        amountLimit: envInt('GRAPHQL_AMOUNT_LIMIT', 100),
        apolloServer: {
          introspection: !production || envBool('GRAPHQL_INTROSPECTION', false),
          // aliases, tokens, directives, cost; no batched arrays (src/extensions/graphql/limits.ts)
          ...limits,
          // Apollo would send `Cache-Control: no-store` on every response (no per-field cache hints here); the
          // response cache sets the caching headers of GraphQL responses like those of REST ones
          // unexpected errors: "Internal Server Error" and nothing of the original (SQL, paths) in the response
          plugins: [ApolloServerPluginCacheControl({ calculateHttpHeaders: false }), hideInternalErrors(), ...limits.plugins],
          // strapi::cors answers for /graphql too; the plugin's own would allow every origin
          cors: false,
        },
      },
    },
    'newsroom-media': {
      enabled: true,
      resolve: './src/plugins/newsroom-media',
      config: {
        // our photo, photographer and the types a photographer's submission may link to
        photo: { uid: 'api::photo.photo' },
        photographer: { uid: 'api::photographer.photographer', fields: { name: 'name', nameEn: 'nameEn', defaultRole: 'defaultRole', account: 'account' } },
        submissionLinks: {
          activity: { relation: 'activities', uid: 'api::activity.activity' },
          article: { relation: 'articles', uid: 'api::article.article' },
        },
        uploads: { maxFileSize: uploads.maxFileSize, maxPixels: uploads.maxPixels, temporaryDir: uploads.temporaryDir, orphanAge: uploads.orphanAge },
        publicUrl: envValue('PUBLIC_URL') ?? '',
        // the page importer (src/api/import); the upload guard leaves its page files alone, it inspects the images
        importer: 'api::import.importer',
        importPaths: ['/newsroom-media/imports', '/api/imports'],
      },
    },
    upload: {
      config: {
        // local public/uploads by default; UPLOAD_PROVIDER=s3 stores in an S3-compatible bucket (src/utils/storage.ts)
        ...uploadProviderConfig(storageConfig()),
        sizeLimit: uploads.maxFileSize,
        // the same types the upload guard sniffs; the upload plugin checks them against the bytes too
        security: { allowedTypes: ACCEPTED_MIME_TYPES, deniedTypes: DENIED_MIME_TYPES },
      },
    },
  };
};
