/**
 * Reads configuration from the environment, treating an empty variable (`NAME=` in .env) as unset:
 * Strapi's own `env()` returns '' for those, which breaks defaults such as the SQLite file name.
 */
export const envValue = (name: string, fallback?: string): string | undefined => {
  const value = process.env[name];
  return value === undefined || value.trim() === '' ? fallback : value;
};

export const envString = (name: string, fallback: string): string => envValue(name, fallback) ?? fallback;

export const envInt = (name: string, fallback: number): number => {
  const value = envValue(name);
  if (value === undefined) return fallback;
  const parsed = Number.parseInt(value, 10);
  if (Number.isNaN(parsed)) throw new Error(`${name} must be a whole number, got "${value}"`);
  return parsed;
};

export const envBool = (name: string, fallback: boolean): boolean => {
  const value = envValue(name);
  if (value === undefined) return fallback;
  return ['1', 'true', 'yes', 'on'].includes(value.trim().toLowerCase());
};

export const envList = (name: string, fallback: string[] = []): string[] => {
  const value = envValue(name);
  return value === undefined ? fallback : value.split(',').map((item) => item.trim()).filter(Boolean);
};
