import type { Core } from '@strapi/strapi';

export const DEFAULT_LOCALE = 'zh-Hans';
/** Names as the admin's locale switcher shows them; `replaces` is the English name an earlier start gave. */
export const LOCALES = [
  { code: 'zh-Hans', name: '中文（简体）', replaces: 'Chinese (Simplified) (zh-Hans)' },
  { code: 'en', name: '英文', replaces: 'English (en)' },
];

/** Creates zh-Hans and en if missing, names them in Chinese, and makes zh-Hans the default locale. */
export const ensureLocales = async (strapi: Core.Strapi): Promise<void> => {
  const locales = strapi.plugin('i18n').service('locales');
  for (const { code, name, replaces } of LOCALES) {
    const existing = (await locales.findByCode(code)) as { id: number; name: string } | null;
    if (!existing) {
      await locales.create({ code, name });
      strapi.log.info(`[newsroom] created locale ${code}`);
    } else if (existing.name === replaces) {
      await locales.update({ id: existing.id }, { name }); // a name an admin chose is kept
    }
  }
  if ((await locales.getDefaultLocale()) !== DEFAULT_LOCALE) {
    await locales.setDefaultLocale({ code: DEFAULT_LOCALE });
    strapi.log.info(`[newsroom] default locale set to ${DEFAULT_LOCALE}`);
  }
};
