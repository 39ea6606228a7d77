package parcelatlas.leads;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import parcelatlas.storage.Storage;

/**
 * One lead with what the detail pane shows: its notes (oldest first), its audited changes (oldest
 * first), the moves open to the reader ({@link LeadStatus#nextFor}) and the staff it may be
 * assigned to.
 */
public final class LeadDetail {
  /** A note as written. */
  public record Note(long id, String body, String by, Instant at) {}

  /** An audited change: the audit log's action and its old and new values (JSON text). */
  public record Change(Instant at, String actor, String action, String oldValue, String newValue) {}

  /** The lead and the rest. */
  public record View(Lead lead, List<Note> notes, List<Change> history, List<String> moves, List<String> assignees) {}

  /** At most this many notes and changes are shown (the newest ones). */
  static final int MAX_ROWS = 500;

  private final Storage storage;
  private final LeadInbox inbox;

  public LeadDetail(Storage storage, LeadInbox inbox) {
    this.storage = storage;
    this.inbox = inbox;
  }

  /** The lead's view; LeadRefused 404 when there is none, 403 for another park's. */
  public View view(LeadAccess access, long id) {
    Lead lead = inbox.get(access, id);
    return storage.read(c -> new View(lead, notes(c, id), history(c, id),
        LeadStatus.parse("status", lead.status()).nextFor(access.admin()).stream().map(LeadStatus::wire).toList(),
        assignees(c, lead.parkCode())));
  }

  private static List<Note> notes(Connection c, long id) throws SQLException {
    List<Note> notes = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT id, body, written_by, written_at FROM lead_notes"
        + " WHERE enquiry_id = ? ORDER BY id DESC LIMIT " + MAX_ROWS)) {
      s.setLong(1, id);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          notes.add(0, new Note(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()));
        }
      }
    }
    return notes;
  }

  private static List<Change> history(Connection c, long id) throws SQLException {
    List<Change> changes = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT occurred_at, actor, action, old_value, new_value FROM audit_log"
        + " WHERE entity = 'lead' AND entity_key = ? ORDER BY id DESC LIMIT " + MAX_ROWS)) {
      s.setString(1, String.valueOf(id));
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          changes.add(0, new Change(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4),
              rs.getString(5)));
        }
      }
    }
    return changes;
  }

  private static List<String> assignees(Connection c, String park) throws SQLException {
    List<String> names = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT username FROM users WHERE disabled = FALSE"
        + " AND " + LeadAccess.ASSIGNEE_RULE + " ORDER BY username LIMIT " + MAX_ROWS)) {
      s.setString(1, park);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
    }
    return names;
  }
}
