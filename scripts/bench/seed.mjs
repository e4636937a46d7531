// Bulk seed for the benchmark: N articles, each with its own cover photo (an image file row with formats, a
// photographer's credit), a category and a campaign, and N activities with a photo and a campaign, written in one
// transaction of knex inserts. The rows are the ones Strapi's document service writes (checked against it:
// a draft and a published row per document and locale, relation rows for each, ord columns, the upload plugin's
// morph rows), so everything reads back through REST and GraphQL; `scripts/bench/reads.mjs` checks that it does.
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

// the credit roles and credit lines are the plugin's (built by `npm run build:local`, which `npm run bench` runs)
const { CREDIT_ROLES, formatCreditLine } = createRequire(import.meta.url)('#newsroom-media');

const LOCALE = 'zh-Hans';
const PHOTOGRAPHERS = 20;
const CATEGORIES = 8;
const CAMPAIGNS = 20;
const KINDS = ['heatRelief', 'visitsAndRelief', 'healthChecks', 'studentAid', 'skillsTraining', 'lectures', 'contests', 'culturalEvents', 'other'];
// the roles that credit a photographer by name
const ROLES = CREDIT_ROLES.filter((role) => role !== 'provided' && role !== 'filePhoto');
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';

const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
export const documentId = () => Array.from(randomBytes(24), (byte) => alphabet[byte % 36]).join('');

const formatsOf = (hash) =>
  Object.fromEntries(
    [['thumbnail', 234, 156], ['small', 500, 333], ['medium', 750, 500], ['large', 1000, 667]].map(([name, width, height]) => [
      name,
      { name: `${name}_${hash}.jpg`, hash: `${name}_${hash}`, ext: '.jpg', mime: 'image/jpeg', path: null, width, height,
        size: Number((width * height * 0.00012).toFixed(2)), sizeInBytes: Math.round(width * height * 0.12), url: `/uploads/${name}_${hash}.jpg` },
    ])
  );

