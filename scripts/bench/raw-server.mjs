// The raw limit of `npm run bench`: the JSON of our default article list (GET /api/articles, 25 a page, published,
// default locale, cover → image and photographer, category) from ONE hand-written SQL query through the same driver
// Strapi uses (better-sqlite3 or pg) and Node's http module. No framework, no validation, no permissions: what the
// database and the machine can do. The bench asserts that its body deep-equals our app's for the same page.
import http from 'node:http';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const postgres = process.env.DATABASE_CLIENT === 'postgres';
const LOCALE = 'zh-Hans';

const SQL = `
SELECT a.*, (SELECT COUNT(*) FROM articles c WHERE c.published_at IS NOT NULL AND c.locale = :locale) AS total__,
  p.id AS p_id, p.document_id AS p_document_id, p.caption AS p_caption, p.alt_text AS p_alt_text, p.credit_role AS p_credit_role,
  p.credit_name AS p_credit_name, p.credit_line AS p_credit_line, p.structured_data AS p_structured_data, p.taken_at AS p_taken_at,
  p.location AS p_location, p.copyright_notice AS p_copyright_notice, p.usage_terms AS p_usage_terms, p.metadata AS p_metadata,
  p.created_at AS p_created_at, p.updated_at AS p_updated_at, p.published_at AS p_published_at, p.locale AS p_locale,
  f.id AS f_id, f.document_id AS f_document_id, f.name AS f_name, f.alternative_text AS f_alternative_text, f.caption AS f_caption,
  f.focal_point AS f_focal_point, f.width AS f_width, f.height AS f_height, f.formats AS f_formats, f.hash AS f_hash, f.ext AS f_ext,
  f.mime AS f_mime, f.size AS f_size, f.url AS f_url, f.preview_url AS f_preview_url, f.provider AS f_provider,
  f.provider_metadata AS f_provider_metadata, f.created_at AS f_created_at, f.updated_at AS f_updated_at, f.published_at AS f_published_at,
  g.id AS g_id, g.document_id AS g_document_id, g.name AS g_name, g.name_en AS g_name_en, g.slug AS g_slug, g.default_role AS g_default_role,
  k.id AS k_id, k.document_id AS k_document_id, k.name AS k_name, k.name_en AS k_name_en, k.slug AS k_slug
FROM (SELECT * FROM articles WHERE published_at IS NOT NULL AND locale = :locale ORDER BY id LIMIT :limit OFFSET :offset) a
LEFT JOIN articles_cover_lnk cl ON cl.article_id = a.id
LEFT JOIN photos p ON p.id = cl.photo_id AND p.published_at IS NOT NULL
LEFT JOIN files_related_mph fm ON fm.related_id = p.id AND fm.related_type = 'api::photo.photo' AND fm.field = 'image'
LEFT JOIN files f ON f.id = fm.file_id
LEFT JOIN photos_photographer_lnk gl ON gl.photo_id = p.id
LEFT JOIN photographers g ON g.id = gl.photographer_id
LEFT JOIN articles_category_lnk kl ON kl.article_id = a.id
LEFT JOIN categories k ON k.id = kl.category_id
ORDER BY a.id`;

/** Runs the page query; resolves rows with datetimes as Date or epoch ms and JSON as text or objects. */
const database = () => {
  if (postgres) {
    const { Pool } = require('pg');
    const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
    const text = SQL.replace(':locale', '$1').replace(':locale', '$1').replace(':limit', '$2').replace(':offset', '$3')
      .replace('COUNT(*)', 'COUNT(*)::int');
    return async (limit, offset) => (await pool.query({ name: 'article-page', text, values: [LOCALE, limit, offset] })).rows;
  }
  const Database = require('better-sqlite3');
  const statement = new Database(process.env.DATABASE_FILENAME, { readonly: true }).prepare(SQL.replaceAll(':locale', '@locale').replace(':limit', '@limit').replace(':offset', '@offset'));
  return async (limit, offset) => statement.all({ locale: LOCALE, limit, offset });
};

const iso = (value) => (value === null || value === undefined ? null : new Date(value).toISOString());
const parsed = (value) => (typeof value === 'string' ? JSON.parse(value) : value ?? null);

const articleOf = (row) => ({
  id: row.id, documentId: row.document_id, title: row.title, kicker: row.kicker, subtitle: row.subtitle, slug: row.slug,
  summary: row.summary, source: row.source, publishDate: iso(row.publish_date), scheduledPublishAt: iso(row.scheduled_publish_at),
  scheduledUnpublishAt: iso(row.scheduled_unpublish_at), createdAt: iso(row.created_at), updatedAt: iso(row.updated_at),
  publishedAt: iso(row.published_at), locale: row.locale,
  cover: row.p_id === null ? null : {
    id: row.p_id, documentId: row.p_document_id, caption: row.p_caption, altText: row.p_alt_text, creditRole: row.p_credit_role,
    creditName: row.p_credit_name, creditLine: row.p_credit_line, structuredData: parsed(row.p_structured_data), takenAt: iso(row.p_taken_at),
    location: row.p_location, copyrightNotice: row.p_copyright_notice, usageTerms: row.p_usage_terms, metadata: parsed(row.p_metadata),
    createdAt: iso(row.p_created_at), updatedAt: iso(row.p_updated_at), publishedAt: iso(row.p_published_at), locale: row.p_locale,
    image: row.f_id === null ? null : {
      id: row.f_id, documentId: row.f_document_id, name: row.f_name, alternativeText: row.f_alternative_text, caption: row.f_caption,
      focalPoint: parsed(row.f_focal_point), width: row.f_width, height: row.f_height, formats: parsed(row.f_formats), hash: row.f_hash,
      ext: row.f_ext, mime: row.f_mime, size: row.f_size === null ? null : Number(row.f_size), url: row.f_url, previewUrl: row.f_preview_url, provider: row.f_provider,
      provider_metadata: parsed(row.f_provider_metadata), createdAt: iso(row.f_created_at), updatedAt: iso(row.f_updated_at),
      publishedAt: iso(row.f_published_at),
    },
    photographer: row.g_id === null ? null : { id: row.g_id, documentId: row.g_document_id, name: row.g_name, nameEn: row.g_name_en, slug: row.g_slug, defaultRole: row.g_default_role },
  },
  category: row.k_id === null ? null : { id: row.k_id, documentId: row.k_document_id, name: row.k_name, nameEn: row.k_name_en, slug: row.k_slug },
});

const page = database();
const server = http.createServer(async (request, response) => {
  try {
    const url = new URL(request.url, 'http://raw');
    if (url.pathname !== '/api/articles') {
      response.writeHead(404).end();
      return;
    }
    const pageSize = Math.min(Number(url.searchParams.get('pagination[pageSize]') ?? 25), 100);
    const pageNumber = Number(url.searchParams.get('pagination[page]') ?? 1);
    const rows = await page(pageSize, (pageNumber - 1) * pageSize);
    const total = Number(rows[0]?.total__ ?? 0);
    const body = JSON.stringify({
      data: rows.map(articleOf),
      meta: { pagination: { page: pageNumber, pageSize, pageCount: Math.ceil(total / pageSize), total } },
    });
    response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body) }).end(body);
  } catch (error) {
    response.writeHead(500).end(String(error));
  }
});
server.listen(0, '127.0.0.1', () => process.send?.({ type: 'listening', port: server.address().port }));
process.on('disconnect', () => process.exit(0));
