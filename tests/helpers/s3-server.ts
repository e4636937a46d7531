/**
 * A real S3-protocol server for tests: s3rver in its own process (tests/helpers/s3-server-launcher.mjs) on a free loopback
 * port with a throwaway directory and a key pair of its own, with one empty bucket created through
 * @aws-sdk/client-s3. `env` configures the app's uploads for it (UPLOAD_PROVIDER=s3 ...).
 */

import { spawn } from 'child_process';
import { randomBytes } from 'crypto';
import fs from 'fs/promises';
import os from 'os';
import path from 'path';
import { CreateBucketCommand, GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { ROOT } from './databases';
import { freePort } from './server-process';

// from the root, not __dirname: the fuzz harness runs these helpers bundled into .tmp/fuzz/
const LAUNCHER = path.join(ROOT, 'tests', 'helpers', 's3-server-launcher.mjs');

export interface S3Server {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** UPLOAD_PROVIDER=s3 and the S3_* variables of this server (path style, no public URL) */
  env: Record<string, string>;
  client: S3Client;
  /** every object key in the bucket, sorted */
  keys(): Promise<string[]>;
  /** an object's bytes */
  read(key: string): Promise<Buffer>;
  stop(): Promise<void>;
}

export const startS3Server = async ({ bucket = `newsroom-${randomBytes(4).toString('hex')}` }: { bucket?: string } = {}): Promise<S3Server> => {
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'newsroom-s3-'));
  const port = await freePort();
  const accessKeyId = `test${randomBytes(6).toString('hex')}`;
  const secretAccessKey = randomBytes(18).toString('base64url');
  const child = spawn(process.execPath, [LAUNCHER, String(port), directory], {
    env: { ...process.env, S3_TEST_ACCESS_KEY_ID: accessKeyId, S3_TEST_SECRET_ACCESS_KEY: secretAccessKey },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`s3rver did not start within 20 s:\n${output}`)), 20000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (/^ready \d+$/m.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`s3rver exited (${code}) while starting:\n${output}`));
    });
  });

  const endpoint = `http://127.0.0.1:${port}`;
  const region = 'us-east-1';
  const client = new S3Client({ endpoint, region, forcePathStyle: true, credentials: { accessKeyId, secretAccessKey } });
  await client.send(new CreateBucketCommand({ Bucket: bucket }));

  return {
    endpoint,
    bucket,
    region,
    accessKeyId,
    secretAccessKey,
    env: {
      UPLOAD_PROVIDER: 's3',
      S3_ENDPOINT: endpoint,
      S3_BUCKET: bucket,
      S3_REGION: region,
      S3_ACCESS_KEY_ID: accessKeyId,
      S3_SECRET_ACCESS_KEY: secretAccessKey,
      S3_FORCE_PATH_STYLE: 'true',
    },
    client,
    keys: async () => {
      const keys: string[] = [];
      let token: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }));
        keys.push(...(page.Contents ?? []).map((object) => object.Key!));
        token = page.NextContinuationToken;
      } while (token);
      return keys.sort();
    },
    read: async (key: string) => {
      const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      return Buffer.from(await object.Body!.transformToByteArray());
    },
    stop: async () => {
      client.destroy();
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(killer);
      }
      await fs.rm(directory, { recursive: true, force: true });
    },
  };
};
