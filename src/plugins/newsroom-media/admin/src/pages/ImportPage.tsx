/**
 * 导入稿件: a printed page (.txt or .docx) and its photos, previewed as the importer reads them (a dry run: headline,
 * blocks in order with the credit lines as they will print, photographers matched or new, figures, warnings), then
 * imported as a draft article, with a link to its edit view.
 */

import * as React from 'react';
import {
  Alert,
  Badge,
  Box,
  Button,
  Field,
  Flex,
  LinkButton,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tbody,
  Td,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { Layouts, Page, isFetchError, useFetchClient } from '@strapi/strapi/admin';
import { Link as RouterLink } from 'react-router-dom';
import type { ImportResult } from 'strapi-plugin-newsroom-media';
import { IMPORT_PERMISSIONS } from '../permissions';
import { hasMessage, useMessages, type Translate } from '../translations';

const LOCALES = ['zh-Hans', 'en'] as const;

interface ErrorDetails {
  line?: unknown;
  expected?: unknown;
  found?: unknown;
  code?: unknown;
}

/** The Chinese text of an importer's error or warning code; the server's (English) message for codes it does not know. */
const describeCode = (code: unknown, message: string, t: Translate): string => {
  const key = `import.code.${String(code)}`;
  if (hasMessage(key)) return t(key);
  // mammoth's messages about the Word file (docx.warning, docx.error)
  if (typeof code === 'string' && code.startsWith('docx.')) return t('import.docx.message', { message });
  return message;
};

/** The Content Manager's edit view of the imported article, in its locale. */
export const articleEditPath = (documentId: string, locale: string): string =>
  `/content-manager/collection-types/api::article.article/${documentId}?plugins[i18n][locale]=${encodeURIComponent(locale)}`;

/** A failed request as the editor reads it: in Chinese, with the page's line when the importer names one. */
const describeError = (error: unknown, t: Translate): string[] => {
  if (!isFetchError(error)) return [t('import.error.other', { message: error instanceof Error ? error.message : String(error) })];
  const body = error.response?.data as { error?: { message?: string; details?: ErrorDetails } } | undefined;
  const message = body?.error?.message ?? error.message;
  const details = body?.error?.details ?? {};
  if (error.status === 403) return [t('import.error.forbidden')];
  if (error.status === 404) return [t('import.error.notConfigured')];
  if (error.status === 413) return [t('import.error.tooLarge')];
  const text = describeCode(details.code, message, t);
  const lines: string[] = [];
  if (typeof details.line === 'number') lines.push(t('import.error.line', { line: details.line, message: text }));
  else lines.push(text === message ? t('import.error.other', { message }) : text);
  if (typeof details.found === 'string' && details.found !== '') lines.push(t('import.error.found', { found: details.found }));
  if (details.expected !== undefined && details.expected !== null) {
    lines.push(t('import.error.expected', { expected: Array.isArray(details.expected) ? details.expected.join('、') : String(details.expected) }));
  }
  return lines;
};

const MatchBadge = ({ match, t }: { match: 'existing' | 'new' | null; t: Translate }) =>
  match ? (
    <Badge backgroundColor={match === 'existing' ? 'success100' : 'primary100'} textColor={match === 'existing' ? 'success700' : 'primary700'}>
      {t(`import.match.${match}`)}
    </Badge>
  ) : null;

const Section = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Typography variant="delta" tag="h2">
        {title}
      </Typography>
      {children}
    </Flex>
  </Box>
);

