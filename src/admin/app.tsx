import type { StrapiApp } from '@strapi/strapi/admin';

export default {
  config: {
    // zh-Hans first: the newsroom works in Chinese; English stays available in each user's profile
    locales: ['zh-Hans'],
    tutorials: false,
    notifications: { releases: false },
  },
  bootstrap(_app: StrapiApp) {},
};
