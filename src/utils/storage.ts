/**
 * Where uploads are stored: the local `public/uploads` folder (default) or an S3-compatible bucket
 * (`UPLOAD_PROVIDER=s3`: MinIO, AWS S3, Cloudflare R2, Aliyun OSS, ...). config/plugins.ts (upload provider) and
 * config/middlewares.ts (CSP origins) read it; `storageReachable()` is the readiness check of the storage.
 */

import fs from 'fs/promises';
import path from 'path';
import { HeadBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { envBool, envString, envValue } from './env';
import { EXAMPLE_SECRET_MARKER } from './secrets';

export interface S3Storage {
  provider: 's3';
  /** e.g. http://127.0.0.1:9000 for MinIO; unset for AWS S3 (the region's endpoint) */
  endpoint?: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** bucket in the path (MinIO, s3rver) instead of the host name */
  forcePathStyle: boolean;
  /** public base of the objects (a CDN, or the bucket's public address); file URLs start with it */
  publicUrl?: string;
  /** canned ACL sent with each object; undefined sends none (Cloudflare R2, buckets with ACLs disabled) */
  acl?: string;
}

export type StorageConfig = { provider: 'local' } | S3Storage;

const S3_REQUIRED = ['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const;
/** MinIO's default root credentials: an example, never a production key */
const WELL_KNOWN_KEYS = ['minioadmin'];

const isExampleKey = (value: string): boolean =>
  value.toLowerCase().includes(EXAMPLE_SECRET_MARKER) || WELL_KNOWN_KEYS.includes(value.trim().toLowerCase());

const httpUrl = (name: string): string | undefined => {
  const value = envValue(name);
  if (value === undefined) return undefined;
  if (!/^https?:\/\/[^/]/i.test(value)) throw new Error(`${name} must be an http:// or https:// URL, got "${value}"`);
  return value.replace(/\/+$/, '');
};

/** The storage chosen by the environment; throws (so Strapi does not start) on a half-configured S3. */
export const storageConfig = (): StorageConfig => {
  const provider = envString('UPLOAD_PROVIDER', 'local').trim().toLowerCase();
  if (provider === 'local') return { provider: 'local' };
  if (provider !== 's3') throw new Error(`UPLOAD_PROVIDER must be "local" or "s3", got "${provider}"`);

  const missing = [...S3_REQUIRED, ...(envValue('S3_ENDPOINT') ? [] : (['S3_REGION'] as const))].filter((name) => !envValue(name));
  if (missing.length > 0) {
    throw new Error(`UPLOAD_PROVIDER=s3 needs ${missing.join(', ')} (and S3_ENDPOINT for a service other than AWS S3); see README, "Uploads on S3-compatible storage"`);
  }
  if (process.env.NODE_ENV === 'production') {
    const examples = ['S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'].filter((name) => isExampleKey(envValue(name)!));
    if (examples.length > 0) {
      throw new Error(`Refusing to start in production: ${examples.join(', ')} still hold an example value (${EXAMPLE_SECRET_MARKER}…, minioadmin)`);
    }
  }
  const acl = envString('S3_ACL', 'public-read').trim();
  return {
    provider: 's3',
    endpoint: httpUrl('S3_ENDPOINT'),
    bucket: envValue('S3_BUCKET')!,
    region: envString('S3_REGION', 'us-east-1'),
    accessKeyId: envValue('S3_ACCESS_KEY_ID')!,
    secretAccessKey: envValue('S3_SECRET_ACCESS_KEY')!,
    forcePathStyle: envBool('S3_FORCE_PATH_STYLE', false),
    publicUrl: httpUrl('S3_PUBLIC_URL'),
    acl: acl.toLowerCase() === 'none' ? undefined : acl,
  };
};

/** The upload plugin's `provider` and `providerOptions` (@strapi/provider-upload-aws-s3 for S3). */
export const uploadProviderConfig = (storage: StorageConfig): Record<string, unknown> => {
  if (storage.provider === 'local') return {};
  return {
    provider: 'aws-s3',
    providerOptions: {
      baseUrl: storage.publicUrl,
      s3Options: {
        ...(storage.endpoint ? { endpoint: storage.endpoint } : {}),
        region: storage.region,
        forcePathStyle: storage.forcePathStyle,
        credentials: { accessKeyId: storage.accessKeyId, secretAccessKey: storage.secretAccessKey },
        params: { Bucket: storage.bucket, ...(storage.acl ? { ACL: storage.acl } : {}) },
      },
    },
  };
};

/** Origins that serve uploaded files besides this server, for the CSP's img-src and media-src. */
export const storageOrigins = (storage: StorageConfig): string[] => {
  if (storage.provider === 'local') return [];
  if (storage.publicUrl) return [new URL(storage.publicUrl).origin];
  if (storage.endpoint) {
    const endpoint = new URL(storage.endpoint);
    return [storage.forcePathStyle ? endpoint.origin : `${endpoint.protocol}//${storage.bucket}.${endpoint.host}`];
  }
  return [`https://${storage.bucket}.s3.${storage.region}.amazonaws.com`, `https://${storage.bucket}.s3.amazonaws.com`];
};

export const s3Client = (storage: S3Storage): S3Client =>
  new S3Client({
    endpoint: storage.endpoint,
    region: storage.region,
    forcePathStyle: storage.forcePathStyle,
    credentials: { accessKeyId: storage.accessKeyId, secretAccessKey: storage.secretAccessKey },
  });

let readinessClient: { key: string; client: S3Client } | undefined;

/**
 * Whether uploads can be stored now: HeadBucket on the bucket (S3), or write access to `<public>/uploads`
 * (local). Answers within `timeoutMs`, for a readiness endpoint.
 */
export const storageReachable = async (
  { storage = storageConfig(), publicDir = path.resolve(envString('PUBLIC_DIR', './public')), timeoutMs = 2000 }:
  { storage?: StorageConfig; publicDir?: string; timeoutMs?: number } = {}
): Promise<boolean> => {
  if (storage.provider === 'local') {
    return fs.access(path.join(publicDir, 'uploads'), fs.constants.W_OK).then(() => true, () => false);
  }
  const key = JSON.stringify(storage);
  if (readinessClient?.key !== key) readinessClient = { key, client: s3Client(storage) };
  return readinessClient.client
    .send(new HeadBucketCommand({ Bucket: storage.bucket }), { abortSignal: AbortSignal.timeout(timeoutMs) })
    .then(() => true, () => false);
};
