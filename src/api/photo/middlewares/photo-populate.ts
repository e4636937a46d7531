/**
 * Default populate for photo reads: the image and the credited photographer.
 */

import { creditedPhotoPopulate, defaultPopulateMiddleware, type DefaultPopulate } from '../../../utils/default-populate';

export const photoPopulate: DefaultPopulate = {
  list: creditedPhotoPopulate.populate,
  detail: creditedPhotoPopulate.populate,
};

export default () => defaultPopulateMiddleware(photoPopulate);
