/**
 * The randomized stale-read checker (README, "Response cache"): on two instances a and b that share one database and
 * one Redis, a program of random writes (each acknowledged before the next) interleaved with random reads on a or b;
 * every read's status and JSON must equal what an uncached reader gets at the same moment.
 *
 * The uncached answer comes from a third instance with RESPONSE_CACHE=off on the same database (tests/helpers/
 * cluster.ts `oracle`): it runs the same code on the same rows, with no cache to be stale. An authenticated read on
 * a or b would bypass the cache too, but the public role's answer is what is cached, and an API token's may differ
 * (permissions, private fields). Nothing writes between two writes of the program (cron is off, the program waits
 * for each write's answer), so the oracle's answer to a request stays the same until the next write: it is asked
 * once per request between two writes, at the same time as the cached instance.
 *
 * The program comes from fast-check with a fixed seed: each step's write kind and numbers, resolved against what
 * exists when it runs (so one seed is one program on a given build).
 */

import { isDeepStrictEqual } from 'util';
import fc from 'fast-check';
import type { Accounts, Answer, Call } from '../../helpers/cluster-http';
import { readKey, readOf, relatedReads, TEMPLATES, type Read } from './reads';
import { ACTIVITY, ARTICLE, CAMPAIGN, CATEGORY, ORGANIZATION, PHOTO, PHOTOGRAPHER, TAG, WRITE_KINDS, World, type Choices, type WriteKind, type WriteRecord } from './world';

type Target = 'a' | 'b' | 'oracle';

export interface StaleCheckOptions {
  writes: number;
  seed: number;
  /** progress and mismatch lines */
  log?: (line: string) => void;
  /** stop early after this many mismatches have been reported in full (counting goes on) */
  reportMismatches?: number;
}

export interface Mismatch {
  step: number;
  instance: 'a' | 'b';
  xCache: string | null;
  request: string;
  /** where the bodies first differ, with both values */
  difference: string;
  /** the last writes before the read */
  lastWrites: string[];
}

export interface StaleCheckReport {
  seed: number;
  writes: number;
  writesByKind: Record<string, { accepted: number; refused: number; ms: number }>;
  /** reads on a or b, each compared with the oracle */
  reads: number;
  hits: number;
  misses: number;
  bypasses: number;
  readsByLabel: Record<string, number>;
  hitsByLabel: Record<string, number>;
  statuses: Record<string, number>;
  /** reads on a/b answered other than 200, by request and status */
  refusals: Record<string, number>;
  /** milliseconds spent writing and reading */
  writeMs: number;
  readMs: number;
  mismatchCount: number;
  mismatches: Mismatch[];
  seconds: number;
}

interface ReadChoice {
  template: number;
  n: number;
  locale: number;
  instance: boolean;
  /**
   * 0–3: a read made since the last write again (a hit, unless the cache missed it); 4–6: one of the last reads
   * across writes again (a hit only if what it shows did not change); else a new pick
   */
  again: number;
}

interface Step {
  kind: WriteKind;
  choices: Choices;
  /** the reads after the write and its related reads (relatedReads) */
  reads: ReadChoice[];
}

const stepArbitrary: fc.Arbitrary<Step> = fc.record({
  kind: fc.oneof(...WRITE_KINDS.map(({ kind, weight }) => ({ arbitrary: fc.constant(kind), weight }))),
  choices: fc.record({
    rest: fc.boolean(),
    picks: fc.array(fc.nat({ max: 1 << 20 }), { minLength: 4, maxLength: 4 }),
    bits: fc.nat({ max: 255 }),
    followUp: fc.nat({ max: 9 }).map((n) => n < 4),
  }),
  reads: fc.array(
    fc.record({ template: fc.nat({ max: TEMPLATES.length - 1 }), n: fc.nat({ max: 1 << 16 }), locale: fc.nat({ max: 3 }), instance: fc.boolean(), again: fc.nat({ max: 9 }) }),
    { minLength: 1, maxLength: 3 }
  ),
});

/** The program: `count` steps from the seed. */
export const programOf = (seed: number, count: number): Step[] => fc.sample(stepArbitrary, { seed, numRuns: count });

/** The first place where two JSON values differ, as `path: a vs b`. */
export const firstDifference = (cached: unknown, fresh: unknown, path = '$'): string | undefined => {
  if (isDeepStrictEqual(cached, fresh)) return undefined;
  if (typeof cached === 'object' && cached !== null && typeof fresh === 'object' && fresh !== null && Array.isArray(cached) === Array.isArray(fresh)) {
    const a = cached as Record<string, unknown>;
    const b = fresh as Record<string, unknown>;
    if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length) return `${path}: length ${a.length} vs ${b.length} (${JSON.stringify(a).slice(0, 300)} vs ${JSON.stringify(b).slice(0, 300)})`;
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const found = firstDifference(a[key], b[key], `${path}.${key}`);
      if (found) return found;
    }
  }
  return `${path}: ${JSON.stringify(cached)?.slice(0, 300)} vs ${JSON.stringify(fresh)?.slice(0, 300)}`;
};

