/**
 * photo router: default populate for list and detail reads lives in the photo-populate route middleware.
 */

import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::photo.photo', {
  config: {
    find: { middlewares: ['api::photo.photo-populate'] },
    findOne: { middlewares: ['api::photo.photo-populate'] },
  },
});
