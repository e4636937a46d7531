/**
 * Default populate for campaign reads: cover and goals in the list, activities and articles in the detail.
 */

import { creditedPhotoPopulate, defaultPopulateMiddleware, type DefaultPopulate } from '../../../utils/default-populate';

const leadOrganization = { fields: ['name', 'shortName', 'nameEn', 'slug', 'kind'] };

export const campaignPopulate: DefaultPopulate = {
  list: {
    cover: creditedPhotoPopulate,
    goals: true,
    leadOrganization,
  },
  detail: {
    cover: creditedPhotoPopulate,
    goals: true,
    leadOrganization,
    activities: {
      fields: ['title', 'slug', 'kind', 'startDate', 'endDate', 'fundsAmount', 'beneficiaries', 'participants'],
      populate: { locations: true, metrics: true },
    },
    articles: { fields: ['title', 'slug', 'summary', 'publishDate'], populate: { cover: creditedPhotoPopulate } },
  },
};

export default () => defaultPopulateMiddleware(campaignPopulate);
