/**
 * Whether the upload storage can take a file now: the readiness check of the storage (GET /api/ready). Local disk
 * (the default provider): the uploads folder under the public folder exists and this process may write to it.
 * Object storage (an S3 provider) gets its own branch here.
 */

import fs from 'fs/promises';
import path from 'path';
import { envString } from './env';

export const storageReachable = async (
  { publicDir = path.resolve(envString('PUBLIC_DIR', './public')) }: { publicDir?: string } = {}
): Promise<boolean> => fs.access(path.join(publicDir, 'uploads'), fs.constants.W_OK).then(() => true, () => false);
