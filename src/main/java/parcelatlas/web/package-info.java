/**
 * HTTP: every route in {@link parcelatlas.web.Routes}, thin handlers that parse, look up, call the
 * read side and pick a format, and typed errors turned into JSON responses in one place
 * ({@link parcelatlas.web.ApiErrors}).
 */
package parcelatlas.web;
