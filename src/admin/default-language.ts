/** Where Strapi's admin keeps the interface language (`LANGUAGE_LOCAL_STORAGE_KEY` in its reducer; not exported). */
const LANGUAGE_STORAGE_KEY = 'strapi-admin-language';

/** The interface language of the newsroom, for anyone who has not chosen one. */
export const DEFAULT_ADMIN_LANGUAGE = 'zh-Hans';

/**
 * Strapi starts the admin in the stored language or else English, whatever the browser's Accept-Language; after login
 * it switches to the user's `preferedLanguage` if they have one. Storing zh-Hans when nothing is stored yet makes the
 * login page, and users without a preference, start in Chinese. Choosing a language on the login page or in the
 * profile stores that choice over it, so English stays one click away.
 */
export const defaultToNewsroomLanguage = (storage: Storage = window.localStorage): void => {
  if (storage.getItem(LANGUAGE_STORAGE_KEY)) return;
  storage.setItem(LANGUAGE_STORAGE_KEY, DEFAULT_ADMIN_LANGUAGE);
};
