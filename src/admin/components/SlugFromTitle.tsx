/**
 * Fills a new document's slug from its title while the editor types, with the same pinyin slug the API and the
 * regenerate button give. It stops as soon as the editor types a slug of their own, and never changes the slug
 * of a document that already has one. Renders nothing; it sits in the edit view's side panel.
 */

import * as React from 'react';
import {
  unstable_useContentManagerContext as useContentManagerContext,
  useFetchClient,
  useNotification,
} from '@strapi/strapi/admin';

interface Attribute {
  type: string;
  targetField?: string;
}

const DELAY_MS = 400;

export const SlugFromTitle = () => {
  const { model, contentType, form } = useContentManagerContext();
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const { values, initialValues, onChange } = form as unknown as {
    values: Record<string, unknown>;
    initialValues: Record<string, unknown>;
    onChange: (name: string, value: unknown) => void;
  };
  const slugFields = React.useMemo(
    () =>
      Object.entries((contentType?.attributes ?? {}) as Record<string, Attribute>).flatMap(([field, attribute]) =>
        attribute.type === 'uid' && attribute.targetField ? [{ field, source: attribute.targetField }] : []
      ),
    [contentType]
  );
  // the slugs this component wrote, so that a slug the editor typed is left alone
  const written = React.useRef<Record<string, unknown>>({});
  // only the source texts matter; the rest of the form may change without a new slug
  const sources = JSON.stringify(slugFields.map(({ source }) => values[source] ?? null));

  React.useEffect(() => {
    if (!model.startsWith('api::')) return undefined;
    const due = slugFields.filter(({ field, source }) => {
      const current = values[field];
      const untouched = current === undefined || current === '' || current === null || current === written.current[field];
      const hadSlug = typeof initialValues[field] === 'string' && initialValues[field] !== '';
      return untouched && !hadSlug && typeof values[source] === 'string' && (values[source] as string).trim() !== '';
    });
    if (due.length === 0) return undefined;

    const timer = setTimeout(async () => {
      const locale = new URLSearchParams(window.location.search).get('plugins[i18n][locale]') ?? undefined;
      for (const { field } of due) {
        try {
          const response = await post<{ data: string }>(
            '/content-manager/uid/generate',
            { contentTypeUID: model, field, data: { ...values, id: '' } },
            { params: locale ? { locale } : {} }
          );
          written.current[field] = response.data.data;
          if (values[field] !== response.data.data) onChange(field, response.data.data);
        } catch (error) {
          toggleNotification({ type: 'warning', message: `slug: ${error instanceof Error ? error.message : String(error)}` });
        }
      }
    }, DELAY_MS);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [model, slugFields, sources]);

  return null;
};
