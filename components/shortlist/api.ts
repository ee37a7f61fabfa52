// Client-side calls to Scout's JSON API (the same routes, schemas and errors as any API client).
export type ApiResult<T> = { ok: true; data: T } | { ok: false; message: string; fields?: Record<string, string[]> };

export async function callApi<T = unknown>(method: "POST" | "PATCH" | "DELETE", url: string, body?: unknown): Promise<ApiResult<T>> {
  try {
    const res = await fetch(url, {
      method,
      headers: body === undefined ? undefined : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      // The share page sets Referrer-Policy: no-referrer, under which a browser sends "Origin: null"
      // on a POST; the server only accepts writes from its own origin.
      referrerPolicy: "same-origin",
    });
    const json = (await res.json().catch(() => null)) as { error?: { message?: string; fields?: Record<string, string[]> } } | null;
    if (!res.ok) return { ok: false, message: json?.error?.message ?? `The server answered ${res.status}.`, fields: json?.error?.fields };
    return { ok: true, data: json as T };
  } catch {
    return { ok: false, message: "Could not reach Scout. Check your connection and try again." };
  }
}

export const listUrl = (id: string, rest = "") => `/api/shortlists/${encodeURIComponent(id)}${rest}`;
