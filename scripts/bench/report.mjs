// bench/results/<date>[-compression|-working-day]-<db>[-quick].{json,md}: the figures of one run and the ratios against the issue's targets.
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const TARGETS = {
  'ours/vanilla (1/3)': '≥ 3',
  'ours explicit/vanilla (2/3)': '≥ 1',
  'by slug, fast/core (5)': '≥ 2',
  'ours/raw (1/4)': '—',
  'ours cached/raw (cached 1/4)': '≥ 1',
};

/** br, gzip and identity of the article list and the feed, cached and uncached (scripts/bench/compression.mjs). */
const compressionSection = ({ rows, ratios }) => [
  '### Compression',
  '',
  'Bytes: the body as sent (no decoding). "cached": the response cache at its default; "uncached": `RESPONSE_CACHE=off`, each coding made per request.',
  '',
  '| request | server | Accept-Encoding | req/s | p50 ms | p99 ms | bytes on the wire | X-Cache |',
  '|---|---|---|---:|---:|---:|---:|---|',
  ...rows.map((row) => `| ${row.name} | ${row.server} | ${row.encoding} | ${row.requestsPerSecond} | ${row.p50} | ${row.p99} | ${row.bytes} | ${row.xCache ?? '–'} |`),
  '',
  '| ratio (same run) | value |',
  '|---|---:|',
  ...Object.entries(ratios).map(([name, value]) => `| ${name} | ${value ?? '–'} |`),
];

const sectionOf = (run, timing) => {
  const header = [
    `## ${run.articles.toLocaleString('en')} articles`,
    '',
    `Bulk seed: ${run.seed.documents.toLocaleString('en')} documents (articles, their cover photos and image files, activities) in ${run.seed.seconds} s, **${run.seed.docsPerSecond.toLocaleString('en')} docs/s**; ` +
      `${timing.connections} connections, ${timing.warmup} s warm-up + ${timing.seconds} s measured per row.`,
    '',
  ];
  const compression = run.compression ? ['', ...compressionSection(run.compression)] : [];
  if (!run.reads) return [...header, ...compression.slice(1)].join('\n');
  const lines = [
    ...header,
    '| request | server | req/s | p50 ms | p99 ms | bytes | SQL queries | X-Cache |',
    '|---|---|---:|---:|---:|---:|---:|---|',
    ...run.reads.map((row) => `| ${row.name} | ${row.server} | ${row.requestsPerSecond} | ${row.p50} | ${row.p99} | ${row.bytes} | ${row.queries} | ${row.xCache ?? '–'} |`),
    '',
    '| write | ops/s | p50 ms | p99 ms | errors |',
    '|---|---:|---:|---:|---:|',
    ...run.writes.map((row) => `| ${row.name} | ${row.opsPerSecond} | ${row.p50} | ${row.p99} | ${row.errors} |`),
    '',
    '| ratio (same run) | value | target |',
    '|---|---:|---|',
    ...Object.entries(run.ratios).map(([name, value]) => `| ${name} | ${value ?? '–'} | ${TARGETS[name]} |`),
  ];
  if (run.coldStart) {
    lines.push(`| cold start, ${run.articles.toLocaleString('en')} articles / empty database (${run.coldStart.withArticlesMs} / ${run.coldStart.emptyMs} ms, median of ${run.coldStart.runs}) | ${run.coldStart.ratio} | ≤ 1.5 |`);
  }
  lines.push(...compression);
  return lines.join('\n');
};

const KIND_NAMES = {
  articleBySlug: 'article page by slug (`/api/articles?filters[slug][$eq]=…`)',
  activityBySlug: 'activity page by slug',
  listPage: 'article list page (`pagination[page]=N`)',
  categoryPage: "a category's list page",
  feed: '`/api/feed` and the cursors it gives out',
  stats: 'activity stats (group by × campaign or kind)',
  hub: 'campaign hubs (`/api/campaigns/:slug/hub`)',
  graphql: 'GraphQL: list pages, articles by slug',
};
const WORKING_DAY_TARGETS = { 'working day / reads only, tags': '≥ 0.8' };

