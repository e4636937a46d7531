/**
 * Default populate for article reads: the list carries what a teaser needs, the detail what a page needs.
 */

import { creditedPhotoPopulate, defaultPopulateMiddleware, type DefaultPopulate } from '../../../utils/default-populate';

export const articlePopulate: DefaultPopulate = {
  list: {
    cover: creditedPhotoPopulate,
    category: { fields: ['name', 'nameEn', 'slug'] },
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
    bylines: { populate: { person: { fields: ['name', 'nameEn', 'slug'] } } },
    category: { fields: ['name', 'nameEn', 'slug'] },
    tags: { fields: ['name', 'nameEn', 'slug'] },
    organizations: { fields: ['name', 'shortName', 'nameEn', 'slug', 'kind'] },
    campaigns: { fields: ['name', 'slug', 'slogan', 'year'] },
    activities: { fields: ['title', 'slug', 'kind', 'startDate', 'endDate'] },
    printEdition: true,
    seo: { populate: { shareImage: true } },
  },
};

export default () => defaultPopulateMiddleware(articlePopulate);
