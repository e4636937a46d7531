/**
 * The feed in four formats; public, published content only. The query schemas (src/api/feed/schemas.ts) are
 * declared here for strictParams and the OpenAPI document, and parsed by the service (400; unknown slugs 404).
 */

import { feedQueryShape } from '../schemas';

const route = (path: string, handler: string) => ({ method: 'GET', path, handler, config: { auth: false }, request: { query: feedQueryShape } });

export default {
  routes: [
    route('/feed', 'feed.find'),
    route('/feed.xml', 'feed.rss'),
    route('/feed.atom', 'feed.atom'),
    route('/feed.json', 'feed.jsonFeed'),
  ],
};
