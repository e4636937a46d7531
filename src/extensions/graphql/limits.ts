/**
 * Limits on what one GraphQL request may ask for, beyond the plugin's own depthLimit and amountLimit:
 * aliases, tokens, directives and a cost estimate (@escape.tech/graphql-armor), no batched arrays of operations.
 * A request over a limit is refused before it runs: HTTP 400 with GRAPHQL_PARSE_FAILED (tokens: graphql-js's own
 * parser limit, which stops lexing at the limit; armor's token plugin throws outside Apollo's parse step, a 500) or
 * GRAPHQL_VALIDATION_FAILED (the others). Defaults leave every query of the app, its tests and README well inside.
 */

import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ValidationRule } from 'graphql';
import { envInt } from '../../utils/env';

export interface GraphqlLimits {
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  maxCost: number;
}

/** A limit of at least 1: 0 or a negative number would refuse every query (or, for armor, none). */
const limit = (name: string, fallback: number): number => {
  const value = envInt(name, fallback);
  if (value < 1) throw new Error(`${name} must be 1 or more, got ${value}`);
  return value;
};

export const graphqlLimits = (): GraphqlLimits => ({
  maxAliases: limit('GRAPHQL_MAX_ALIASES', 15),
  maxTokens: limit('GRAPHQL_MAX_TOKENS', 1000),
  maxDirectives: limit('GRAPHQL_MAX_DIRECTIVES', 50),
  maxCost: limit('GRAPHQL_MAX_COST', 5000),
});

/** The Apollo server options that enforce the limits; merged into the plugin's own (arrays are concatenated). */
export const graphqlLimitOptions = (
  limits: GraphqlLimits,
  { production }: { production: boolean }
): {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: { maxTokens: number };
  allowBatchedHttpRequests: false;
} => {
  const { plugins, validationRules } = new ApolloArmor({
    maxAliases: { n: limits.maxAliases },
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives },
    costLimit: { maxCost: limits.maxCost },
    // depth has one limit: the plugin's depthLimit (GRAPHQL_DEPTH_LIMIT)
    maxDepth: { enabled: false },
    // "Did you mean …" names fields a client did not ask for: a schema map without introspection
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return {
    plugins: plugins as ApolloServerPlugin[],
    validationRules: validationRules as ValidationRule[],
    parseOptions: { maxTokens: limits.maxTokens },
    allowBatchedHttpRequests: false,
  };
};
