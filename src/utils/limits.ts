/**
 * Page-size limits of every list the API serves: REST (config/api.ts), GraphQL (config/plugins.ts) and the
 * custom endpoints (the feed's `limit`), so that they cannot drift apart.
 */

import { envInt } from './env';

export const PAGINATION = {
  defaultLimit: 25,
  maxLimit: 100,
  /** the largest page number or offset a list accepts (GraphQL's Int; beyond it a database refuses the offset) */
  maxPosition: 2_147_483_647,
} as const;

/** How many levels of relations, components and media one REST `populate` may go (default 5; GraphQL has its depthLimit). */
export const restPopulateDepthLimit = (): number => envInt('REST_POPULATE_DEPTH_LIMIT', 5);
