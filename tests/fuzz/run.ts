/**
 * Runs fuzz cases against a served app with bounded concurrency: `concurrency` fast-check runners, runner k with seed
 * `seed + k` (then `seed + k + concurrency × round` after each failure, so that one failure does not end its share).
 * A failure is shrunk by fast-check; it is reported with its shrunk request and the seed and path that replay it.
 */

import fc from 'fast-check';
import { describeError, problemsOf, resentOnClosedConnection, send, type Answer } from './check';
import type { Summary } from './model';
import { buildRequests, type FuzzRequest } from './requests';

export interface FuzzOptions {
  /** runner k sends to baseUrls[k % length] */
  baseUrls: string[];
  summary: Summary;
  cases: number;
  seed: number;
  concurrency: number;
  /** replay one case: the seed and fast-check path a failure was reported with */
  replay?: { seed: number; path: string };
  onProgress?: (cases: number) => void;
  /** called with each failure as soon as it is shrunk */
  onFailure?: (failure: Failure) => void;
  /** stop starting new cases after this many milliseconds (the report then says so) */
  timeLimitMs?: number;
}

export interface Failure {
  baseUrl: string;
  seed: number;
  path: string;
  request: FuzzRequest;
  answer: Answer;
  problems: string[];
  /** what the case got the first time, when sending it again gave another answer */
  first?: { problems: string[]; answer?: Answer; error?: string };
}

export interface FuzzReport {
  cases: number;
  durationMs: number;
  /** true when the time limit stopped the run before `cases` */
  interrupted: boolean;
  perEndpoint: Record<string, number>;
  /** total milliseconds spent waiting for answers, per endpoint */
  msPerEndpoint: Record<string, number>;
  failures: Failure[];
}

class CaseFailed extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
  }
}

export const runFuzz = async ({ baseUrls, summary, cases, seed, concurrency, replay, onProgress, onFailure, timeLimitMs }: FuzzOptions): Promise<FuzzReport> => {
  const requests = buildRequests(summary);
  const perEndpoint: Record<string, number> = {};
  const msPerEndpoint: Record<string, number> = {};
  const failures: Failure[] = [];
  let done = 0;
  let interrupted = false;
  const started = Date.now();

  const runOnce = async (baseUrl: string, runSeed: number, numRuns: number, path?: string): Promise<number> => {
    let shrinking = false;
    let lastFailed: { problems: string[]; answer?: Answer; error?: string } | undefined;
    const property = fc.asyncProperty(requests, async (request) => {
      if (!shrinking) {
        done += 1;
        perEndpoint[request.endpoint] = (perEndpoint[request.endpoint] ?? 0) + 1;
        onProgress?.(done);
      }
      const sent = Date.now();
      let answer: Answer;
      try {
        answer = await send(baseUrl, request);
      } catch (error) {
        // no answer at all (connection reset, timeout): a failure of its own, with the reason kept for the report
        const reason = describeError(error);
        lastFailed = { problems: [`no answer: ${reason}`], error: reason };
        shrinking = true;
        throw new CaseFailed(lastFailed.problems);
      }
      if (!shrinking) msPerEndpoint[request.endpoint] = (msPerEndpoint[request.endpoint] ?? 0) + Date.now() - sent;
      const problems = problemsOf(summary, request, answer);
      if (problems.length > 0) {
        lastFailed = { problems, answer };
        shrinking = true;
        throw new CaseFailed(problems);
      }
    });
    const left = timeLimitMs === undefined ? undefined : Math.max(1, started + timeLimitMs - Date.now());
    const result = await fc.check(property, { seed: runSeed, numRuns, ...(path ? { path } : {}), ...(left === undefined ? {} : { interruptAfterTimeLimit: left }) });
    if (result.interrupted) interrupted = true;
    if (result.failed && result.counterexample) {
      const [request] = result.counterexample;
      const answer = await send(baseUrl, request);
      const problems = problemsOf(summary, request, answer);
      const failure: Failure = { baseUrl, seed: result.seed, path: result.counterexamplePath ?? '', request, answer, problems };
      if (problems.length === 0 && lastFailed) failure.first = lastFailed;
      failures.push(failure);
      onFailure?.(failure);
    } else if (result.failed) {
      throw new Error(`fast-check could not run the cases: ${String(result.errorInstance)}`);
    }
    return result.numRuns;
  };

  if (replay) {
    await runOnce(baseUrls[0], replay.seed, 1, replay.path);
  } else {
    const share = (k: number) => Math.floor(cases / concurrency) + (k < cases % concurrency ? 1 : 0);
    await Promise.all(
      Array.from({ length: concurrency }, async (_, k) => {
        let remaining = share(k);
        for (let round = 0; remaining > 0 && !interrupted; round += 1) {
          remaining -= await runOnce(baseUrls[k % baseUrls.length], (seed + k + concurrency * round) | 0, remaining);
        }
      })
    );
  }
  return { cases: done, durationMs: Date.now() - started, interrupted, perEndpoint, msPerEndpoint, failures };
};

export const formatReport = (report: FuzzReport, render: (baseUrl: string, request: FuzzRequest) => string): string => {
  const seconds = report.durationMs / 1000;
  const lines = [
    `${report.cases} cases in ${seconds.toFixed(1)} s: ${(report.cases / seconds).toFixed(0)} cases/s, ${report.failures.length} failure(s)` +
      (report.interrupted ? ' (stopped by the time limit before all cases ran)' : '') +
      (resentOnClosedConnection.count > 0 ? `, ${resentOnClosedConnection.count} request(s) sent again on a new connection after the kept-alive one was closed` : ''),
    'cases per endpoint (mean ms per answer):',
    ...Object.entries(report.perEndpoint)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([endpoint, count]) => `  ${String(count).padStart(7)}  ${endpoint}  (${((report.msPerEndpoint[endpoint] ?? 0) / count).toFixed(0)} ms)`),
  ];
  for (const [index, failure] of report.failures.entries()) {
    lines.push(
      '',
      `FAILURE ${index + 1}: ${failure.problems.join('; ') || `(passed when sent again; the first time: ${failure.first?.problems.join('; ') ?? 'unknown'})`}`,
      render(failure.baseUrl, failure.request),
      ...(failure.first?.answer ? [`first answer: ${failure.first.answer.status} ${failure.first.answer.body.slice(0, 600)}`] : []),
      `answer: ${failure.answer.status} ${failure.answer.body.slice(0, 600)}`,
      `replay: npm run fuzz -- --replay ${failure.seed}:${failure.path} (with the same --database)`
    );
  }
  return lines.join('\n');
};
