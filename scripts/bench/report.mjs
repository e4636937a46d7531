// bench/results/<date>[-compression]-<db>[-quick].{json,md}: the figures of one run and the ratios against the issue's targets.
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

export const writeReport = ({ root, database, runs, timing, quick, machine, imports, part }) => {
  const date = new Date().toISOString();
  const stamp = date.slice(0, 10);
  const name = `${stamp}${part ? `-${part}` : ''}-${database}${quick ? '-quick' : ''}`;
  const result = { date, machine: { ...machine, database }, timing, runs, ...(imports ? { imports } : {}) };
  const command = `\`npm run bench${quick || part ? ' --' : ''}${quick ? ' --quick' : ''}${part ? ` --only=${part}` : ''}\``;
  const introduction = part
    ? [`# Compression benchmark: ${database} (${stamp}, ${machine.cpus} cores, Node ${machine.node})`, '', `Produced by ${command}.`, '']
    : [
        `# Read and write${imports ? ', import' : ''} benchmark: ${database} (${stamp}, ${machine.cpus} cores, Node ${machine.node})`,
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
    '',
  ].join('\n');
  writeFileSync(path.join(root, 'bench/results', `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(path.join(root, 'bench/results', `${name}.md`), markdown);
  console.log(`\n${markdown}`);
  return name;
};
