import { absoluteMediaUrls } from '../../src/middlewares/media-urls';
import { storageConfig, storageOrigins, uploadProviderConfig } from '../../src/utils/storage';

const S3_NAMES = ['UPLOAD_PROVIDER', 'S3_ENDPOINT', 'S3_BUCKET', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_FORCE_PATH_STYLE', 'S3_PUBLIC_URL', 'S3_ACL', 'NODE_ENV'];
const saved = Object.fromEntries(S3_NAMES.map((name) => [name, process.env[name]]));

const MINIO = {
  UPLOAD_PROVIDER: 's3',
  S3_ENDPOINT: 'http://127.0.0.1:9000',
  S3_BUCKET: 'newsroom',
  S3_ACCESS_KEY_ID: 'newsroom-app',
  S3_SECRET_ACCESS_KEY: 'r4nd0m-s3cr3t-v4lue',
  S3_FORCE_PATH_STYLE: 'true',
};

const withEnv = <T>(env: Record<string, string | undefined>, run: () => T): T => {
  for (const name of S3_NAMES) delete process.env[name];
  for (const [name, value] of Object.entries(env)) if (value !== undefined) process.env[name] = value;
  try {
    return run();
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
};

describe('upload storage configuration', () => {
  it('stores on the local disk unless told otherwise, with no provider options and no extra origins', () => {
    const storage = withEnv({}, storageConfig);
    expect(storage).toEqual({ provider: 'local' });
    expect(uploadProviderConfig(storage)).toEqual({});
    expect(storageOrigins(storage)).toEqual([]);
    expect(withEnv({ UPLOAD_PROVIDER: 'local', S3_BUCKET: 'ignored' }, storageConfig)).toEqual({ provider: 'local' });
  });

  it('configures @strapi/provider-upload-aws-s3 for MinIO', () => {
    const storage = withEnv({ ...MINIO, S3_PUBLIC_URL: 'https://cdn.example.org/media/' }, storageConfig);
    expect(uploadProviderConfig(storage)).toEqual({
      provider: 'aws-s3',
      providerOptions: {
        baseUrl: 'https://cdn.example.org/media',
        s3Options: {
          endpoint: 'http://127.0.0.1:9000',
          region: 'us-east-1',
          forcePathStyle: true,
          credentials: { accessKeyId: 'newsroom-app', secretAccessKey: 'r4nd0m-s3cr3t-v4lue' },
          params: { Bucket: 'newsroom', ACL: 'public-read' },
        },
      },
    });
    expect(storageOrigins(storage)).toEqual(['https://cdn.example.org']);
  });

  it('sends no ACL with S3_ACL=none (Cloudflare R2) and derives the image origin from the endpoint', () => {
    const r2 = withEnv({ ...MINIO, S3_ENDPOINT: 'https://acc.r2.cloudflarestorage.com', S3_FORCE_PATH_STYLE: undefined, S3_ACL: 'none' }, storageConfig);
    expect((uploadProviderConfig(r2).providerOptions as { s3Options: { params: unknown } }).s3Options.params).toEqual({ Bucket: 'newsroom' });
    expect(storageOrigins(r2)).toEqual(['https://newsroom.acc.r2.cloudflarestorage.com']);
    expect(storageOrigins(withEnv(MINIO, storageConfig))).toEqual(['http://127.0.0.1:9000']);
    const aws = withEnv({ ...MINIO, S3_ENDPOINT: undefined, S3_REGION: 'eu-west-1', S3_FORCE_PATH_STYLE: undefined }, storageConfig);
    expect(storageOrigins(aws)).toEqual(['https://newsroom.s3.eu-west-1.amazonaws.com', 'https://newsroom.s3.amazonaws.com']);
  });

  it.each([
    ['S3_BUCKET', { ...MINIO, S3_BUCKET: undefined }],
    ['S3_ACCESS_KEY_ID', { ...MINIO, S3_ACCESS_KEY_ID: '' }],
    ['S3_SECRET_ACCESS_KEY', { ...MINIO, S3_SECRET_ACCESS_KEY: ' ' }],
    ['S3_REGION', { ...MINIO, S3_ENDPOINT: undefined }],
  ])('refuses a half-configured S3, naming %s', (name, env) => {
    expect(() => withEnv(env, storageConfig)).toThrow(new RegExp(`UPLOAD_PROVIDER=s3 needs .*${name}`));
  });

  it('refuses an unknown provider and URLs that are not http(s)', () => {
    expect(() => withEnv({ UPLOAD_PROVIDER: 'ftp' }, storageConfig)).toThrow('UPLOAD_PROVIDER must be "local" or "s3", got "ftp"');
    expect(() => withEnv({ ...MINIO, S3_ENDPOINT: '127.0.0.1:9000' }, storageConfig)).toThrow('S3_ENDPOINT must be an http:// or https:// URL');
    expect(() => withEnv({ ...MINIO, S3_PUBLIC_URL: 'javascript:alert(1)' }, storageConfig)).toThrow('S3_PUBLIC_URL must be an http://');
  });

  it.each([
    ['S3_ACCESS_KEY_ID', 'minioadmin'],
    ['S3_SECRET_ACCESS_KEY', 'minioadmin'],
    ['S3_SECRET_ACCESS_KEY', 'change-me-minio-secret'],
  ])('refuses example keys in production (%s=%s), accepts them outside', (name, value) => {
    expect(() => withEnv({ ...MINIO, [name]: value, NODE_ENV: 'production' }, storageConfig)).toThrow(`Refusing to start in production: ${name}`);
    expect(withEnv({ ...MINIO, [name]: value, NODE_ENV: 'development' }, storageConfig).provider).toBe('s3');
    expect(withEnv({ ...MINIO, NODE_ENV: 'production' }, storageConfig).provider).toBe('s3');
  });
});

describe('absolute media URLs', () => {
  const base = 'https://news.example.org';

  it('rewrites every url under /uploads/ of an object body, at any depth, and nothing else', () => {
    const body = {
      data: [{ url: '/uploads/a.jpg', formats: { small: { url: '/uploads/small_a.jpg' } }, link: '/uploads/not-a-url-field.jpg' }],
      cdn: { url: 'https://cdn.example.org/b.jpg' },
      page: { url: '/api/articles' },
    };
    expect(absoluteMediaUrls(body, base)).toEqual({
      data: [{ url: `${base}/uploads/a.jpg`, formats: { small: { url: `${base}/uploads/small_a.jpg` } }, link: '/uploads/not-a-url-field.jpg' }],
      cdn: { url: 'https://cdn.example.org/b.jpg' },
      page: { url: '/api/articles' },
    });
  });

  it('rewrites serialized JSON (strings and buffers) the same way', () => {
    const text = JSON.stringify({ image: { url: '/uploads/a "quoted".jpg', formats: { thumbnail: { url: '/uploads/t.jpg' } } }, url: '/api/x' });
    const expected = { image: { url: `${base}/uploads/a "quoted".jpg`, formats: { thumbnail: { url: `${base}/uploads/t.jpg` } } }, url: '/api/x' };
    expect(JSON.parse(absoluteMediaUrls(text, base) as string)).toEqual(expected);
    expect(JSON.parse((absoluteMediaUrls(Buffer.from(text), base) as Buffer).toString())).toEqual(expected);
  });
});
