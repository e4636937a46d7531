/**
 * Default populate for article reads: the list carries what a teaser needs, the detail what a page needs.
 */

import {
  creditedPhotoPopulate,
  defaultPopulateMiddleware,
  namedPopulate,
  organizationPopulate,
  type DefaultPopulate,
} from '../../../utils/default-populate';

export const articlePopulate: DefaultPopulate = {
  list: {
    cover: creditedPhotoPopulate,
    category: namedPopulate,
  },
  detail: {
    body: {
      on: {
        'article.section': { populate: '*' },
        'article.photo': { populate: { photo: creditedPhotoPopulate } },
        'article.figures': { populate: { items: true } },
        'article.quote': { populate: '*' },
      },
    },
    cover: creditedPhotoPopulate,
    gallery: creditedPhotoPopulate,
    bylines: { populate: { person: namedPopulate } },
    category: namedPopulate,
    tags: namedPopulate,
    organizations: organizationPopulate,
    campaigns: { fields: ['name', 'slug', 'slogan', 'year'] },
    activities: { fields: ['title', 'slug', 'kind', 'startDate', 'endDate'] },
    printEdition: true,
    seo: { populate: { shareImage: true } },
  },
};

export default () => defaultPopulateMiddleware(articlePopulate);
