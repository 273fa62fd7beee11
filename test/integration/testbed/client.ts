// A tiny HTTP client for the test bed's own tests: fetch without following redirects, plus an
// optional cookie jar (name → value) that sends back what the server set.

export type Jar = Map<string, string>;

export const basic = (username: string, password: string): string => 'Basic ' + Buffer.from(`${username}:${password}`).toString('base64');

export async function call(url: string, init: RequestInit & { jar?: Jar } = {}): Promise<{ status: number; headers: Headers; text: string }> {
  const headers = new Headers(init.headers);
  if (init.jar?.size) headers.set('cookie', [...init.jar].map(([k, v]) => `${k}=${v}`).join('; '));
  const response = await fetch(url, { ...init, headers, redirect: 'manual', signal: AbortSignal.timeout(10_000) });
  for (const cookie of response.headers.getSetCookie()) {
    const [pair = ''] = cookie.split(';');
    const eq = pair.indexOf('=');
    if (eq > 0) init.jar?.set(pair.slice(0, eq), pair.slice(eq + 1));
  }
  return { status: response.status, headers: response.headers, text: await response.text() };
}