/** A body as compared: parsed JSON, else the text as it was sent. */
const comparable = (answer: Answer): unknown => ('text' in answer.body && Object.keys(answer.body).length === 1 ? answer.text : answer.body);

/** The base set the program starts from: files, categories, tags, organizations, photographers, photos, articles, activities, campaigns. */
const seedWorld = async (world: World): Promise<void> => {
  for (let i = 0; i < 6; i += 1) if ((await world.upload(i)) === undefined) throw new Error('the upload API refused a seed image');
  const plain = [
    [CATEGORY, 3],
    [TAG, 4],
    [ORGANIZATION, 3],
    [PHOTOGRAPHER, 3],
  ] as const;
  for (const [uid, count] of plain) {
    for (let i = 0; i < count; i += 1) if (!(await world.createPlain(uid, -1 - i, i % 2 === 0, i * 5 + 1))) throw new Error(`could not create a seed ${uid}`);
  }
  const localized = [
    [PHOTO, 6],
    [ACTIVITY, 4],
    [CAMPAIGN, 2],
    [ARTICLE, 6],
  ] as const;
  let step = -100;
  for (const [uid, count] of localized) {
    for (let i = 0; i < count; i += 1) {
      step -= 1;
      const choices: Choices = { rest: i % 2 === 0, picks: [i * 7 + 1, i * 13 + 2, i * 3 + 5, i * 11 + 3], bits: i * 37, followUp: false };
      const created = await world.create(uid, step, choices, false);
      if (!created.ok) throw new Error(`could not create a seed ${uid}: ${created.what}`);
      if (i % 2 === 0) {
        const translated = await world.translate(world.localized[world.localized.length - 1], step, { ...choices, rest: true });
        if (!translated.ok) throw new Error(`could not translate a seed ${uid}: ${translated.what}`);
      }
    }
  }
};

const bump = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

