/**
 * activity router: default populate for list and detail reads lives in the activity-populate route middleware.
 */

import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::activity.activity', {
  config: {
    find: { middlewares: ['api::activity.activity-populate'] },
    findOne: { middlewares: ['api::activity.activity-populate'] },
  },
});
