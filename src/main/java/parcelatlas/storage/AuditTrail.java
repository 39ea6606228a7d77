package parcelatlas.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Writes the audit log: who did what to which thing, with the old and new values as JSON. */
public final class AuditTrail {
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private AuditTrail() {}

  /** Records a change inside the caller's transaction, so it lands or vanishes with it. */
  public static void record(Connection c, String actor, String action, String entity, String key,
      Object oldValue, Object newValue) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO audit_log (actor, action, entity, entity_key,"
        + " old_value, new_value) VALUES (?, ?, ?, ?, ?, ?)")) {
      s.setString(1, actor);
      s.setString(2, action);
      s.setString(3, entity);
      s.setString(4, key);
      s.setString(5, json(oldValue));
      s.setString(6, json(newValue));
      s.executeUpdate();
    }
  }

  private static String json(Object value) {
    if (value == null) {
      return null;
    }
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write an audit value", e);
    }
  }
}