/** The working-day benchmark (scripts/bench/working-day.mjs): both invalidation modes, both phases, the writers. */
export const workingDaySection = (day, runs = []) => {
  const { timing } = day;
  const phases = [['reads only', 'readsOnly'], ['working day', 'workingDay']];
  const seconds = { readsOnly: timing.readsSeconds, workingDay: timing.workingSeconds };
  const slugRows = day.bySlug?.rows ?? runs.find((run) => run.articles === day.articles)?.reads?.filter((row) => row.key === 'bySlug') ?? [];
  const slugRatio = day.bySlug?.ratio ?? runs.find((run) => run.articles === day.articles)?.ratios?.['by slug, fast/core (5)'];
  return [
    `## Working day: ${day.articles.toLocaleString('en')} articles (${day.database})`,
    '',
    `One database seeded once (${day.seed.documents.toLocaleString('en')} documents), copied for each mode; the built app with the response cache in Redis`,
    `(a key prefix per run and mode), \`CACHE_INVALIDATION=global\` (generations: every write empties the cache, the baseline) and \`tags\`.`,
    `Readers: ${timing.connections} connections (autocannon), ${day.distinctUrls.toLocaleString('en')} distinct URLs, the same sequence of requests in both modes`,
    `(one seeded generator); a kind of page by its share, then a URL of it by Zipf (s = 1) over its popularity rank (newest article first, page 1 first):`,
    '',
    '| kind of request | share | distinct URLs |',
    '|---|---:|---:|',
    ...day.mix.map((kind) => `| ${KIND_NAMES[kind.kind] ?? kind.kind} | ${Math.round(kind.share * 100)} % | ${kind.urls.toLocaleString('en')} |`),
    '',
    `Per mode: every URL read once (the cache filled, as after a day of readers: ${Object.entries(day.modes).map(([mode, figures]) => `${mode} ${figures.primedSeconds} s`).join(', ')}), a ${timing.warmup} s warm-up of the mix,`,
    `${timing.readsSeconds} s reads only, then ${timing.workingSeconds} s working day: the same readers while an editor (admin role`,
    `Editor) saves a draft of one of the ten newest published articles every ${timing.writers.draftSave / 1000} s (\`PUT /content-manager/collection-types/api::article.article/:documentId\`;`,
    `public content unchanged), publishes a prepared draft-only article every ${timing.writers.publish / 1000} s (\`POST …/:documentId/actions/publish\`) and a photographer`,
    `submits a 640×427 JPEG every ${timing.writers.photoSubmit / 1000} s (\`POST /api/photos/submit\`, a draft photo). Hit rate: X-Cache HIT / (HIT + MISS), counted by the client.`,
    '',
    '| mode | phase | req/s | p50 ms | p99 ms | hit rate | requests | non-2xx | errors |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|',
    ...Object.entries(day.modes).flatMap(([mode, figures]) =>
      phases.map(([name, key]) => {
        const row = figures[key];
        return `| ${mode} | ${name} (${seconds[key]} s) | ${row.requestsPerSecond} | ${row.p50} | ${row.p99} | ${row.hitRate ?? '–'} % | ${row.requests.toLocaleString('en')} | ${row.non2xx} | ${row.errors} |`;
      })),
    '',
    'Hit rate in the working day by kind of request:',
    '',
    `| kind of request | ${Object.keys(day.modes).map((mode) => `${mode}: hit rate | requests`).join(' | ')} |`,
    `|---|${Object.keys(day.modes).map(() => '---:|---:').join('|')}|`,
    ...day.mix.map((kind) => `| ${KIND_NAMES[kind.kind] ?? kind.kind} | ${Object.values(day.modes).map((figures) => {
      const ofKind = figures.workingDay.hitRateByKind?.[kind.kind];
      return `${ofKind?.hitRate ?? '–'} % | ${ofKind?.requests.toLocaleString('en') ?? 0}`;
    }).join(' | ')} |`),
    '',
    '| mode | writer | every | done | p50 ms | p99 ms | errors |',
    '|---|---|---:|---:|---:|---:|---:|',
    ...Object.entries(day.modes).flatMap(([mode, figures]) =>
      figures.workingDay.writers.map((row) => `| ${mode} | ${row.name} | ${row.periodMs / 1000} s | ${row.done} | ${row.p50} | ${row.p99} | ${row.errors} |`)),
    '',
    '| ratio (same run) | value | target |',
    '|---|---:|---|',
    ...Object.entries(day.ratios).map(([name, value]) => `| ${name} | ${value ?? '–'} | ${WORKING_DAY_TARGETS[name] ?? '—'} |`),
    ...Object.entries(day.modes).map(([mode, figures]) => `| hit rate in the working day, ${mode} | ${figures.workingDay.hitRate ?? '–'} % | ${mode === 'tags' ? '≥ 95 %' : '—'} |`),
    ...(slugRows.length
      ? [
          '',
          'The article page by slug uncached (`RESPONSE_CACHE=off`), the request a frontend makes for every article page: ours (the fast path) against',
          "Strapi's core controller (`ARTICLE_LIST_FAST_PATH=off`), the same JSON (asserted deep-equal), on the seeded database of this section.",
          '',
          '| request | server | req/s | p50 ms | p99 ms | SQL queries |',
          '|---|---|---:|---:|---:|---:|',
          ...slugRows.map((row) => `| ${row.name} | ${row.server} | ${row.requestsPerSecond} | ${row.p50} | ${row.p99} | ${row.queries} |`),
          '',
          `by slug, ours/core: **${slugRatio ?? '–'}** (target ≥ 2; queries per request constant, ≤ 4)`,
        ]
      : []),
  ].join('\n');
};

