/**
 * photographer router: the photos a read populates are those of its locale (photographer-photos route middleware).
 */

import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::photographer.photographer', {
  config: {
    find: { middlewares: ['api::photographer.photographer-photos'] },
    findOne: { middlewares: ['api::photographer.photographer-photos'] },
  },
});
