/**
 * One fuzz case: send the request, then check what every public answer must satisfy: no 5xx, Strapi's error shape on
 * a 4xx (REST `{ data: null, error: { status, name, message } }`, GraphQL `errors[]` with `extensions.code`), no
 * private field name anywhere in a JSON body, none of the secret values (e-mails, password hashes) and no draft text
 * or draft-only documentId anywhere in the body.
 */

import type { Summary } from './model';
import type { FuzzRequest } from './requests';

export interface Answer {
  status: number;
  body: string;
}

/** How many requests went out again because the kept-alive connection they were sent on had just been closed. */
export const resentOnClosedConnection = { count: 0 };

/**
 * A kept-alive connection that the server closes (Node's 5 s idle timeout) just as the client reuses it fails the
 * request before the server reads it; on a loaded machine the client's own idle timer runs late and this happens.
 * HTTP clients send such a request again, once; the report counts how often.
 */
const closedConnection = (error: unknown): boolean => {
  const { code } = causeOf(error) ?? {};
  return code === 'UND_ERR_SOCKET' || code === 'ECONNRESET';
};

/**
 * The `cause` of an error thrown by fetch. Not by `instanceof Error`: under Jest the test runs in a realm of its own,
 * and Node's fetch throws errors of the main realm, for which `instanceof Error` is false.
 */
export const causeOf = (error: unknown): { code?: unknown; message?: unknown } | undefined => {
  const cause = typeof error === 'object' && error !== null ? (error as { cause?: unknown }).cause : undefined;
  return typeof cause === 'object' && cause !== null ? (cause as { code?: unknown; message?: unknown }) : undefined;
};

/** An error's message and its cause's, whatever realm it comes from. */
export const describeError = (error: unknown): string => {
  const message = typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string' ? (error as { message: string }).message : String(error);
  const cause = causeOf(error);
  return typeof cause?.message === 'string' ? `${message} (${cause.message})` : message;
};

export const send = async (baseUrl: string, request: FuzzRequest, resent = false): Promise<Answer> => {
  try {
    const response = await fetch(`${baseUrl}${request.url}`, {
      method: request.method,
      headers: request.contentType ? { 'content-type': request.contentType } : {},
      body: request.body,
      signal: AbortSignal.timeout(60000),
    });
    return { status: response.status, body: await response.text() };
  } catch (error) {
    if (resent || !closedConnection(error)) throw error;
    resentOnClosedConnection.count += 1;
    return send(baseUrl, request, true);
  }
};

/** The request as a command that replays it. */
export const renderRequest = (baseUrl: string, request: FuzzRequest): string =>
  [
    `${request.method} ${request.url}`,
    ...(request.body !== undefined ? [`content-type: ${request.contentType ?? ''}`, `body: ${request.body}`] : []),
    `curl -sS -X ${request.method} '${baseUrl}${request.url.replace(/'/g, "'\\''")}'` +
      (request.body !== undefined ? ` -H 'content-type: ${request.contentType ?? ''}' --data-binary '${request.body.replace(/'/g, "'\\''")}'` : ''),
  ].join('\n');

const parse = (body: string): unknown => {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
};

/** Every object key in a JSON value, with its path. */
const keysOf = (value: unknown, path: string, found: Array<[string, string]>): void => {
  if (Array.isArray(value)) value.forEach((item, index) => keysOf(item, `${path}[${index}]`, found));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      found.push([key, `${path}.${key}`]);
      keysOf(item, `${path}.${key}`, found);
    }
  }
};

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The problems with an answer; empty when it is fine. */
export const problemsOf = (summary: Summary, request: FuzzRequest, answer: Answer): string[] => {
  const problems: string[] = [];
  const json = parse(answer.body);
  const graphql = request.url === '/graphql';
  if (answer.status >= 500) problems.push(`status ${answer.status}`);

  const restError = (value: unknown): boolean => {
    const error = isRecord(value) ? value.error : undefined;
    return isRecord(value) && value.data === null && isRecord(error) && error.status === answer.status && typeof error.name === 'string' && typeof error.message === 'string';
  };
  if (graphql) {
    if (!isRecord(json)) problems.push('GraphQL answered with a body that is not a JSON object');
    // a body refused before GraphQL reads it (malformed JSON, prototype keys, too large) gets Strapi's REST error, as in Strapi itself
    else if (answer.status >= 400 && answer.status < 500 && restError(json)) return problemsAfterShape(summary, request, answer, json, problems);
    else if (json.errors !== undefined) {
      const valid = Array.isArray(json.errors) && json.errors.length > 0 &&
        json.errors.every((error) => isRecord(error) && typeof error.message === 'string' && isRecord(error.extensions) && typeof error.extensions.code === 'string');
      if (!valid) problems.push('GraphQL errors[] without message and extensions.code');
    } else if (answer.status >= 400) problems.push(`GraphQL ${answer.status} without errors[]`);
  } else if (answer.status >= 400 && answer.status < 500 && !restError(json)) {
    problems.push(`${answer.status} not in Strapi's error shape`);
  }
  return problemsAfterShape(summary, request, answer, json, problems);
};

/** Private keys, secret values and drafts, in any answer. */
const problemsAfterShape = (summary: Summary, request: FuzzRequest, answer: Answer, json: unknown, problems: string[]): string[] => {
  if (json !== undefined) {
    const keys: Array<[string, string]> = [];
    keysOf(json, '$', keys);
    const privateKeys = new Set(summary.privateKeys);
    for (const [key, path] of keys) if (privateKeys.has(key)) problems.push(`private field ${path}`);
  }

  const body = answer.body.toLowerCase();
  const echoed = decodeURIComponentSafe(`${request.url} ${request.body ?? ''}`).toLowerCase();
  for (const value of summary.secretValues) if (body.includes(value) && !echoed.includes(value)) problems.push(`secret value ${value} in the body`);
  for (const marker of summary.drafts.markers) if (body.includes(marker) && !echoed.includes(marker)) problems.push(`draft text ${marker} in the body`);
  if (answer.status < 400) {
    for (const documentId of summary.drafts.draftOnlyDocumentIds) if (body.includes(documentId.toLowerCase())) problems.push(`draft-only document ${documentId} in the body`);
  }
  return problems;
};

const decodeURIComponentSafe = (text: string): string => {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
};
