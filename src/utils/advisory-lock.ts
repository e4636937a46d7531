/** PostgreSQL advisory-lock keys: one 32-bit key per name (FNV-1a), the same on every instance. */
export const advisoryLockKey = (name: string): number => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i += 1) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193);
  return hash | 0;
};
