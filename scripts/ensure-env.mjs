// Creates .env from .env.example on first run, replacing every example secret with a fresh random value.
// An existing .env is never touched.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(root, '.env');
const example = path.join(root, '.env.example');

const secret = () => randomBytes(24).toString('base64');

export const fillSecrets = (text) =>
  text
    .split('\n')
    .map((line) => {
      const match = line.match(/^([A-Z_]+)=(.*change-me.*)$/);
      if (!match) return line;
      const [, name, value] = match;
      const fresh = value.split(',').map(() => secret()).join(',');
      return `${name}=${fresh}`;
    })
    .join('\n');

if (!existsSync(target)) {
  writeFileSync(target, fillSecrets(readFileSync(example, 'utf8')), { mode: 0o600 });
  console.log('Created .env with fresh random secrets from .env.example');
}
