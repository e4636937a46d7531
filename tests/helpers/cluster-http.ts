/**
 * HTTP for the cluster tier: fetch on a named target's address with a bearer token or a JSON body, and the admin
 * side of a new production install set up over HTTP (the first admin, an editor, a full-access API token, a
 * photographer of the users-permissions plugin).
 */

export type Json = Record<string, any>;

export interface Answer {
  status: number;
  headers: Headers;
  /** the parsed JSON, or `{ text }` when the body is not JSON */
  body: Json;
  /** the body as sent */
  text: string;
  response: Response;
}

export type CallInit = RequestInit & { json?: unknown; auth?: string };

export type Call<Target extends string> = (target: Target, path: string, init?: CallInit) => Promise<Answer>;

/** A `call` on the addresses `baseUrlOf` gives. */
export const httpClient =
  <Target extends string>(baseUrlOf: (target: Target) => string): Call<Target> =>
  async (target, path, init = {}) => {
    const headers = new Headers(init.headers);
    if (init.auth) headers.set('Authorization', `Bearer ${init.auth}`);
    let body = init.body;
    if (init.json !== undefined) {
      headers.set('Content-Type', 'application/json');
      body = JSON.stringify(init.json);
    }
    const response = await fetch(`${baseUrlOf(target)}${path}`, { ...init, headers, body });
    const text = await response.text();
    let json: Json = {};
    try {
      json = text ? (JSON.parse(text) as Json) : {};
    } catch {
      json = { text };
    }
    return { status: response.status, headers: response.headers, body: json, text, response };
  };

export const expectStatus = <T extends { status: number; body: Json }>(result: T, status: number | number[]): T => {
  if (!(Array.isArray(status) ? status : [status]).includes(result.status)) throw new Error(`expected ${status}, got ${result.status}: ${JSON.stringify(result.body).slice(0, 500)}`);
  return result;
};

/** A Content Manager URL of a collection type. */
export const cm = (uid: string, rest = '') => `/content-manager/collection-types/${uid}${rest}`;

export interface Accounts {
  adminJwt: string;
  editorJwt: string;
  apiToken: string;
  photographerJwt: string;
}

/** The admin side of a new production install, over HTTP through `target`. */
export const setUpAccounts = async <Target extends string>(call: Call<Target>, target: Target): Promise<Accounts> => {
  const admin = expectStatus(
    await call(target, '/admin/register-admin', {
      method: 'POST',
      json: { firstname: 'Chief', lastname: 'Editor', email: 'chief@newsroom.test', password: 'Chief-Editor-2026' },
    }),
    [200, 201]
  );
  const adminJwt: string = admin.body.data.token;
  const roles = expectStatus(await call(target, '/admin/roles', { auth: adminJwt }), 200).body.data as Array<{ id: number; code: string }>;
  const editorRole = roles.find((role) => role.code === 'strapi-editor');
  const invited = expectStatus(
    await call(target, '/admin/users', {
      method: 'POST',
      auth: adminJwt,
      json: { firstname: 'Desk', lastname: 'Editor', email: 'editor@newsroom.test', roles: [editorRole?.id] },
    }),
    [200, 201]
  );
  const registered = expectStatus(
    await call(target, '/admin/register', {
      method: 'POST',
      json: {
        registrationToken: invited.body.data.registrationToken,
        userInfo: { firstname: 'Desk', lastname: 'Editor', password: 'Desk-Editor-2026' },
      },
    }),
    [200, 201]
  );
  const editorJwt: string = registered.body.data.token;
  const token = expectStatus(
    await call(target, '/admin/api-tokens', {
      method: 'POST',
      auth: adminJwt,
      json: { name: 'cluster tier', description: 'tests', type: 'full-access', lifespan: null },
    }),
    [200, 201]
  );
  const apiToken: string = token.body.data.accessKey;
  const upRoles = expectStatus(await call(target, '/users-permissions/roles', { auth: adminJwt }), 200).body.roles as Array<{
    id: number;
    type: string;
  }>;
  const photographerRole = upRoles.find((role) => role.type === 'photographer');
  expectStatus(
    await call(target, '/api/users', {
      method: 'POST',
      auth: apiToken,
      json: { username: 'li.ming', email: 'li.ming@newsroom.test', password: 'Photo-Desk-2026', role: photographerRole?.id, confirmed: true },
    }),
    [200, 201]
  );
  const login = expectStatus(
    await call(target, '/api/auth/local', { method: 'POST', json: { identifier: 'li.ming@newsroom.test', password: 'Photo-Desk-2026' } }),
    [200, 201]
  );
  return { adminJwt, editorJwt, apiToken, photographerJwt: login.body.jwt as string };
};
