// The import endpoints. Every signed-in write carries the session's CSRF token.

/** A refused request: the API's description and, for refused imports, the problems. */
export class ImportError extends Error {
  constructor(status, description, problems = []) {
    super(description || `HTTP ${status}`);
    this.status = status;
    this.problems = problems;
  }
}

async function send(url, init) {
  const response = await fetch(url, init);
  if (!response.ok) {
    const body = await response.json().catch(() => ({}));
    throw new ImportError(response.status, body.description, body.problems || []);
  }
  return response.status === 204 ? null : response.json();
}

export async function whoAmI() {
  return fetch('/api/me').then((r) => r.json()).catch(() => ({ signedIn: false }));
}

export function createImportApi(csrfToken) {
  const json = (method, body) => ({
    method, headers: { 'X-CSRF-Token': csrfToken, 'Content-Type': 'application/json' }, body: JSON.stringify(body),
  });
  return {
    /** Uploads the file itself as the body; answers {id, fileName, preview}. */
    upload(file, layer) {
      const query = new URLSearchParams({ layer, name: file.name });
      return send(`/api/imports?${query}`, {
        method: 'POST', headers: { 'X-CSRF-Token': csrfToken, 'Content-Type': 'application/octet-stream' }, body: file,
      });
    },
    preview: (id, choices) => send(`/api/imports/${encodeURIComponent(id)}/preview`, json('POST', choices)),
    commit: (id, choices) => send(`/api/imports/${encodeURIComponent(id)}/commit`, json('POST', choices)),
    discard: (id) => send(`/api/imports/${encodeURIComponent(id)}`, { method: 'DELETE', headers: { 'X-CSRF-Token': csrfToken } }),
  };
}
