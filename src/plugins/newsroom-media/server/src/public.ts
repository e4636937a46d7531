/**
 * The plugin's public face for code outside it (the package's main entry, `require('strapi-plugin-newsroom-media')`):
 * the credit-line rules, the metadata reader and writer, the upload rules, the input helpers, its configuration type
 * and the contract of the page importer. Everything else is internal; at run time use the plugin's services,
 * `strapi.plugin('newsroom-media').service('credits' | 'files' | 'uploads' | 'submissions' | …)`.
 */

export {
  CREDIT_ROLES,
  CREDIT_ROLE_TITLES,
  FILE_PHOTO_SUFFIX,
  PRINTED_CREDIT_FORMS,
  creditedName,
  formatCreditLine,
  isBulletedCreditLine,
  parseCreditText,
  readPrintedCredit,
  type CreditPerson,
  type CreditRole,
  type ParsedCredit,
  type PhotoCredit,
} from './credit/credit-line';
export { creditFromMetadata, type CreditFromFile } from './credit/from-metadata';
export { readEmbeddedMetadata, type EmbeddedMetadata } from './metadata/read';
export { buildXmp, embedCredit, type EmbeddedCredit } from './metadata/write';
export { ACCEPTED_MIME_TYPES, DEFAULT_UPLOAD_LIMITS, DENIED_MIME_TYPES } from './upload-rules';
export { inSentOrder, temporaryUploadName } from './storage/in-flight';
export { absoluteUrl } from './public-url';
export {
  calendarDate,
  documentIdText,
  invalidInput,
  localeCode,
  oneOf,
  parseInput,
  queryParam,
  requiredQueryParam,
  requireLocale,
  strictQuery,
  wholeNumber,
} from './validation';
export { PLUGIN_ID } from './utils';
export type { NewsroomMediaConfig } from './config';
export type { Services } from './services';
export type { ImportUser, PageImporter } from './services/imports';
export type { IncomingFile, StoredUpload } from './services/uploads';
export type { ImportFigure, ImportPhotographerMatch, ImportResult, ImportResultBlock, ImportWarning } from './imports/result';
