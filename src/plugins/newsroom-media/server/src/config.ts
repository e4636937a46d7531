/**
 * The plugin is told by configuration where photos and their credits live, so another app can use it with
 * its own content model: `photo.uid` is required, field names default to the ones below, and a photographer type
 * is optional. The whole configuration is checked at start (`validator`, a zod schema), and `checkModel` checks it
 * against the app's content types once they are loaded.
 */

import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { DEFAULT_UPLOAD_LIMITS } from './upload-rules';

export interface NewsroomMediaConfig {
  photo: {
    uid: string;
    fields: {
      image: string;
      caption: string;
      altText: string;
      photographer: string;
      creditRole: string;
      creditName: string;
      creditLine: string;
      structuredData: string;
      takenAt: string;
      location: string;
      copyrightNotice: string;
      usageTerms: string;
      metadata: string;
      /** a private relation to the users-permissions user who submitted the photo */
      submittedBy: string;
    };
  };
  /** the type of credited people (`photo.fields.photographer` relates to it); null: names are credited as text */
  photographer: {
    uid: string;
    fields: { name: string; nameEn: string; defaultRole: string; account: string };
  } | null;
  /** form fields of the submit endpoint that link the new photo to other documents: form field → photo relation */
  submissionLinks: Record<string, { relation: string; uid: string }>;
  uploads: {
    /** bytes; larger files get 413 */
    maxFileSize: number;
    /** width × height; larger images are refused before they are decoded */
    maxPixels: number;
    /** where the body parser writes uploads while a request is read (the system's temporary folder if unset) */
    temporaryDir?: string;
    /** seconds; see DEFAULT_UPLOAD_LIMITS.orphanAge */
    orphanAge?: number;
  };
  /** public base URL for absolute image URLs in structured data; relative URLs when empty */
  publicUrl: string;
  /** the users-permissions role whose members may submit photos */
  submitterRole: string;
  /**
   * uid of the service that imports a printed page (`importPage(input)`), which the admin page 导入稿件 and
   * `POST /newsroom-media/imports` call; unset, the route answers 404
   */
  importer?: string;
  /**
   * request paths whose multipart files the upload guard leaves alone (a subpath counts too): the importer takes
   * page files that are not images and inspects its images itself through the uploads service
   */
  importPaths: string[];
}

const PHOTO_FIELDS: NewsroomMediaConfig['photo']['fields'] = {
  image: 'image',
  caption: 'caption',
  altText: 'altText',
  photographer: 'photographer',
  creditRole: 'creditRole',
  creditName: 'creditName',
  creditLine: 'creditLine',
  structuredData: 'structuredData',
  takenAt: 'takenAt',
  location: 'location',
  copyrightNotice: 'copyrightNotice',
  usageTerms: 'usageTerms',
  metadata: 'metadata',
  submittedBy: 'submittedBy',
};

/** What the plugin assumes when the app says nothing; `photo.uid` has no default (the validator asks for it). */
export const defaultConfig = {
  photo: { fields: PHOTO_FIELDS },
  photographer: null,
  submissionLinks: {},
  uploads: { maxFileSize: DEFAULT_UPLOAD_LIMITS.maxFileSize, maxPixels: DEFAULT_UPLOAD_LIMITS.maxPixels, orphanAge: DEFAULT_UPLOAD_LIMITS.orphanAge },
  publicUrl: '',
  submitterRole: 'photographer',
  importPaths: [],
} satisfies Omit<NewsroomMediaConfig, 'photo'> & { photo: Omit<NewsroomMediaConfig['photo'], 'uid'> };

/** `api::name.name` or `plugin::name.name`: content types and services alike */
const UID = /^(api|plugin)::[a-z0-9-]+\.[a-z0-9-]+$/i;
const contentTypeUid = z.string().regex(UID, 'must be a content type uid such as api::photo.photo');
const fieldName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be an attribute name');
const fieldsOf = <Keys extends string>(keys: readonly Keys[]) =>
  z.strictObject(Object.fromEntries(keys.map((key) => [key, fieldName])) as Record<Keys, typeof fieldName>);

