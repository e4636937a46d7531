/**
 * Default populate for photo reads: the image and the credited photographer.
 */

import { creditedPhotoPopulate, defaultPopulateMiddleware } from '../../../utils/default-populate';

export default () =>
  defaultPopulateMiddleware({
    list: creditedPhotoPopulate.populate,
    detail: creditedPhotoPopulate.populate,
  });
