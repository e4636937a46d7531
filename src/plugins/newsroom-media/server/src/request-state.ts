/** What the upload middlewares leave in `ctx.state` for the services of the same request. */

/** the files of the request as the upload guard inspected them: InspectedRequestFile[] */
export const STATE_KEY = 'newsroomMediaUploads';

/** the body parser's temporary files of the request: string[] */
export const TEMP_FILES_KEY = 'newsroomMediaTempFiles';

export interface InspectedRequestFile {
  /** the temporary file the upload plugin reads the original from */
  filepath: string;
  fileName: string;
  size: number;
  metadata: import('./metadata/read').EmbeddedMetadata;
  recorded?: boolean;
}