export const runStaleCheck = async (call: Call<Target>, accounts: Accounts, options: StaleCheckOptions): Promise<StaleCheckReport> => {
  const startedAt = Date.now();
  const log = options.log ?? (() => undefined);
  const reportMismatches = options.reportMismatches ?? 20;
  let writer: 'a' | 'b' = 'a';
  const world = new World(call, accounts, () => writer);
  await seedWorld(world);

  const report: StaleCheckReport = {
    seed: options.seed,
    writes: 0,
    writesByKind: {},
    reads: 0,
    hits: 0,
    misses: 0,
    bypasses: 0,
    readsByLabel: {},
    hitsByLabel: {},
    statuses: {},
    refusals: {},
    writeMs: 0,
    readMs: 0,
    mismatchCount: 0,
    mismatches: [],
    seconds: 0,
  };
  const history: WriteRecord[] = [];
  const recent: Read[] = [];
  /** the oracle's answers since the last write, by request */
  let oracle = new Map<string, Promise<Answer>>();

  const send = (target: Target, read: Read) =>
    call(target, read.path, { method: read.method, json: read.json, headers: { 'Accept-Encoding': 'identity', ...read.headers } });

  const check = async (step: number, read: Read, instance: 'a' | 'b') => {
    const key = readKey(read);
    let fresh = oracle.get(key);
    if (!fresh) {
      fresh = send('oracle', read);
      oracle.set(key, fresh);
    }
    const began = Date.now();
    const [cached, uncached] = await Promise.all([send(instance, read), fresh]);
    report.readMs += Date.now() - began;
    report.reads += 1;
    if (cached.status !== 200) bump(report.refusals, `${read.label} ${cached.status}`);
    bump(report.readsByLabel, read.label);
    bump(report.statuses, String(cached.status));
    const xCache = cached.headers.get('x-cache');
    if (xCache === 'HIT') {
      report.hits += 1;
      bump(report.hitsByLabel, read.label);
    } else if (xCache === 'MISS') report.misses += 1;
    else report.bypasses += 1;
    if (read.label === 'feed page' || read.label === 'feed cursor') {
      const next = (uncached.body.meta as { nextCursor?: unknown } | undefined)?.nextCursor;
      if (typeof next === 'string' && world.cursors.length < 50) {
        const url = new URL(read.path, 'http://feed');
        url.searchParams.set('cursor', next);
        world.cursors.push(`${url.pathname}${url.search}`);
      }
    }
    if (process.env.STALE_CHECK_DEBUG && history[history.length - 1]?.kind === process.env.STALE_CHECK_DEBUG) log(`debug #${step} ${read.label} ${xCache} ${read.path.slice(0, 120)}`);
    const difference =
      cached.status !== uncached.status ? `status ${cached.status} vs ${uncached.status}` : firstDifference(comparable(cached), comparable(uncached));
    if (difference === undefined) return;
    report.mismatchCount += 1;
    const mismatch: Mismatch = {
      step,
      instance,
      xCache,
      request: key.slice(0, 600),
      difference,
      lastWrites: history.slice(-3).map((write) => `#${write.step} ${write.kind} (${write.via}) ${write.accepted ? '' : 'refused '}${write.description}`),
    };
    if (report.mismatches.length < reportMismatches) {
      report.mismatches.push(mismatch);
      log(`STALE at step ${step} on ${instance} (X-Cache ${xCache}): ${mismatch.request}\n  ${difference}\n  after ${mismatch.lastWrites.join('\n        ')}`);
    }
  };

  const program = programOf(options.seed, options.writes);
  let lastProgress = Date.now();
  for (const [index, step] of program.entries()) {
    // each write goes to a or b; the reads after it to either
    writer = step.choices.bits & 128 ? 'b' : 'a';
    const began = Date.now();
    const written = await world.write(step.kind, index, step.choices);
    const took = Date.now() - began;
    report.writeMs += took;
    oracle = new Map();
    history.push(written);
    if (history.length > 10) history.shift();
    report.writes += 1;
    const counts = (report.writesByKind[step.kind] ??= { accepted: 0, refused: 0, ms: 0 });
    counts.ms += took;
    if (written.accepted) counts.accepted += 1;
    else counts.refused += 1;

    const sinceWrite: Read[] = [];
    const reread = async (read: Read, instance: 'a' | 'b') => {
      await check(index, read, instance);
      sinceWrite.push(read);
      recent.push(read);
      if (recent.length > 12) recent.shift();
    };
    // first what the write was about (entries it must invalidate when they were read after the last write), then others
    const related = relatedReads(world);
    for (const [position, read] of related.slice(0, 4).entries()) await reread(read, (step.choices.bits >> position) & 1 ? 'b' : 'a');
    for (const choice of step.reads) {
      const read =
        choice.again < 4 && sinceWrite.length > 0
          ? sinceWrite[choice.n % sinceWrite.length]
          : choice.again < 7 && recent.length > 0
            ? recent[choice.n % recent.length]
            : readOf(world, choice.template, choice.n, choice.locale);
      if (read) await reread(read, choice.instance ? 'b' : 'a');
    }
    if (Date.now() - lastProgress > 15000) {
      lastProgress = Date.now();
      log(`  ${index + 1} writes, ${report.reads} reads, ${report.hits} hits, ${report.mismatchCount} mismatches, ${Math.round((Date.now() - startedAt) / 1000)} s`);
    }
  }
  report.seconds = Math.round((Date.now() - startedAt) / 100) / 10;
  return report;
};

export const formatReport = (report: StaleCheckReport): string => {
  const kinds = Object.entries(report.writesByKind)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([kind, { accepted, refused, ms }]) => `${kind} ${accepted}${refused ? ` (+${refused} refused)` : ''} ${Math.round(ms / (accepted + refused))} ms`)
    .join(', ');
  const labels = Object.entries(report.readsByLabel)
    .sort(([, a], [, b]) => b - a)
    .map(([label, count]) => `${label} ${count}/${report.hitsByLabel[label] ?? 0}`)
    .join(', ');
  const share = report.reads ? ((100 * report.hits) / report.reads).toFixed(1) : '0';
  return [
    `[stale-reads] seed ${report.seed}: ${report.writes} writes, ${report.reads} reads on a/b, ${report.hits} HITs (${share} %), ` +
      `${report.misses} MISSes, ${report.bypasses} other, ${report.mismatchCount} mismatches, ${report.seconds} s`,
    `[stale-reads] writes by kind (accepted, refused: nothing to do or a 4xx; mean time): ${kinds}`,
    `[stale-reads] reads/HITs by request: ${labels}`,
    `[stale-reads] statuses on a/b: ${JSON.stringify(report.statuses)}; not 200: ${JSON.stringify(report.refusals)}`,
    `[stale-reads] time writing ${Math.round(report.writeMs / 1000)} s, reading ${Math.round(report.readMs / 1000)} s`,
  ].join('\n');
};