const IMPORTER = 'importer must be a service uid such as api::import.importer';
const IMPORT_PATHS = 'importPaths must be a list of request paths, each starting with /';

export const configSchema = z.strictObject({
  photo: z.strictObject({ uid: contentTypeUid, fields: fieldsOf(Object.keys(PHOTO_FIELDS) as Array<keyof typeof PHOTO_FIELDS>) }),
  photographer: z.strictObject({ uid: contentTypeUid, fields: fieldsOf(['name', 'nameEn', 'defaultRole', 'account'] as const) }).nullable(),
  submissionLinks: z.record(fieldName, z.strictObject({ relation: fieldName, uid: contentTypeUid })),
  uploads: z.strictObject({
    maxFileSize: z.number({ error: 'must be a positive number of bytes' }).positive('must be a positive number of bytes'),
    maxPixels: z.number({ error: 'must be a positive number' }).positive('must be a positive number'),
    temporaryDir: z.string().min(1).optional(),
    orphanAge: z.number().int().nonnegative().optional(),
  }),
  publicUrl: z.union([z.literal(''), z.url({ protocol: /^https?$/, error: 'must be an http(s) URL or empty' })]),
  submitterRole: z.string().regex(/^[a-z0-9-_]+$/i, 'must be a users-permissions role type'),
  importer: z.string({ error: IMPORTER }).regex(UID, IMPORTER).optional(),
  importPaths: z.array(z.string({ error: IMPORT_PATHS }).regex(/^\/[^\s?#]*$/, IMPORT_PATHS), { error: IMPORT_PATHS }),
});

/** Every problem of a configuration with its path (`photo.fields.caption: must be …; uploads.maxPixels: …`). */
const listProblems = (error: z.ZodError): string =>
  error.issues.map((issue) => `${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message}`).join('; ');

/**
 * Refuses a configuration that does not match the app's model: the photo type, its fields, the photographer type
 * and the linked types must exist. Called at register, when every content type is loaded.
 */
export const checkModel = (strapi: Core.Strapi, config: NewsroomMediaConfig): void => {
  const problems: string[] = [];
  const attributesOf = (uid: string, path: string): Record<string, unknown> | null => {
    const type = strapi.contentTypes[uid as keyof typeof strapi.contentTypes] as { attributes: Record<string, unknown> } | undefined;
    if (!type) problems.push(`${path}: "${uid}" is not a content type of this app`);
    return type?.attributes ?? null;
  };
  const requireFields = (attributes: Record<string, unknown> | null, fields: Record<string, string>, path: string, optional: string[] = []) => {
    if (!attributes) return;
    for (const [key, name] of Object.entries(fields)) {
      if (!(name in attributes) && !optional.includes(key)) problems.push(`${path}.fields.${key}: "${name}" is not an attribute of the type`);
    }
  };
  const photo = attributesOf(config.photo.uid, 'photo.uid');
  // the photographer relation is needed only with a photographer type
  requireFields(photo, config.photo.fields, 'photo', config.photographer ? [] : ['photographer']);
  if (config.photographer) requireFields(attributesOf(config.photographer.uid, 'photographer.uid'), config.photographer.fields, 'photographer');
  for (const [name, link] of Object.entries(config.submissionLinks)) {
    attributesOf(link.uid, `submissionLinks.${name}.uid`);
    if (photo && !(link.relation in photo)) problems.push(`submissionLinks.${name}.relation: "${link.relation}" is not an attribute of ${config.photo.uid}`);
  }
  if (problems.length > 0) throw new Error(`newsroom-media: the configuration does not match this app's content types: ${problems.join('; ')}`);
};

export default {
  default: defaultConfig,
  validator(config: unknown) {
    const parsed = configSchema.safeParse(config);
    if (!parsed.success) throw new Error(`newsroom-media: invalid configuration (config/plugins.ts): ${listProblems(parsed.error)}`);
  },
};
