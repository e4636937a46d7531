/**
 * zh-Hans admin messages that Strapi's bundled zh-Hans lacks (plus a few bundled ones that are broken).
 *
 * Strapi's admin builds each language as `{ ...admin's own file, ...every plugin's file, ...config.translations }`,
 * and a plugin's `registerTrads` prefixes its keys with its plugin id (`upload.list.filters.trigger`). Each file under
 * `zh-Hans/` holds one package's keys exactly as that package's `en.json` names them, so it can be compared with the
 * English file side by side; this module adds the plugin id the way the admin does. The admin's own keys have no
 * prefix. tests/unit/admin-translations.test.ts checks that every English key of these packages gets Chinese.
 *
 * `zh-Hans/unlisted.json` is the exception: the ids Strapi's admin code looks up (with an English default next to
 * them) that no English file lists, or lists under another prefix. Its keys are the ids exactly as the code looks them
 * up (`preview.copy.label`, `content-manager.plugin.name`) and get no prefix; the test scans the code for them.
 */
import admin from './zh-Hans/admin.json';
import contentManager from './zh-Hans/content-manager.json';
import contentReleases from './zh-Hans/content-releases.json';
import contentTypeBuilder from './zh-Hans/content-type-builder.json';
import email from './zh-Hans/email.json';
import i18n from './zh-Hans/i18n.json';
import reviewWorkflows from './zh-Hans/review-workflows.json';
import unlisted from './zh-Hans/unlisted.json';
import upload from './zh-Hans/upload.json';
import usersPermissions from './zh-Hans/users-permissions.json';

export type Messages = Record<string, string>;

/** our messages per plugin id, keyed as in the plugin's own translation files */
export const ZH_HANS_PLUGIN_MESSAGES: Record<string, Messages> = {
  'content-manager': contentManager,
  'content-releases': contentReleases,
  'content-type-builder': contentTypeBuilder,
  email,
  i18n,
  'review-workflows': reviewWorkflows,
  upload,
  'users-permissions': usersPermissions,
};

/** What a plugin's `registerTrads` does to its keys before the admin merges them. */
export const prefixPluginMessages = (pluginId: string, messages: Messages): Messages =>
  Object.fromEntries(Object.entries(messages).map(([key, message]) => [`${pluginId}.${key}`, message]));

/** The dynamic-zone picker looks a component category up by its folder name (src/components/*). */
export const COMPONENT_CATEGORY_MESSAGES: Messages = {
  article: '文章组件',
  shared: '通用组件',
};

/** Ids Strapi's code looks up that no English file lists (it shows the code's English default), keyed as looked up. */
export const UNLISTED_MESSAGES: Messages = unlisted;

export const NEWSROOM_MESSAGES: Messages = { ...COMPONENT_CATEGORY_MESSAGES, ...UNLISTED_MESSAGES };

/** `config.translations['zh-Hans']`: merged last by the admin, over Strapi's bundled zh-Hans. */
export const zhHans: Messages = Object.entries(ZH_HANS_PLUGIN_MESSAGES).reduce<Messages>(
  (merged, [pluginId, messages]) => ({ ...merged, ...prefixPluginMessages(pluginId, messages) }),
  { ...admin, ...NEWSROOM_MESSAGES }
);
