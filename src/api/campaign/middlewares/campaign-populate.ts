/**
 * Default populate for campaign reads: cover and goals in the list, activities and articles in the detail.
 */

import { creditedPhotoPopulate, defaultPopulateMiddleware, organizationPopulate, type DefaultPopulate } from '../../../utils/default-populate';

export const campaignPopulate: DefaultPopulate = {
  list: {
    cover: creditedPhotoPopulate,
    goals: true,
    leadOrganization: organizationPopulate,
  },
  detail: {
    cover: creditedPhotoPopulate,
    goals: true,
    leadOrganization: organizationPopulate,
    activities: {
      fields: ['title', 'slug', 'kind', 'startDate', 'endDate', 'fundsAmount', 'beneficiaries', 'participants'],
      populate: { locations: true, metrics: true },
    },
    articles: { fields: ['title', 'slug', 'summary', 'publishDate'], populate: { cover: creditedPhotoPopulate } },
  },
};

export default () => defaultPopulateMiddleware(campaignPopulate);
