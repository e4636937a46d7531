/**
 * An S3-protocol server (s3rver) in a process of its own, for tests: `node s3-server-launcher.mjs <port> <directory>`.
 * Accepts the key pair in S3_TEST_ACCESS_KEY_ID / S3_TEST_SECRET_ACCESS_KEY, prints `ready <port>` once it
 * listens on 127.0.0.1, and stops on SIGTERM or SIGINT.
 */
import { createRequire } from 'module';
import S3rver from 's3rver';

const require = createRequire(import.meta.url);
const { DUMMY_ACCOUNT } = require('s3rver/lib/models/account');

const [port, directory] = process.argv.slice(2);
if (!port || !directory) throw new Error('usage: node s3-server-launcher.mjs <port> <directory>');
const { S3_TEST_ACCESS_KEY_ID: accessKeyId, S3_TEST_SECRET_ACCESS_KEY: secretAccessKey } = process.env;
if (accessKeyId && secretAccessKey) DUMMY_ACCOUNT.createKeyPair(accessKeyId, secretAccessKey);

const server = new S3rver({ port: Number(port), address: '127.0.0.1', directory, silent: true });
const address = await server.run();
process.stdout.write(`ready ${address.port}\n`);

const stop = () => server.close().then(() => process.exit(0), () => process.exit(1));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
