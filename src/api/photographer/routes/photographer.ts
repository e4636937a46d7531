/**
 * photographer router
 */

import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::photographer.photographer');
