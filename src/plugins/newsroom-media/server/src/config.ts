/**
 * The plugin is told by configuration where photos and their credits live, so another app can use it with
 * its own content model. Defaults match this app's `photo` and `photographer` types.
 */

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
  photographer: {
    uid: string;
    fields: { name: string; nameEn: string; defaultRole: string; account: string };
  };
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

export const defaultConfig: NewsroomMediaConfig = {
  photo: {
    uid: 'api::photo.photo',
    fields: {
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
    },
  },
  photographer: {
    uid: 'api::photographer.photographer',
    fields: { name: 'name', nameEn: 'nameEn', defaultRole: 'defaultRole', account: 'account' },
  },
  submissionLinks: {
    activity: { relation: 'activities', uid: 'api::activity.activity' },
    article: { relation: 'articles', uid: 'api::article.article' },
  },
  uploads: { maxFileSize: DEFAULT_UPLOAD_LIMITS.maxFileSize, maxPixels: DEFAULT_UPLOAD_LIMITS.maxPixels, orphanAge: DEFAULT_UPLOAD_LIMITS.orphanAge },
  publicUrl: '',
  submitterRole: 'photographer',
  importPaths: [],
};

const SERVICE_UID = /^(api|plugin)::[a-z0-9-]+\.[a-z0-9-]+$/i;

export default {
  default: defaultConfig,
  validator(config: Partial<NewsroomMediaConfig>) {
    const uploads = config.uploads ?? defaultConfig.uploads;
    if (!(uploads.maxFileSize > 0)) throw new Error('newsroom-media: uploads.maxFileSize must be a positive number of bytes');
    if (!(uploads.maxPixels > 0)) throw new Error('newsroom-media: uploads.maxPixels must be a positive number');
    if (config.importer !== undefined && (typeof config.importer !== 'string' || !SERVICE_UID.test(config.importer))) {
      throw new Error('newsroom-media: importer must be a service uid such as api::import.importer');
    }
    const importPaths: unknown = config.importPaths ?? [];
    if (!Array.isArray(importPaths) || !importPaths.every((path) => typeof path === 'string' && /^\/[^\s?#]*$/.test(path))) {
      throw new Error('newsroom-media: importPaths must be a list of request paths, each starting with /');
    }
  },
};
