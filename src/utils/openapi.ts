/**
 * Markers a route's zod `response` schema can carry for the OpenAPI document (src/api/openapi/generator): the
 * generator turns them into references to the content-type schemas, media types and status codes.
 */

import { z } from 'zod';

/** JSON Schema keywords of these markers (read by the generator, never sent). */
export const OPENAPI_MARKERS = { contentType: 'x-content-type', statuses: 'x-status' } as const;

/**
 * A document of a content type as the content API sends it (the generated schema of `uid`); `extra` adds the
 * properties an endpoint sends besides the document's own.
 */
export const contentTypeDocument = (uid: string, extra: z.ZodRawShape = {}) =>
  z.looseObject(extra).meta({ [OPENAPI_MARKERS.contentType]: uid });

/** A text body of another media type (XML feeds, YAML). */
export const textBody = (mediaType: string) => z.string().meta({ contentMediaType: mediaType });

/** A response sent with these 2xx statuses (200 when none is given). */
export const withStatuses = <T extends z.ZodType>(schema: T, statuses: number[]): T => schema.meta({ [OPENAPI_MARKERS.statuses]: statuses });