const megabytes = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;

/** The import benchmark's section (scripts/bench/import-pages.mjs), in this report and in its own files. */
export const importSection = (imports) => {
  const { text, docx } = imports.pages;
  const row = (name, key) => {
    const figures = imports.rows[key];
    return `| ${name} | ${figures.runs} | ${figures.medianMs} | ${figures.p90Ms ?? '–'} | ${figures.requests} | ${figures.queries} |`;
  };
  return [
    `## Import (${imports.machine.database})`,
    '',
    `Time per page: one \`POST /api/imports\` (\`dryRun=false\`) against the same draft article, photos and files made through the REST API`,
    'request by request (per photo: upload, then the photo; each credited photographer looked up, created if missing; then the',
    'article with its body), by a client handed the parsed page. Both paths are checked to give the same documents first. Sequential',
    'requests, a full-access API token; one untimed page each way, then the two ways take turns page by page.',
    `Text: the seed page (${text.photos} photos) with ${text.photos} JPEGs of ${text.image}, quality 85 (${megabytes(text.imageBytes)} in all). .docx: the seed page cut to ${docx.photos} photos, ` +
      `with ${docx.photos} embedded JPEGs of ${docx.image}, quality 85 (a ${megabytes(docx.pageBytes)} file)` +
      (imports.rows.docxImport.runs < imports.rows.textImport.runs ? `; fewer runs than the text page: each stores ${docx.photos} large images and their formats.` : '.'),
    '',
    '| page | runs | median ms | p90 ms | HTTP requests | SQL queries |',
    '|---|---:|---:|---:|---:|---:|',
    row('text, import', 'textImport'),
    row('text, request by request', 'textRest'),
    row('.docx, import', 'docxImport'),
    row('.docx, request by request', 'docxRest'),
    '',
    '| ratio (same run) | value |',
    '|---|---:|',
    `| text: request by request / import | ${imports.ratios.text} |`,
    `| .docx: request by request / import | ${imports.ratios.docx} |`,
  ].join('\n');
};

export const writeReport = ({ root, database, runs, timing, quick, machine, imports, part, workingDay }) => {
  const date = new Date().toISOString();
  const stamp = date.slice(0, 10);
  const name = `${stamp}${part ? `-${part}` : ''}-${database}${quick ? '-quick' : ''}`;
  const result = { date, machine: { ...machine, database }, timing, runs, ...(imports ? { imports } : {}), ...(workingDay ? { workingDay } : {}) };
  const command = `\`npm run bench${quick || part ? ' --' : ''}${quick ? ' --quick' : ''}${part ? ` --only=${part}` : ''}\``;
  const introduction = part
    ? [`# ${part === 'working-day' ? 'Working-day' : 'Compression'} benchmark: ${database} (${stamp}, ${machine.cpus} cores, Node ${machine.node})`, '', `Produced by ${command}.`, '']
    : [
        `# Read and write${imports ? ', import' : ''}${workingDay ? ', working day' : ''} benchmark: ${database} (${stamp}, ${machine.cpus} cores, Node ${machine.node})`,
        '',
        `Produced by ${command}. Request 1 is \`GET /api/articles?pagination[pageSize]=25\` with our default populate;`,
        "2 the same with that populate spelled out; 3 request 2 on Strapi's core controllers with none of our middlewares",
        '(`NEWSROOM_VANILLA=true RESPONSE_CACHE=off`); 4 the same JSON (asserted deep-equal) from one SQL query and `node:http`.',
        '"ours" runs with `RESPONSE_CACHE=off`, "ours+cache" with the response cache at its default. SQL queries are counted on',
        'the knex connection for one request after a first one (BEGIN/COMMIT included).',
        '',
      ];
  const markdown = [
    ...introduction,
    ...runs.map((run) => sectionOf(run, timing)),
    ...(imports ? ['', importSection(imports)] : []),
    ...(workingDay ? ['', workingDaySection(workingDay, runs)] : []),
    '',
  ].join('\n');
  writeFileSync(path.join(root, 'bench/results', `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(path.join(root, 'bench/results', `${name}.md`), markdown);
  console.log(`\n${markdown}`);
  return name;
};
