package parcelatlas.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads the audit log, newest first. */
public final class AuditLog {
  /** One recorded change; old and new values are JSON text. */
  public record Entry(long id, Instant at, String actor, String action, String entity, String key,
      String oldValue, String newValue) {}

  private final Storage storage;

  public AuditLog(Storage storage) {
    this.storage = storage;
  }

  /** Entries, optionally of one entity kind (null for all), at most {@code limit}, before id {@code before} (null: newest). */
  public List<Entry> entries(String entity, Long before, int limit) {
    return storage.read(c -> {
      String sql = "SELECT id, occurred_at, actor, action, entity, entity_key, old_value, new_value FROM audit_log"
          + " WHERE (? IS NULL OR entity = ?) AND (? IS NULL OR id < ?) ORDER BY id DESC LIMIT ?";
      try (PreparedStatement s = c.prepareStatement(sql)) {
        s.setString(1, entity);
        s.setString(2, entity);
        s.setObject(3, before, java.sql.Types.BIGINT);
        s.setObject(4, before, java.sql.Types.BIGINT);
        s.setInt(5, limit);
        List<Entry> entries = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            entries.add(new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
          }
        }
        return entries;
      }
    });
  }
}
