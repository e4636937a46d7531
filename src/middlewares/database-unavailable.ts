/** Answers 503 with Retry-After when the database could not be reached during the request (src/database-unavailable). */

import type { Core } from '@strapi/strapi';
import { databaseUnavailableMiddleware } from '../database-unavailable';

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }): Core.MiddlewareHandler =>
  databaseUnavailableMiddleware(strapi);
