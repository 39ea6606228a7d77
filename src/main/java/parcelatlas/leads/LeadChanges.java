package parcelatlas.leads;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import parcelatlas.domain.BadInput;
import parcelatlas.domain.ErrorCode;
import parcelatlas.domain.PlainText;
import parcelatlas.storage.AuditTrail;
import parcelatlas.storage.Storage;

/**
 * Changes to a lead by staff who may see it ({@link LeadAccess}): a status move (by
 * {@link LeadStatus}'s rule), an assignment, a note. Each change is one transaction that locks the
 * lead's row, changes it and writes its audit entry (entity {@code lead}, key the id, old and new
 * values), so a refused change leaves nothing behind. Times are the app's clock.
 */
public final class LeadChanges {
  /** The longest note, in characters. */
  public static final int NOTE_MAX = 1000;

  private final Storage storage;
  private final Clock clock;

  public LeadChanges(Storage storage, Clock clock) {
    this.storage = storage;
    this.clock = clock;
  }

  /**
   * Moves the lead to {@code to}, with an optional note (required for {@code closed_lost}: the
   * reason). With {@code expected} given, refuses (409 {@code LeadStatusChanged}) when the lead is
   * no longer in it, so two officials cannot overwrite each other's move unseen. The first move out
   * of {@code new} records who answered and when ({@code handled_by}, {@code handled_at}).
   */
  public void move(LeadAccess access, long id, LeadStatus to, LeadStatus expected, String note) {
    String text = note == null || note.isBlank() ? null : noteText("note", note);
    if (to == LeadStatus.CLOSED_LOST && text == null) {
      throw new BadInput(ErrorCode.LEAD_LOSS_REASON_REQUIRED, "note must give the reason a lead was lost",
          "field", "note");
    }
    storage.inTransaction(c -> {
      LeadStatus from = LeadStatus.parse("status", lockedStatus(c, access, id));
      if (expected != null && expected != from) {
        throw new LeadRefused(409, ErrorCode.LEAD_STATUS_CHANGED, "the lead is " + from.wire() + " now, not "
            + expected.wire() + "; reload it", "expected", expected.wire(), "actual", from.wire());
      }
      from.requireMove(to, access.admin());
      Timestamp now = Timestamp.from(clock.instant());
      boolean firstAnswer = from == LeadStatus.NEW;
      try (PreparedStatement s = c.prepareStatement("UPDATE enquiries SET status = ?, status_changed_at = ?"
          + (firstAnswer ? ", handled_at = ?, handled_by = ?" : "") + " WHERE id = ? AND status = ?")) {
        int i = 1;
        s.setString(i++, to.wire());
        s.setTimestamp(i++, now);
        if (firstAnswer) {
          s.setTimestamp(i++, now);
          s.setString(i++, access.username());
        }
        s.setLong(i++, id);
        s.setString(i, from.wire());
        s.executeUpdate();
      }
      Map<String, Object> after = new LinkedHashMap<>();
      after.put("status", to.wire());
      if (text != null) {
        after.put("note", text);
        insertNote(c, id, text, access.username(), now);
      }
      AuditTrail.record(c, access.username(), "lead_status", "lead", String.valueOf(id),
          Map.of("status", from.wire()), after);
      return null;
    });
  }

  /**
   * Assigns the lead to {@code assignee} (null: nobody): an enabled admin, a city-wide official or
   * an official of the lead's park; anyone else is refused (400 {@code LeadAssigneeNotEligible}).
   */
  public void assign(LeadAccess access, long id, String assignee) {
    storage.inTransaction(c -> {
      lockedStatus(c, access, id);
      String park = single(c, "SELECT park_code FROM enquiries WHERE id = ?", id);
      if (assignee != null && !eligible(c, assignee, park)) {
        throw new BadInput(ErrorCode.LEAD_ASSIGNEE_NOT_ELIGIBLE, "assignee must be an active admin, a city-wide"
            + " official or an official of park " + park, "field", "assignee", "assignee", assignee, "park", park);
      }
      String old = single(c, "SELECT assigned_to FROM enquiries WHERE id = ?", id);
      try (PreparedStatement s = c.prepareStatement("UPDATE enquiries SET assigned_to = ? WHERE id = ?")) {
        s.setString(1, assignee);
        s.setLong(2, id);
        s.executeUpdate();
      }
      Map<String, Object> before = new LinkedHashMap<>();
      before.put("assigned_to", old);
      Map<String, Object> after = new LinkedHashMap<>();
      after.put("assigned_to", assignee);
      AuditTrail.record(c, access.username(), "lead_assign", "lead", String.valueOf(id), before, after);
      return null;
    });
  }

  /** Appends a note (1–{@value #NOTE_MAX} characters, may span lines, {@link PlainText}). */
  public void note(LeadAccess access, long id, String note) {
    String text = noteText("note", note);
    storage.inTransaction(c -> {
      lockedStatus(c, access, id);
      insertNote(c, id, text, access.username(), Timestamp.from(clock.instant()));
      AuditTrail.record(c, access.username(), "lead_note", "lead", String.valueOf(id), null, Map.of("note", text));
      return null;
    });
  }

  /** The note stripped; BadInput naming {@code field} when empty, too long or with a forbidden character. */
  static String noteText(String field, String note) {
    String text = note == null ? "" : note.strip();
    if (text.isEmpty() || text.length() > NOTE_MAX) {
      throw new BadInput(ErrorCode.TEXT_LENGTH, field + " must be text of 1 to " + NOTE_MAX + " characters",
          "field", field, "min", 1, "max", NOTE_MAX);
    }
    return PlainText.require(field, text, true);
  }

  /** Locks the lead's row and returns its status; 404 when there is none, 403 for another park's. */
  private static String lockedStatus(Connection c, LeadAccess access, long id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT status, park_code FROM enquiries WHERE id = ? FOR UPDATE")) {
      s.setLong(1, id);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw LeadInbox.notFound(id);
        }
        access.requireSees(rs.getString(2));
        return rs.getString(1);
      }
    }
  }

  private static boolean eligible(Connection c, String username, String park) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM users WHERE username = ? AND disabled = FALSE"
        + " AND " + LeadAccess.ASSIGNEE_RULE)) {
      s.setString(1, username);
      s.setString(2, park);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next();
      }
    }
  }

  private static void insertNote(Connection c, long id, String text, String by, Timestamp at) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO lead_notes (enquiry_id, body, written_by, written_at) VALUES (?, ?, ?, ?)")) {
      s.setLong(1, id);
      s.setString(2, text);
      s.setString(3, by);
      s.setTimestamp(4, at);
      s.executeUpdate();
    }
  }

  private static String single(Connection c, String sql, long id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, id);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }
}
