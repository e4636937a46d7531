/**
 * GraphQL requests generated from the app's schema (introspected at setup): a random root query field with random
 * arguments (typed values, filters, junk of the wrong type), a random selection set through relations, components and
 * dynamic zones, sometimes with aliases, an argument passed as a variable, or a field the schema does not have.
 */

import fc from 'fast-check';
import {
  buildClientSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import type { Summary } from './model';
import type { FuzzRequest } from './requests';
import { hugeNumber, isoDate, junk, text } from './values';

/** A value and how it is written in a query; `json` is the same value as a variable. */
interface Value {
  literal: string;
  json: unknown;
}

const VARIABLE = '__variable__';

const raw = (value: unknown): Value => ({ literal: JSON.stringify(value) ?? 'null', json: value });

/** Junk written as a literal: a string, number, list or object whatever the argument's type. */
const junkValue: fc.Arbitrary<Value> = junk.map((value) => {
  const literalOf = (item: unknown): string => {
    if (Array.isArray(item)) return `[${item.map(literalOf).join(', ')}]`;
    if (item !== null && typeof item === 'object') {
      const entries = Object.entries(item).filter(([key]) => /^[_A-Za-z][_0-9A-Za-z]*$/.test(key));
      return `{${entries.map(([key, inner]) => `${key}: ${literalOf(inner)}`).join(', ')}}`;
    }
    return JSON.stringify(item) ?? 'null';
  };
  return { literal: literalOf(value), json: value };
});

export const graphqlRequest = (summary: Summary): fc.Arbitrary<FuzzRequest> => {
  const schema: GraphQLSchema = buildClientSchema(summary.graphql);
  const ids = [...Object.values(summary.known.documentIds).flat(), ...summary.drafts.draftOnlyDocumentIds];

  const scalarValue = (name: string): fc.Arbitrary<Value> => {
    switch (name) {
      case 'Int':
      case 'Long':
        return fc.oneof(fc.integer({ min: -3, max: 120 }), hugeNumber.filter((value) => typeof value === 'number')).map(raw);
      case 'Float':
        return fc.double({ noNaN: true, noDefaultInfinity: true }).map(raw);
      case 'Boolean':
        return fc.boolean().map(raw);
      case 'ID':
        return fc.oneof(fc.constantFrom(...(ids.length ? ids : ['none'])), text(24)).map(raw);
      case 'DateTime':
        return fc.oneof(isoDate, text(12)).map(raw);
      case 'Date':
        return fc.oneof(isoDate.map((iso) => iso.slice(0, 10)), text(12)).map(raw);
      case 'JSON':
        return fc.jsonValue({ maxDepth: 2 }).map((value) => ({ literal: JSON.stringify(JSON.stringify(value)), json: value }));
      default:
        return fc.oneof(text(), fc.constantFrom(...summary.drafts.markers)).map(raw);
    }
  };

  const memo = new Map<string, fc.Arbitrary<Value>>();
  const inputValue = (type: GraphQLInputType, depth: number): fc.Arbitrary<Value> => {
    if (isNonNullType(type)) return inputValue(type.ofType, depth);
    if (isListType(type)) {
      return fc.array(fc.constant(null).chain(() => inputValue(type.ofType, depth)), { maxLength: depth > 0 ? 3 : 1 }).map((items) => ({
        literal: `[${items.map((item) => item.literal).join(', ')}]`,
        json: items.map((item) => item.json),
      }));
    }
    const key = `${type.name}:${depth}`;
    const known = memo.get(key);
    if (known) return known;
    let arbitrary: fc.Arbitrary<Value>;
    if (isEnumType(type)) {
      arbitrary = fc.constantFrom(...type.getValues().map((value) => value.name)).map((name) => ({ literal: name, json: name }));
    } else if (isScalarType(type)) {
      arbitrary = scalarValue(type.name);
    } else {
      const fields = Object.values(type.getFields()).filter((field) => depth > 0 || !isInputObjectType(getNamedType(field.type)));
      arbitrary = fields.length
        ? fc.uniqueArray(fc.constantFrom(...fields), { minLength: 1, maxLength: 3, selector: (field) => field.name }).chain((chosen) =>
            fc.tuple(...chosen.map((field) => fc.constant(null).chain(() => inputValue(field.type, depth - 1)))).map((values) => ({
              literal: `{${chosen.map((field, index) => `${field.name}: ${values[index].literal}`).join(', ')}}`,
              json: Object.fromEntries(chosen.map((field, index) => [field.name, values[index].json])),
            }))
          )
        : fc.constant({ literal: '{}', json: {} });
    }
    const withJunk = fc.oneof({ weight: 12, arbitrary }, { weight: 1, arbitrary: junkValue });
    memo.set(key, withJunk);
    return withJunk;
  };

  interface Arguments {
    text: string;
    variables: Array<{ name: string; type: string; value: unknown }>;
  }
  const argumentsOf = (args: readonly GraphQLArgument[]): fc.Arbitrary<Arguments> => {
    if (args.length === 0) return fc.constant({ text: '', variables: [] });
    const required = args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
    return fc
      .tuple(
        fc.subarray([...args], { minLength: 0, maxLength: Math.min(3, args.length) }),
        fc.constant(null).chain(() => fc.array(fc.boolean(), { minLength: args.length, maxLength: args.length }))
      )
      .chain(([picked, asVariable]) => {
        const chosen = [...new Set([...required, ...picked])];
        return fc.tuple(...chosen.map((arg) => inputValue(arg.type, 2))).map((values) => {
          const variables: Arguments['variables'] = [];
          const parts = chosen.map((arg, index) => {
            if (asVariable[index]) {
              // named in order of appearance when the operation is put together
              variables.push({ name: '', type: String(arg.type), value: values[index].json });
              return `${arg.name}: $${VARIABLE}`;
            }
            return `${arg.name}: ${values[index].literal}`;
          });
          return { text: chosen.length ? `(${parts.join(', ')})` : '', variables };
        });
      });
  };

  /** A selection set of an output type: leaves, nested objects (depth-bounded), union members, a stray unknown field. */
  const selectionOf = (type: GraphQLOutputType, depth: number): fc.Arbitrary<{ text: string; variables: Arguments['variables'] }> => {
    const named = getNamedType(type);
    if (isLeafType(named)) return fc.constant({ text: '', variables: [] });
    if (isUnionType(named)) {
      return fc.subarray([...named.getTypes()], { minLength: 1, maxLength: Math.min(2, named.getTypes().length) }).chain((members) =>
        fc.tuple(...members.map((member) => selectionOf(member, depth))).map((parts) => ({
          text: `{ __typename ${members.map((member, index) => `... on ${member.name} ${parts[index].text}`).join(' ')} }`,
          variables: parts.flatMap((part) => part.variables),
        }))
      );
    }
    if (!isObjectType(named) && !isInterfaceType(named)) return fc.constant({ text: '{ __typename }', variables: [] });
    const fields = Object.values(named.getFields()).filter((field) => depth > 0 || isLeafType(getNamedType(field.type)));
    if (fields.length === 0) return fc.constant({ text: '{ __typename }', variables: [] });
    const field = fc.constantFrom(...fields).chain((chosen) =>
      fc.tuple(argumentsOf(chosen.args), fc.constant(null).chain(() => selectionOf(chosen.type, depth - 1)), fc.option(fc.constantFrom('a1', 'a2', 'second'), { freq: 8 })).map(([args, selection, alias]) => ({
        text: `${alias ? `${alias}: ` : ''}${chosen.name}${args.text} ${selection.text}`,
        variables: [...args.variables, ...selection.variables],
      }))
    );
    const unknown = fc.constantFrom('password', 'createdBy', 'email', 'zzUnknown', '__schema { types { name } }').map((name) => ({ text: name, variables: [] as Arguments['variables'] }));
    return fc
      .array(fc.oneof({ weight: 20, arbitrary: field }, { weight: 1, arbitrary: unknown }), { minLength: 1, maxLength: 4 })
      .map((parts) => ({ text: `{ documentId ${parts.map((part) => part.text).join(' ')} }`.replace('{ documentId', named.getFields().documentId ? '{ documentId' : '{ __typename'), variables: parts.flatMap((part) => part.variables) }));
  };

  const queryType = schema.getQueryType();
  if (!queryType) throw new Error('The GraphQL schema has no Query type');
  const roots = Object.values(queryType.getFields());
  const mutationType = schema.getMutationType();
  // content writes only: the public role may do none of them (auth mutations have limits of their own)
  const writes = mutationType ? Object.values(mutationType.getFields()).filter((field) => /^(create|update|delete)[A-Z]/.test(field.name) && !/UsersPermissions|UploadFile/.test(field.name)) : [];

  const operation = (kind: 'query' | 'mutation', candidates: typeof roots) =>
    fc.constantFrom(...candidates).chain((root) =>
      fc.tuple(argumentsOf(root.args), selectionOf(root.type, 3)).map(([args, selection]) => {
        // variables appear in the text in the order of this list
        const variables = [...args.variables, ...selection.variables].map((variable, index) => ({ ...variable, name: `v${index}` }));
        let next = 0;
        const body = `${root.name}${args.text} ${selection.text}`.replace(new RegExp(`\\$${VARIABLE}`, 'g'), () => `$v${next++}`);
        const header = variables.length ? `(${variables.map((variable) => `$${variable.name}: ${variable.type}`).join(', ')})` : '';
        return {
          root: root.name,
          query: `${kind} Fuzz${header} { ${body} }`,
          variables: Object.fromEntries(variables.map((variable) => [variable.name, variable.value])),
        };
      })
    );

  return fc
    .oneof({ weight: 20, arbitrary: operation('query', roots) }, ...(writes.length ? [{ weight: 1, arbitrary: operation('mutation', writes) }] : []))
    .map(({ root, query, variables }) => ({
      endpoint: `POST /graphql ${root}`,
      method: 'POST' as const,
      url: '/graphql',
      body: JSON.stringify({ query, variables }),
      contentType: 'application/json',
    }));
};
