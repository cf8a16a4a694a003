import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

export interface GraphQLErrorBody {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; reason?: string; [key: string]: unknown };
}

export interface GraphQLResult<T> {
  status: number;
  data?: T | null;
  errors?: GraphQLErrorBody[];
  raw: string;
}

/** Sends a typed document (generated from test/operations) to the server over real HTTP. */
export async function send<TResult, TVariables>(
  url: string,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  token: string | undefined,
): Promise<GraphQLResult<TResult>> {
  return sendRaw<TResult>(url, JSON.stringify({ query: print(document), variables }), token);
}

export async function sendRaw<TResult = unknown>(
  url: string,
  body: string,
  token: string | undefined,
  headers: Record<string, string> = {},
): Promise<GraphQLResult<TResult>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body,
  });
  const raw = await response.text();
  let parsed: { data?: TResult | null; errors?: GraphQLErrorBody[] } = {};
  try {
    parsed = JSON.parse(raw) as typeof parsed;
  } catch {
    // not JSON: the assertions on `raw` and `status` will say so
  }
  return { status: response.status, data: parsed.data, errors: parsed.errors, raw };
}

/** Error codes of a result, in order. */
export const codes = (result: GraphQLResult<unknown>) =>
  (result.errors ?? []).map((e) => e.extensions?.code);

/**
 * The data of a response that must carry no errors. Isolation tests read a `null` field as
 * "invisible to this principal"; a resolver that crashed also answers `null` (with an error), so
 * they check through this.
 */
export function dataWithoutErrors<T>(result: GraphQLResult<T>): T {
  expect(result.errors).toBeUndefined();
  expect(result.data).toBeTruthy();
  return result.data!;
}
