/**
 * Submissions service: a photographer's upload becomes one draft photo per file, in one unit of work. If
 * anything fails, the database rolls back and the stored files are deleted: no orphan file or row.
 */

import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { CreditRole } from '../credit/credit-line';
import { submissionSchemas } from '../submission/schemas';
import type { IncomingFile } from './uploads';
import { getService, photoRelations, pluginConfig } from '../utils';
import { invalidInput, parseInput } from '../validation';

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
    /** The input schemas of the photographers' endpoints, from this app's configuration and photo schema. */
    schemas: () => submissionSchemas(strapi, config()),

    /**
     * Validates the form fields of a submission (the zod schema, then what needs the database: the locale, the
     * photographer and linked documents); every problem is reported at once in a 400.
     */
    async parseFields(body: Record<string, unknown>): Promise<SubmissionFields> {
      const parsed = parseInput(this.schemas().fields, body) as Record<string, string | undefined>;
      const problems: Array<{ path: string[]; message: string }> = [];
      const fields: SubmissionFields = {
        caption: parsed.caption,
        altText: parsed.altText,
        location: parsed.location,
        creditRole: parsed.creditRole as CreditRole | undefined,
        takenAt: parsed.takenAt === undefined ? undefined : new Date(parsed.takenAt).toISOString(),
        links: {},
      };
      if (parsed.locale !== undefined) {
        if (await strapi.plugin('i18n').service('locales').findByCode(parsed.locale)) fields.locale = parsed.locale;
        else problems.push({ path: ['locale'], message: `locale "${parsed.locale}" does not exist` });
      }
      const people = config().photographer;
      if (parsed.photographer !== undefined && people) {
        if (await exists(people.uid, parsed.photographer)) fields.photographer = parsed.photographer;
        else problems.push({ path: ['photographer'], message: 'must be the documentId of a photographer' });
      }
      for (const [name, link] of Object.entries(config().submissionLinks)) {
        const documentId = parsed[name];
        if (documentId === undefined) continue;
        if (await exists(link.uid, documentId, fields.locale)) fields.links[link.relation] = documentId;
        else problems.push({ path: [name], message: `must be the documentId of an existing ${name}` });
      }
      if (problems.length > 0) throw invalidInput(problems);
      return fields;
    },

    /** The photographer record linked to a users-permissions account, if any. */
    async photographerOf(userId: number): Promise<string | null> {
      const people = config().photographer;
      if (!people) return null;
      const { uid, fields } = people;
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
                populate: photoRelations(config()),
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
