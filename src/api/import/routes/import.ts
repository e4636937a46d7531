/**
 * POST /api/imports: a printed page (multipart `file`, optional `images`) becomes a draft article with its
 * photos. For editors' API tokens (or users) granted `api::import.import.create`; never the public role.
 * `dryRun` defaults to true: nothing is written until `dryRun=false`.
 */

import { importFields } from '../schemas';

export default {
  routes: [
    {
      method: 'POST',
      path: '/imports',
      handler: 'import.create',
      config: { policies: [] },
      request: { body: { 'multipart/form-data': importFields } },
    },
  ],
};
