/** Secrets that Strapi and its plugins need; production refuses to start without real values. */
export const REQUIRED_SECRETS = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'JWT_SECRET',
  'ENCRYPTION_KEY',
] as const;

/** Every placeholder in .env.example contains this marker, so an unchanged example value is caught. */
export const EXAMPLE_SECRET_MARKER = 'change-me';

export interface SecretProblem {
  name: string;
  reason: 'missing' | 'example value';
}

export const findSecretProblems = (values: Record<string, string | undefined>): SecretProblem[] =>
  REQUIRED_SECRETS.flatMap((name): SecretProblem[] => {
    const value = values[name]?.trim();
    if (!value) return [{ name, reason: 'missing' }];
    const parts = name === 'APP_KEYS' ? value.split(',').map((key) => key.trim()) : [value];
    if (parts.some((part) => part === '' || part.toLowerCase().includes(EXAMPLE_SECRET_MARKER))) {
      return [{ name, reason: 'example value' }];
    }
    return [];
  });

/** Throws (so Strapi does not start) naming each secret that is missing or still the example value. */
export const assertProductionSecrets = (values: Record<string, string | undefined>): void => {
  const problems = findSecretProblems(values);
  if (problems.length === 0) return;
  const list = problems.map(({ name, reason }) => `${name} (${reason})`).join(', ');
  throw new Error(
    `Refusing to start in production: these secrets are not set to real values: ${list}. ` +
      'Set them in the environment (see .env.example).'
  );
};
