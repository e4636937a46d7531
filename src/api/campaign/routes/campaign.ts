/**
 * campaign router: default populate for list and detail reads lives in the campaign-populate route middleware.
 */

import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::campaign.campaign', {
  config: {
    find: { middlewares: ['api::campaign.campaign-populate'] },
    findOne: { middlewares: ['api::campaign.campaign-populate'] },
  },
});
