import { z } from 'zod';

const openApiDocument = z.looseObject({ openapi: z.string(), info: z.looseObject({}), paths: z.looseObject({}) });

export default {
  routes: [
    {
      method: 'GET',
      path: '/openapi.json',
      handler: 'openapi.document',
      config: { auth: false },
      summary: 'This OpenAPI document (JSON)',
      response: openApiDocument,
    },
    {
      method: 'GET',
      path: '/openapi.yaml',
      handler: 'openapi.yaml',
      config: { auth: false },
      summary: 'This OpenAPI document (YAML)',
      response: z.string().meta({ contentMediaType: 'application/yaml' }),
    },
  ],
};
