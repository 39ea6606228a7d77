package parcelatlas.importer;

import java.time.Instant;

/** A file a user uploaded for import, as stored (the bytes stay in the database). */
public record Upload(String id, String owner, String fileName, long size, String sha256, Instant createdAt) {}
