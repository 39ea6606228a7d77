// The import endpoints, through the pages' one fetch (api.js: CSRF token, refusals in the page's language).
import { requestJson, fetchMe, setCsrfToken, FetchError } from '../api.js';

/** A refused request: its localized message, status and, for refused imports, the problems. */
export const ImportError = FetchError;

export function whoAmI() {
  return fetchMe();
}

export function createImportApi(csrfToken) {
  setCsrfToken(csrfToken);
  const json = (method, body) => ({ method, json: body });
  return {
    /** Uploads the file itself as the body; answers {id, fileName, preview}. */
    upload(file, layer) {
      const query = new URLSearchParams({ layer, name: file.name });
      return requestJson(`/api/imports?${query}`, { method: 'POST', body: file, contentType: 'application/octet-stream' });
    },
    preview: (id, choices) => requestJson(`/api/imports/${encodeURIComponent(id)}/preview`, json('POST', choices)),
    commit: (id, choices) => requestJson(`/api/imports/${encodeURIComponent(id)}/commit`, json('POST', choices)),
    discard: (id) => requestJson(`/api/imports/${encodeURIComponent(id)}`, { method: 'DELETE' }),
  };
}
