import { readFileSync } from 'fs';
import path from 'path';
import { assertProductionSecrets, findSecretProblems, REQUIRED_SECRETS } from '../../src/utils/secrets';

const parseEnv = (text: string): Record<string, string> =>
  Object.fromEntries(
    text
      .split('\n')
      .filter((line) => /^[A-Z_]+=/.test(line))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)])
  );

const realSecrets = (): Record<string, string> =>
  Object.fromEntries(REQUIRED_SECRETS.map((name) => [name, name === 'APP_KEYS' ? 'a1b2,c3d4' : `${name}-r4nd0m-v4lue`]));

describe('production secrets', () => {
  it('accepts real values', () => {
    expect(findSecretProblems(realSecrets())).toEqual([]);
    expect(() => assertProductionSecrets(realSecrets())).not.toThrow();
  });

  it.each(REQUIRED_SECRETS)('names %s when it is missing or empty', (name) => {
    expect(findSecretProblems({ ...realSecrets(), [name]: undefined })).toEqual([{ name, reason: 'missing' }]);
    expect(findSecretProblems({ ...realSecrets(), [name]: '  ' })).toEqual([{ name, reason: 'missing' }]);
    expect(() => assertProductionSecrets({ ...realSecrets(), [name]: '' })).toThrow(`${name} (missing)`);
  });

  it('rejects every example value from .env.example', () => {
    const example = parseEnv(readFileSync(path.join(__dirname, '../../.env.example'), 'utf8'));
    expect(findSecretProblems(example)).toEqual(REQUIRED_SECRETS.map((name) => ({ name, reason: 'example value' })));
  });

  it('rejects APP_KEYS when one of the keys is still an example or empty', () => {
    expect(findSecretProblems({ ...realSecrets(), APP_KEYS: 'good,change-me-key-2' })).toEqual([
      { name: 'APP_KEYS', reason: 'example value' },
    ]);
    expect(findSecretProblems({ ...realSecrets(), APP_KEYS: 'good,,other' })).toEqual([
      { name: 'APP_KEYS', reason: 'example value' },
    ]);
  });
});
