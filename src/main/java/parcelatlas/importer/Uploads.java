package parcelatlas.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import parcelatlas.storage.Storage;

/**
 * Uploaded files waiting for their import, in the database so that any app node serves any
 * step. Each belongs to the user who uploaded it: to anyone else it does not exist. Uploads
 * expire after {@link #LIFETIME}; stale ones are purged whenever a new one is added.
 */
public final class Uploads {
  public static final Duration LIFETIME = Duration.ofHours(24);
  private static final String COLUMNS = "id, owner, file_name, size_bytes, sha256, created_at";
  private final Storage storage;
  private final Clock clock;

  public Uploads(Storage storage, Clock clock) {
    this.storage = storage;
    this.clock = clock;
  }

  /** Stores {@code content} (already checked) for {@code owner}, after purging expired uploads. */
  public Upload add(String owner, String fileName, Path content, long size, String sha256) {
    Upload upload = new Upload(UUID.randomUUID().toString(), owner, fileName, size, sha256, clock.instant());
    storage.inTransaction(c -> {
      try (PreparedStatement purge = c.prepareStatement("DELETE FROM import_uploads WHERE created_at < ?")) {
        purge.setTimestamp(1, Timestamp.from(upload.createdAt().minus(LIFETIME)));
        purge.executeUpdate();
      }
      try (PreparedStatement s = c.prepareStatement("INSERT INTO import_uploads (" + COLUMNS + ", content)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?)"); InputStream in = Files.newInputStream(content)) {
        s.setString(1, upload.id());
        s.setString(2, owner);
        s.setString(3, fileName);
        s.setLong(4, size);
        s.setString(5, sha256);
        s.setTimestamp(6, Timestamp.from(upload.createdAt()));
        s.setBinaryStream(7, in, Math.toIntExact(size));
        s.executeUpdate();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the received upload", e);
      }
      return null;
    });
    return upload;
  }

  /** The owner's upload, unless it has expired. */
  public Optional<Upload> find(String id, String owner) {
    return storage.read(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM import_uploads"
          + " WHERE id = ? AND owner = ? AND created_at >= ?")) {
        s.setString(1, id);
        s.setString(2, owner);
        s.setTimestamp(3, Timestamp.from(clock.instant().minus(LIFETIME)));
        try (ResultSet rs = s.executeQuery()) {
          return rs.next() ? Optional.of(upload(rs)) : Optional.<Upload>empty();
        }
      }
    });
  }

  /** Writes the upload's bytes to {@code target}. */
  public void copyContent(Upload upload, Path target) {
    storage.read(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT content FROM import_uploads WHERE id = ?")) {
        s.setString(1, upload.id());
        try (ResultSet rs = s.executeQuery()) {
          if (!rs.next()) {
            throw new IllegalStateException("upload " + upload.id() + " vanished");
          }
          try (InputStream in = rs.getBinaryStream(1)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot stage upload " + upload.id(), e);
          }
        }
      }
      return null;
    });
  }

  /** Deletes the owner's upload; false when there was none. */
  public boolean delete(String id, String owner) {
    return storage.inTransaction(c -> delete(c, id, owner)) == 1;
  }

  /** Deletes the owner's upload inside the caller's transaction; returns the rows deleted. */
  static int delete(Connection c, String id, String owner) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("DELETE FROM import_uploads WHERE id = ? AND owner = ?")) {
      s.setString(1, id);
      s.setString(2, owner);
      return s.executeUpdate();
    }
  }

  private static Upload upload(ResultSet rs) throws SQLException {
    Instant created = rs.getTimestamp("created_at").toInstant();
    return new Upload(rs.getString("id"), rs.getString("owner"), rs.getString("file_name"),
        rs.getLong("size_bytes"), rs.getString("sha256"), created);
  }
}
