/**
 * The monthly bulletin (月通报): built for a month from the stored records by the figures' own
 * code ({@link parcelatlas.bulletin.BulletinBuilder}), with praise and criticism lines from one rule
 * ({@link parcelatlas.bulletin.Verdicts}), drawn as a PDF with an embedded Chinese font
 * ({@link parcelatlas.bulletin.BulletinPdf}), and once issued archived unchanged with its SHA-256
 * ({@link parcelatlas.bulletin.BulletinArchive}).
 */
package parcelatlas.bulletin;
