// A signed-in client of one Scout instance, over plain HTTP, as a browser would talk to it: the
// next-auth credentials sign-in, the session cookie, and writes with this instance's Origin.
export class ScoutClient {
  constructor(
    public base: string,
    public cookie = "",
  ) {}

  /** The same session (cookie) on another instance. */
  on(base: string): ScoutClient {
    return new ScoutClient(base, this.cookie);
  }

  async signIn(email: string, password: string): Promise<void> {
    const csrf = await fetch(`${this.base}/api/auth/csrf`);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const res = await fetch(`${this.base}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies, origin: this.base },
      body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
    });
    const session = res.headers.getSetCookie().map((c) => c.split(";")[0]!).find((c) => c.includes("session-token"));
    if (!session) throw new Error(`sign-in on ${this.base} failed (${res.status})`);
    this.cookie = session;
  }

  fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookie) headers.set("cookie", this.cookie);
    headers.set("origin", this.base);
    return fetch(`${this.base}${path}`, { ...init, headers, redirect: "manual" });
  }

  async json<T = Record<string, unknown>>(path: string, init: Omit<RequestInit, "body"> & { body?: unknown } = {}): Promise<{ status: number; body: T }> {
    const body = init.body === undefined || typeof init.body === "string" || init.body instanceof Uint8Array ? init.body : JSON.stringify(init.body);
    const headers = new Headers(init.headers);
    if (body !== undefined && !headers.has("content-type")) headers.set("content-type", "application/json");
    const res = await this.fetch(path, { ...init, headers, body: body as BodyInit | undefined });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      /* not JSON */
    }
    return { status: res.status, body: parsed as T };
  }
}
