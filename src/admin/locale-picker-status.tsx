/**
 * The edit view's locale picker (the i18n plugin's header action) labels each locale's version with its status as an
 * English literal ("Published", "Draft"), not a message that a translation can reach. Its options are relabelled
 * here with the content manager's own status badge, which reads the translated 已发布 / 草稿 / 已修改.
 */

import * as React from 'react';
import { DocumentStatus } from '@strapi/content-manager/strapi-admin';

interface LocaleOptionProps {
  locale: { name?: string; code?: string };
  status?: string;
  entryExists?: boolean;
  isDraftAndPublishEnabled?: boolean;
}

interface SelectOption {
  label?: unknown;
  [key: string]: unknown;
}

export type HeaderAction = (props: unknown) => unknown;

/** The picker's existing-version option element (`<LocaleOption locale status entryExists …/>`), by its props. */
const localeOptionProps = (label: unknown): LocaleOptionProps | undefined => {
  if (!React.isValidElement(label)) return undefined;
  const props = label.props as Partial<LocaleOptionProps>;
  if (typeof props.locale !== 'object' || props.locale === null || typeof props.entryExists !== 'boolean') return undefined;
  return props as LocaleOptionProps;
};

const LocaleWithStatus = ({ locale, status, isDraftAndPublishEnabled }: LocaleOptionProps) => (
  <span style={{ display: 'flex', width: '100%', gap: 4, justifyContent: 'space-between', alignItems: 'center' }}>
    <span>{locale.name}</span>
    {isDraftAndPublishEnabled ? <DocumentStatus status={status} size="S" /> : null}
  </span>
);

const relabel = (option: SelectOption): SelectOption => {
  const props = localeOptionProps(option.label);
  // a locale without a version keeps the picker's own, translated "create" label
  if (!props?.entryExists) return option;
  return { ...option, label: <LocaleWithStatus {...props} /> };
};

/** Wraps a header action; descriptions other than the locale picker's pass unchanged. */
const withTranslatedStatus = (action: HeaderAction): HeaderAction => {
  const wrapped: HeaderAction = (props) => {
    const description = action(props);
    if (typeof description !== 'object' || description === null) return description;
    const { options } = description as { options?: unknown };
    if (!Array.isArray(options) || !options.some((option: SelectOption) => localeOptionProps(option?.label))) return description;
    return { ...description, options: options.map(relabel) };
  };
  // the content manager names a description by its function's name, and some actions carry a `type`
  Object.defineProperty(wrapped, 'name', { value: action.name });
  return Object.assign(wrapped, action);
};

export const translateLocaleStatuses = (actions: HeaderAction[]): HeaderAction[] => actions.map(withTranslatedStatus);
