/**
 * The feed in four formats; public, published content only. The query schemas (src/api/feed/schemas.ts) are
 * declared here for strictParams and the OpenAPI document, and parsed by the service (400; unknown slugs 404).
 */

import type { z } from 'zod';
import { feedQueryShape, feedResponse, jsonFeedResponse } from '../schemas';
import { textBody } from '../../../utils/openapi';

const route = (path: string, handler: string, summary: string, response: z.ZodType) => ({
  method: 'GET',
  path,
  handler,
  config: { auth: false },
  summary,
  request: { query: feedQueryShape },
  response,
});

export default {
  routes: [
    route('/feed', 'feed.find', 'The feed of articles, activities and campaigns (JSON, cursor-paged)', feedResponse),
    route('/feed.xml', 'feed.rss', 'The feed as RSS 2.0 with Media RSS', textBody('application/rss+xml')),
    route('/feed.atom', 'feed.atom', 'The feed as Atom', textBody('application/atom+xml')),
    route('/feed.json', 'feed.jsonFeed', 'The feed as JSON Feed 1.1', jsonFeedResponse),
  ],
};
