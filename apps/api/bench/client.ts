/** Minimal GraphQL-over-HTTP client for the benchmark (cookie in, JSON out, errors counted). */
export async function gql(baseUrl: string, query: string, variables?: Record<string, unknown>, cookie?: string) {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: unknown[] };
  const setCookie = res.headers.get("set-cookie");
  return { ok: res.ok && !body.errors, body, cookie: setCookie ? setCookie.split(";")[0] : undefined };
}

export const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { mustChangePassword } }`;

export async function login(baseUrl: string, username: string, password: string): Promise<string> {
  const r = await gql(baseUrl, LOGIN, { i: { username, password } });
  if (!r.ok || !r.cookie) throw new Error(`login failed for ${username}: ${JSON.stringify(r.body.errors)}`);
  return r.cookie;
}
