/**
 * Default populate for activity reads: places and figures in the list, people and photos in the detail.
 */

import { creditedPhotoPopulate, defaultPopulateMiddleware, organizationPopulate, type DefaultPopulate } from '../../../utils/default-populate';

export const activityPopulate: DefaultPopulate = {
  list: {
    locations: true,
    metrics: true,
    campaign: { fields: ['name', 'slug', 'year'] },
  },
  detail: {
    locations: true,
    metrics: true,
    campaign: { fields: ['name', 'slug', 'slogan', 'year'] },
    organizers: organizationPopulate,
    partners: organizationPopulate,
    photos: creditedPhotoPopulate,
    articles: { fields: ['title', 'slug', 'publishDate'] },
  },
};

export default () => defaultPopulateMiddleware(activityPopulate);