const ResultView = ({ result, t }: { result: ImportResult; t: Translate }) => {
  const { article } = result;
  const none = t('import.article.none');
  const missingPhotos = result.photos.filter(({ imageMissing }) => imageMissing).length;
  return (
    <Flex direction="column" alignItems="stretch" gap={6} data-testid="import-result">
      <Section title={result.dryRun ? t('import.preview.heading') : t(article.created ? 'import.done.created' : 'import.done.updated')}>
        <Flex direction="column" alignItems="stretch" gap={2}>
          <Typography variant="pi" textColor="neutral600">
            {t('import.article.kicker')}：{article.kicker ?? none}
          </Typography>
          <Typography variant="alpha" tag="p" data-testid="import-title">
            {article.title}
          </Typography>
          <Typography variant="epsilon" textColor="neutral700">
            {t('import.article.subtitle')}：{article.subtitle ?? none}
          </Typography>
          <Typography variant="omega" textColor="neutral700">
            {t('import.article.summary')}：{article.summary ?? none}
          </Typography>
          <Typography variant="pi" textColor="neutral500">
            {t('import.encoding', { encoding: result.encoding })}
          </Typography>
        </Flex>
        {missingPhotos > 0 ? (
          <Alert closeLabel="" variant="warning" title={t('import.block.imageMissing')}>
            {t('import.photos.missing', { count: missingPhotos })}
          </Alert>
        ) : null}
      </Section>

      <Section title={t('import.blocks.heading')}>
        <Flex direction="column" alignItems="stretch" gap={3} tag="ol">
          {result.blocks.map((block, index) => (
            <Box key={`${block.kind}-${block.line}-${index}`} tag="li" padding={3} hasRadius borderColor="neutral200" data-testid={`import-block-${block.kind}`}>
              <Flex direction="column" alignItems="stretch" gap={1}>
                <Flex gap={2}>
                  <Badge>{t(block.kind === 'photo' ? 'import.block.photo' : 'import.block.section')}</Badge>
                  <Typography variant="pi" textColor="neutral500">
                    {t('import.block.line', { line: block.line })}
                  </Typography>
                </Flex>
                {block.kind === 'section' ? (
                  <>
                    {block.heading ? (
                      <Typography variant="delta" tag="p">
                        {block.heading}
                      </Typography>
                    ) : null}
                    <Typography variant="pi" textColor="neutral600">
                      {t('import.block.paragraphs', { count: block.paragraphs?.length ?? 0 })}
                    </Typography>
                    {block.paragraphs?.[0] ? (
                      <Typography variant="omega" ellipsis>
                        {block.paragraphs[0]}
                      </Typography>
                    ) : null}
                  </>
                ) : (
                  <>
                    <Typography variant="omega">{block.caption ?? t('import.block.noCaption')}</Typography>
                    <Flex gap={2}>
                      <Typography variant="omega" fontWeight="bold" data-testid="import-credit-line">
                        {block.creditLine ? t('import.block.credit', { credit: block.creditLine }) : t('import.block.noCredit')}
                      </Typography>
                      {block.photographer ? <MatchBadge match={block.photographer.match} t={t} /> : null}
                    </Flex>
                    {block.image ? (
                      block.image.missing ? (
                        <Badge backgroundColor="danger100" textColor="danger700">
                          {t('import.block.imageMissing')}
                        </Badge>
                      ) : (
                        <Typography variant="pi" textColor="neutral600">
                          {t('import.block.image', { name: block.image.name ?? '' })}
                        </Typography>
                      )
                    ) : null}
                  </>
                )}
              </Flex>
            </Box>
          ))}
        </Flex>
      </Section>

      <Section title={t('import.photographers.heading')}>
        {result.photographers.length === 0 ? (
          <Typography textColor="neutral600">{t('import.photographers.none')}</Typography>
        ) : (
          <Flex direction="column" alignItems="stretch" gap={2} tag="ul">
            {result.photographers.map((photographer) => (
              <Flex key={photographer.name} gap={2} tag="li" data-testid="import-photographer">
                <Typography>{photographer.name}</Typography>
                <MatchBadge match={photographer.match} t={t} />
              </Flex>
            ))}
          </Flex>
        )}
      </Section>

      <Section title={t('import.figures.heading')}>
        {result.figures.length === 0 ? (
          <Typography textColor="neutral600">{t('import.figures.none')}</Typography>
        ) : (
          <Table colCount={6} rowCount={result.figures.length + 1}>
            <Thead>
              <Tr>
                {(['text', 'value', 'unit', 'kind', 'label', 'line'] as const).map((column) => (
                  <Th key={column}>
                    <Typography variant="sigma">{t(`import.figures.${column}`)}</Typography>
                  </Th>
                ))}
              </Tr>
            </Thead>
            <Tbody>
              {result.figures.map((figure, index) => (
                <Tr key={`${figure.line}-${index}`}>
                  <Td>
                    <Typography>{figure.text}</Typography>
                  </Td>
                  <Td>
                    <Typography>
                      {figure.value.toLocaleString('zh-CN')}
                      {figure.atLeast ? ` ${t('import.figures.atLeast')}` : ''}
                    </Typography>
                  </Td>
                  <Td>
                    <Typography>{figure.unit}</Typography>
                  </Td>
                  <Td>
                    <Typography>{t(`import.figures.kind.${figure.kind}`)}</Typography>
                  </Td>
                  <Td>
                    <Typography>{figure.label}</Typography>
                  </Td>
                  <Td>
                    <Typography>{figure.line}</Typography>
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
      </Section>

      <Section title={t('import.warnings.heading')}>
        {result.warnings.length === 0 ? (
          <Typography textColor="neutral600">{t('import.warnings.none')}</Typography>
        ) : (
          <Flex direction="column" alignItems="stretch" gap={1} tag="ul">
            {result.warnings.map((warning, index) => (
              <Typography key={`${warning.code}-${index}`} tag="li" textColor="warning700" data-testid="import-warning">
                {warning.line === null
                  ? describeCode(warning.code, warning.message, t)
                  : t('import.warning.line', { line: warning.line, message: describeCode(warning.code, warning.message, t) })}
              </Typography>
            ))}
          </Flex>
        )}
      </Section>
    </Flex>
  );
};

export const ImportPage = () => {
  const t = useMessages();
  const { post } = useFetchClient();
  const [file, setFile] = React.useState<File | null>(null);
  const [images, setImages] = React.useState<File[]>([]);
  const [locale, setLocale] = React.useState<string>(LOCALES[0]);
  const [preview, setPreview] = React.useState<ImportResult | null>(null);
  const [imported, setImported] = React.useState<ImportResult | null>(null);
  const [errorLines, setErrorLines] = React.useState<string[]>([]);
  const [busy, setBusy] = React.useState(false);

  // a new file, image or language makes the preview stale
  const reset = () => {
    setPreview(null);
    setImported(null);
    setErrorLines([]);
  };

  const send = async (dryRun: boolean) => {
    if (!file) {
      setErrorLines([t('import.error.noFile')]);
      return;
    }
    const form = new FormData();
    form.append('file', file, file.name);
    for (const image of images) form.append('images', image, image.name);
    form.append('dryRun', String(dryRun));
    form.append('locale', locale);
    setBusy(true);
    setErrorLines([]);
    try {
      const { data } = await post<{ data: ImportResult }>('/newsroom-media/imports', form);
      if (dryRun) setPreview(data.data);
      else setImported(data.data);
    } catch (error) {
      setErrorLines(describeError(error, t));
    } finally {
      setBusy(false);
    }
  };

  const shown = imported ?? preview;
  const draftId = imported?.article.documentId ?? null;

  return (
    <Page.Main>
      <Page.Title>{t('import.title')}</Page.Title>
      <Layouts.Header title={t('import.title')} subtitle={t('import.subtitle')} />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
            <Flex direction="column" alignItems="stretch" gap={4}>
              <Field.Root name="file" hint={t('import.file.hint')}>
                <Field.Label>{t('import.file.label')}</Field.Label>
                <input
                  type="file"
                  name="file"
                  accept=".txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                  onChange={(event) => {
                    setFile(event.target.files?.[0] ?? null);
                    reset();
                  }}
                />
                <Field.Hint />
              </Field.Root>
              <Field.Root name="images">
                <Field.Label>{t('import.images.label')}</Field.Label>
                <input
                  type="file"
                  name="images"
                  multiple
                  accept="image/*,.zip,application/zip"
                  onChange={(event) => {
                    setImages(Array.from(event.target.files ?? []));
                    reset();
                  }}
                />
              </Field.Root>
              <Field.Root name="locale">
                <Field.Label>{t('import.locale.label')}</Field.Label>
                <SingleSelect
                  value={locale}
                  onChange={(value) => {
                    setLocale(String(value));
                    reset();
                  }}
                >
                  {LOCALES.map((code) => (
                    <SingleSelectOption key={code} value={code}>
                      {t(`import.locale.${code}`)}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
              </Field.Root>
              <Flex gap={2}>
                <Button variant="secondary" onClick={() => send(true)} disabled={busy || !file} loading={busy && !preview}>
                  {t('import.preview')}
                </Button>
                <Button onClick={() => send(false)} disabled={busy || !preview || imported !== null} loading={busy && preview !== null}>
                  {t('import.confirm')}
                </Button>
                {draftId ? (
                  <LinkButton tag={RouterLink} to={articleEditPath(draftId, imported?.article.locale ?? locale)} variant="success">
                    {t('import.open')}
                  </LinkButton>
                ) : null}
              </Flex>
            </Flex>
          </Box>
          {errorLines.length > 0 ? (
            <Alert closeLabel="" variant="danger" title={t('import.error.title')} onClose={() => setErrorLines([])}>
              <Flex direction="column" alignItems="flex-start" gap={1} data-testid="import-error">
                {errorLines.map((line) => (
                  <span key={line}>{line}</span>
                ))}
              </Flex>
            </Alert>
          ) : null}
          {shown ? <ResultView result={shown} t={t} /> : null}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

/** Only for those with the import permission; the route is reachable by URL too. */
const ProtectedImportPage = () => (
  <Page.Protect permissions={IMPORT_PERMISSIONS}>
    <ImportPage />
  </Page.Protect>
);

export default ProtectedImportPage;
