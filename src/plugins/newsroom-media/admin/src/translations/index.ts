/**
 * The plugin's admin messages, keyed as in en.json (the English defaults) and zh-Hans.json; `registerTrads` gives
 * them the plugin id as prefix, the way the admin merges every plugin's messages.
 * tests/unit/admin-translations.test.ts checks that both files have the same keys and placeholders and that every
 * key the admin code asks for exists.
 */

import * as React from 'react';
import { useIntl } from 'react-intl';
import en from './en.json';
import zhHans from './zh-Hans.json';

export const PLUGIN_ID = 'newsroom-media';

export type MessageKey = keyof typeof en;
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export const MESSAGES: Record<string, Record<string, string>> = { en, 'zh-Hans': zhHans };

export const messageId = (key: MessageKey): string => `${PLUGIN_ID}.${key}`;

/** For keys made at run time (an importer's error codes): whether the plugin has a message of that key. */
export const hasMessage = (key: string): key is MessageKey => Object.prototype.hasOwnProperty.call(en, key);

/** `t('import.title')`: the message of the admin's language, English when it has none. */
export const useMessages = (): Translate => {
  const { formatMessage } = useIntl();
  return React.useCallback<Translate>(
    (key, values) => formatMessage({ id: messageId(key), defaultMessage: en[key] }, values),
    [formatMessage]
  );
};

export const pluginMessages = (locale: string): Record<string, string> =>
  Object.fromEntries(Object.entries(MESSAGES[locale] ?? {}).map(([key, message]) => [`${PLUGIN_ID}.${key}`, message]));
