import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { envBool, envInt, envValue } from '../src/utils/env';

export default () => {
  const production = process.env.NODE_ENV === 'production';
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
        defaultLimit: 25,
        maxLimit: 100,
        depthLimit: envInt('GRAPHQL_DEPTH_LIMIT', 10),
        amountLimit: envInt('GRAPHQL_AMOUNT_LIMIT', 100),
        apolloServer: {
          introspection: !production || envBool('GRAPHQL_INTROSPECTION', false),
          // Apollo would send `Cache-Control: no-store` on every response (no per-field cache hints here); the
          // response cache sets the caching headers of GraphQL responses like those of REST ones
          plugins: [ApolloServerPluginCacheControl({ calculateHttpHeaders: false })],
        },
      },
    },
    'newsroom-media': {
      enabled: true,
      resolve: './src/plugins/newsroom-media',
      config: {
        uploads: {
          maxFileSize: envInt('UPLOAD_SIZE_LIMIT', 25 * 1024 * 1024),
          maxPixels: envInt('UPLOAD_PIXEL_LIMIT', 50_000_000),
        },
        publicUrl: envValue('PUBLIC_URL') ?? '',
      },
    },
    upload: {
      config: {
        sizeLimit: envInt('UPLOAD_SIZE_LIMIT', 25 * 1024 * 1024),
        // checked against the sniffed type of the bytes, not the client's claim
        security: {
          allowedTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif', 'image/heic', 'image/heif'],
          deniedTypes: ['image/svg+xml', 'text/html', 'application/x-msdownload'],
        },
      },
    },
  };
};