/** Seeds `articles` articles and as many activities; returns documents per second for the whole write. */
export const bulkSeed = async (strapi, { articles }) => {
  const knex = strapi.db.connection;
  const postgres = strapi.db.dialect.client === 'postgres';
  const at = (ms) => (postgres ? new Date(ms) : ms); // datetime columns: Date for pg, epoch ms for SQLite (as Strapi stores them)
  const json = (value) => JSON.stringify(value);
  const now = Date.now();
  const start = performance.now();

  await knex.transaction(async (trx) => {
    const nextIds = {};
    const insert = async (table, rows) => {
      if (nextIds[table] === undefined) {
        const [{ max }] = await trx(table).max({ max: 'id' });
        nextIds[table] = Number(max ?? 0) + 1;
      }
      const ids = [];
      for (const row of rows) {
        row.id = nextIds[table];
        nextIds[table] += 1;
        ids.push(row.id);
      }
      for (let offset = 0; offset < rows.length; offset += 400) await trx(table).insert(rows.slice(offset, offset + 400));
      return ids;
    };
    const stamps = (published) => ({ created_at: at(now), updated_at: at(now), published_at: published ? at(now) : null });
    /** A draft and a published row per document, as draft & publish stores them: [[draftId, publishedId], …] */
    const both = async (table, make, count) => {
      const rows = [];
      for (let i = 0; i < count; i += 1) {
        const row = { document_id: documentId(), ...make(i), locale: LOCALE };
        rows.push({ ...row, ...stamps(false) }, { ...row, ...stamps(true) });
      }
      const ids = await insert(table, rows);
      return Array.from({ length: count }, (_, i) => [ids[2 * i], ids[2 * i + 1]]);
    };
    /** `ord` columns count a target's links in creation order, per target row */
    const counter = () => {
      const seen = new Map();
      return (key) => {
        const next = (seen.get(key) ?? 0) + 1;
        seen.set(key, next);
        return next;
      };
    };

    const photographers = Array.from({ length: PHOTOGRAPHERS }, (_, i) => ({
      document_id: documentId(), name: `${SURNAMES[i % SURNAMES.length]}摄影${i}`, name_en: `Photographer ${i}`, slug: `she-ying-${i}`,
      default_role: ROLES[i % ROLES.length], bio: null, ...stamps(true), locale: null,
    }));
    const photographerIds = await insert('photographers', photographers);
    const categoryIds = await insert('categories', Array.from({ length: CATEGORIES }, (_, i) => ({
      document_id: documentId(), name: `栏目${i}`, name_en: `Section ${i}`, slug: `lan-mu-${i}`, description: null, ...stamps(true), locale: null,
    })));
    const campaignIds = await both('campaigns', (i) => ({
      name: `专题${i}`, slug: `zhuan-ti-${i}`, slogan: `口号${i}`, description: null, start_date: `${2015 + (i % 10)}-03-01`, end_date: null, year: 2015 + (i % 10),
    }), CAMPAIGNS);

    const files = Array.from({ length: articles }, (_, i) => {
      const hash = `photo_${i}_${randomBytes(5).toString('hex')}`;
      return {
        document_id: documentId(), name: `photo-${i}.jpg`, alternative_text: null, caption: null, focal_point: null, width: 3000, height: 2000,
        formats: json(formatsOf(hash)), hash, ext: '.jpg', mime: 'image/jpeg', size: 812.5, url: `/uploads/${hash}.jpg`, preview_url: null,
        provider: 'local', provider_metadata: null, folder_path: '/', ...stamps(true), locale: null,
      };
    });
    const fileIds = await insert('files', files);
    const photoIds = await both('photos', (i) => {
      const photographer = photographers[i % PHOTOGRAPHERS];
      const creditLine = formatCreditLine({ creditRole: photographer.default_role, photographer: { name: photographer.name } }, LOCALE);
      return {
        caption: `第 ${i} 张新闻图片的说明`, alt_text: `图片 ${i}`, credit_role: photographer.default_role, credit_name: null, credit_line: creditLine,
        structured_data: json({ '@context': 'https://schema.org', '@type': 'ImageObject', contentUrl: files[i].url, width: 3000, height: 2000,
          caption: `第 ${i} 张新闻图片的说明`, inLanguage: LOCALE, creator: { '@type': 'Person', name: photographer.name }, creditText: creditLine }),
        taken_at: null, location: null, copyright_notice: null, usage_terms: null, metadata: null,
      };
    }, articles);
    await insert('files_related_mph', photoIds.flatMap((pair, i) =>
      pair.map((photoId) => ({ file_id: fileIds[i], related_id: photoId, related_type: 'api::photo.photo', field: 'image', order: 1 }))));
    const byPhotographer = counter();
    await insert('photos_photographer_lnk', photoIds.flatMap((pair, i) =>
      pair.map((photoId) => ({ photo_id: photoId, photographer_id: photographerIds[i % PHOTOGRAPHERS], photo_ord: byPhotographer(photographerIds[i % PHOTOGRAPHERS]) }))));

    const hour = 3600_000;
    const first = Date.UTC(2015, 0, 1);
    const articleIds = await both('articles', (i) => ({
      title: `文章标题 ${i}`, kicker: null, subtitle: null, slug: `wen-zhang-${i}`, summary: `第 ${i} 篇文章的摘要，职工服务与工会动态。`, source: null,
      publish_date: at(first + i * hour), scheduled_publish_at: null, scheduled_unpublish_at: null,
    }), articles);
    const byCategory = counter();
    const byArticleCampaign = counter();
    // a draft links to the target's draft row, a published row to its published row (targets with draft & publish)
    await insert('articles_cover_lnk', articleIds.flatMap((pair, i) => pair.map((articleId, v) => ({ article_id: articleId, photo_id: photoIds[i][v], article_ord: 1 }))));
    await insert('articles_category_lnk', articleIds.flatMap((pair, i) =>
      pair.map((articleId) => ({ article_id: articleId, category_id: categoryIds[i % CATEGORIES], article_ord: byCategory(categoryIds[i % CATEGORIES]) }))));
    await insert('articles_campaigns_lnk', articleIds.flatMap((pair, i) =>
      pair.map((articleId, v) => {
        const campaignId = campaignIds[i % CAMPAIGNS][v];
        return { article_id: articleId, campaign_id: campaignId, campaign_ord: 1, article_ord: byArticleCampaign(campaignId) };
      })));

    const day = 24 * hour;
    const activityIds = await both('activities', (i) => ({
      title: `活动 ${i}`, slug: `huo-dong-${i}`, kind: KINDS[i % KINDS.length], summary: `第 ${i} 项活动`, description: null,
      start_date: new Date(first + (i % 3650) * day).toISOString().slice(0, 10), end_date: null,
      funds_amount: (i % 1000) * 100.5, beneficiaries: i % 300, participants: i % 50, scheduled_publish_at: null, scheduled_unpublish_at: null,
    }), articles);
    await insert('activities_photos_lnk', activityIds.flatMap((pair, i) => pair.map((activityId, v) => ({ activity_id: activityId, photo_id: photoIds[i][v], photo_ord: 1, activity_ord: 1 }))));
    const byActivityCampaign = counter();
    await insert('activities_campaign_lnk', activityIds.flatMap((pair, i) =>
      pair.map((activityId, v) => {
        const campaignId = campaignIds[i % CAMPAIGNS][v];
        return { activity_id: activityId, campaign_id: campaignId, activity_ord: byActivityCampaign(campaignId) };
      })));

    if (postgres) {
      for (const table of Object.keys(nextIds)) {
        await trx.raw(`SELECT setval(pg_get_serial_sequence(?, 'id'), (SELECT MAX(id) FROM ??))`, [table, table]);
      }
    }
  });
  await knex.raw('ANALYZE'); // fresh statistics, as a database that grew over time would have

  const seconds = (performance.now() - start) / 1000;
  // documents: articles, photos, files, activities (+ the few photographers, categories, campaigns)
  const documents = articles * 4 + PHOTOGRAPHERS + CATEGORIES + CAMPAIGNS;
  return { documents, seconds: Number(seconds.toFixed(2)), docsPerSecond: Math.round(documents / seconds) };
};
