/**
 * Which GraphQL requests the response cache may keep, decided on the `graphql` package's own parse of the query:
 * a document of queries only, no `DRAFT` status anywhere (literal, default or variable). The key is the printed
 * document, so two spellings of one query (spacing, comments) share an entry.
 */

import { Kind, parse, print, visit, type DocumentNode } from 'graphql';
import { stableJson } from './keys';

export interface GraphqlRequest {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
  extensions?: unknown;
}

/** The parsed document, or undefined for anything that is not GraphQL (Apollo answers it). */
const parsed = (query: unknown): DocumentNode | undefined => {
  if (typeof query !== 'string' || query.trim() === '') return undefined;
  try {
    return parse(query, { noLocation: true });
  } catch {
    return undefined;
  }
};

/** True when every operation of the document is a query (fragments aside). */
const onlyQueries = (document: DocumentNode): boolean =>
  document.definitions.every((definition) => definition.kind !== Kind.OPERATION_DEFINITION || definition.operation === 'query');

const asksForDrafts = (document: DocumentNode): boolean => {
  let drafts = false;
  visit(document, {
    EnumValue(node) {
      if (node.value === 'DRAFT') drafts = true;
    },
  });
  return drafts;
};

/**
 * The normalized form of a GraphQL request that only reads published content, or undefined: no query text (an
 * automatic persisted query may hide a mutation), not GraphQL, a mutation or subscription, or drafts asked for.
 */
export const publicGraphqlRead = (request: GraphqlRequest): string | undefined => {
  const document = parsed(request.query);
  if (!document || !onlyQueries(document) || asksForDrafts(document)) return undefined;
  let variables = request.variables;
  if (typeof variables === 'string') {
    try {
      variables = JSON.parse(variables) as unknown;
    } catch {
      return undefined; // Apollo reports it
    }
  }
  const normalizedVariables = stableJson(variables ?? null);
  if (normalizedVariables.includes('"DRAFT"')) return undefined;
  return stableJson({
    query: print(document),
    variables: normalizedVariables,
    operationName: request.operationName ?? null,
    extensions: request.extensions ?? null,
  });
};

/** True when a GraphQL body is a query (reads only); mutations and anything unclear are writes. */
export const isGraphqlRead = (body: unknown): boolean => {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
  const document = parsed((body as GraphqlRequest).query);
  return document !== undefined && onlyQueries(document);
};
