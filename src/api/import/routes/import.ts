/**
 * POST /api/imports: a printed page (multipart `file`, optional `images`) becomes a draft article with its
 * photos. For editors' API tokens (or users) granted `api::import.import.create`; never the public role.
 * `dryRun` defaults to true: nothing is written until `dryRun=false`.
 */

import { importFields, importResponse } from '../schemas';

export default {
  routes: [
    {
      method: 'POST',
      path: '/imports',
      handler: 'import.create',
      config: { policies: [] },
      summary: 'Import a printed page (dry run by default) as a draft article with its photos',
      request: { body: { 'multipart/form-data': importFields } },
      response: importResponse,
    },
  ],
};
