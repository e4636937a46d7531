/**
 * Submissions service: a photographer's upload becomes one draft photo per file, in one unit of work. If
 * anything fails, the database rolls back and the stored files are deleted: no orphan file or row.
 */

import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { CREDIT_ROLES, type CreditRole } from '../credit/credit-line';
import type { IncomingFile } from './uploads';
import { getService, pluginConfig } from '../utils';

export interface SubmissionFields {
  caption?: string;
  altText?: string;
  creditRole?: CreditRole;
  photographer?: string;
  takenAt?: string;
  location?: string;
  locale?: string;
  links: Record<string, string>;
}

const LIMITS: Record<string, number> = { caption: 1000, altText: 300, location: 200 };
const DOCUMENT_ID = /^[a-z0-9]{10,40}$/i;

export interface StoredFile {
  id: number;
  url: string;
  [key: string]: unknown;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => pluginConfig(strapi);

  const exists = async (uid: string, documentId: string, locale?: string): Promise<boolean> =>
    Boolean(
      await strapi.documents(uid as UID.ContentType).findOne({ documentId, ...(locale ? { locale } : {}), status: 'draft', fields: ['documentId'] } as never)
    );

  return {
    /** Validates the form fields of a submission; every problem is reported at once in a 400. */
    async parseFields(body: Record<string, unknown>): Promise<SubmissionFields> {
      const problems: Array<{ path: string[]; message: string }> = [];
      const text = (name: string): string | undefined => {
        const value = body[name];
        if (value === undefined || value === '') return undefined;
        if (typeof value !== 'string') {
          problems.push({ path: [name], message: `${name} must be text` });
          return undefined;
        }
        if (LIMITS[name] && value.length > LIMITS[name]) problems.push({ path: [name], message: `${name} is longer than ${LIMITS[name]} characters` });
        return value.trim();
      };
      const known = new Set(['caption', 'altText', 'creditRole', 'photographer', 'takenAt', 'location', 'locale', ...Object.keys(config().submissionLinks)]);
      for (const key of Object.keys(body)) if (!known.has(key)) problems.push({ path: [key], message: `${key} is not a field of a submission` });

      const fields: SubmissionFields = { caption: text('caption'), altText: text('altText'), location: text('location'), links: {} };
      const role = text('creditRole');
      if (role !== undefined) {
        if ((CREDIT_ROLES as readonly string[]).includes(role)) fields.creditRole = role as CreditRole;
        else problems.push({ path: ['creditRole'], message: `creditRole must be one of ${CREDIT_ROLES.join(', ')}` });
      }
      const takenAt = text('takenAt');
      if (takenAt !== undefined) {
        if (Number.isNaN(Date.parse(takenAt))) problems.push({ path: ['takenAt'], message: 'takenAt must be a date (ISO 8601)' });
        else fields.takenAt = new Date(takenAt).toISOString();
      }
      const locale = text('locale');
      if (locale !== undefined) {
        if (await strapi.plugin('i18n').service('locales').findByCode(locale)) fields.locale = locale;
        else problems.push({ path: ['locale'], message: `locale ${locale} does not exist` });
      }
      const photographer = text('photographer');
      if (photographer !== undefined) {
        if (DOCUMENT_ID.test(photographer) && (await exists(config().photographer.uid, photographer))) fields.photographer = photographer;
        else problems.push({ path: ['photographer'], message: 'photographer must be the documentId of a photographer' });
      }
      for (const [name, link] of Object.entries(config().submissionLinks)) {
        const documentId = text(name);
        if (documentId === undefined) continue;
        if (DOCUMENT_ID.test(documentId) && (await exists(link.uid, documentId, fields.locale))) fields.links[link.relation] = documentId;
        else problems.push({ path: [name], message: `${name} must be the documentId of an existing ${name}` });
      }

      if (problems.length > 0) {
        throw new errors.ValidationError(problems.map((problem) => problem.message).join('; '), {
          errors: problems.map((problem) => ({ ...problem, name: 'ValidationError' })),
        });
      }
      return fields;
    },

    /** The photographer record linked to a users-permissions account, if any. */
    async photographerOf(userId: number): Promise<string | null> {
      const { uid, fields } = config().photographer;
      const found = await strapi.documents(uid as UID.ContentType).findFirst({ filters: { [fields.account]: { id: userId } }, fields: ['documentId'] } as never);
      return found?.documentId ?? null;
    },

    /** Uploads every file and creates one draft photo for each; all or nothing. */
    async submit(files: IncomingFile[], fields: SubmissionFields, userId: number): Promise<Array<Record<string, unknown>>> {
      if (files.length === 0) throw new errors.ValidationError('Attach at least one image in the "files" field');
      const { uid, fields: photoFields } = config().photo;
      const upload = strapi.plugin('upload').service('upload');
      const credits = getService(strapi, 'credits');
      const ownPhotographer = await this.photographerOf(userId);
      const stored: StoredFile[] = [];

      try {
        return await strapi.db.transaction(async () => {
          const photos: Array<Record<string, unknown>> = [];
          for (const file of files) {
            const [uploaded] = (await upload.upload({
              data: { fileInfo: { name: file.originalFilename } },
              files: file,
            })) as StoredFile[];
            stored.push(uploaded);
            const data: Record<string, unknown> = {
              [photoFields.image]: uploaded.id,
              [photoFields.caption]: fields.caption,
              [photoFields.altText]: fields.altText,
              [photoFields.creditRole]: fields.creditRole,
              [photoFields.takenAt]: fields.takenAt,
              [photoFields.location]: fields.location,
              [photoFields.photographer]: fields.photographer,
              [photoFields.submittedBy]: userId,
              ...Object.fromEntries(Object.entries(fields.links).map(([relation, documentId]) => [relation, [documentId]])),
            };
            for (const key of Object.keys(data)) if (data[key] === undefined) delete data[key];
            // who is credited: the form, else the file's own byline, else the uploader's photographer record
            await credits.fillFromFile(data);
            if (!data[photoFields.photographer] && ownPhotographer) data[photoFields.photographer] = ownPhotographer;
            photos.push(
              (await strapi.documents(uid as UID.ContentType).create({
                data,
                locale: fields.locale,
                status: 'draft',
                populate: { [photoFields.image]: true, [photoFields.photographer]: true },
              } as never)) as Record<string, unknown>
            );
          }
          return photos;
        });
      } catch (error) {
        // the rows are rolled back; the files themselves are not in the database and must go too
        for (const file of stored) {
          await upload.remove(file).catch((removal: unknown) => strapi.log.error(`[newsroom-media] could not remove ${file.url}: ${String(removal)}`));
        }
        throw error;
      }
    },
  };
};
