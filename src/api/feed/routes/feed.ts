/**
 * The feed in four formats; public, published content only. Query parameters are declared for strictParams;
 * the controller checks their values (400) and the slugs (404).
 */

import { z } from 'zod';

const text = z.string().optional();
const query = { limit: text, cursor: text, type: text, campaign: text, organization: text, kind: text };
const route = (path: string, handler: string) => ({ method: 'GET', path, handler, config: { auth: false }, request: { query } });

export default {
  routes: [
    route('/feed', 'feed.find'),
    route('/feed.xml', 'feed.rss'),
    route('/feed.atom', 'feed.atom'),
    route('/feed.json', 'feed.jsonFeed'),
  ],
};
