import type { Core } from '@strapi/strapi';

const FLAG = { type: 'core', name: 'newsroom' } as const;

/**
 * Newsroom originals are kept byte for byte: Strapi's default "size optimization" re-encodes the original
 * and strips its embedded caption and credit (IPTC/XMP). Applied once, so an admin may change it later in
 * the media library settings.
 */
export const keepOriginalUploadsOnce = async (strapi: Core.Strapi): Promise<void> => {
  const store = strapi.store(FLAG);
  if ((await store.get({ key: 'uploadSettingsApplied' })) === true) return;
  const upload = strapi.plugin('upload').service('upload');
  const settings = ((await upload.getSettings()) ?? {}) as Record<string, unknown>;
  await upload.setSettings({ ...settings, sizeOptimization: false, autoOrientation: false, responsiveDimensions: true });
  await store.set({ key: 'uploadSettingsApplied', value: true });
};
