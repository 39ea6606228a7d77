package parcelatlas.bulletin;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import parcelatlas.storage.Storage;

/**
 * Issued bulletins, kept as issued: the PDF's bytes with their SHA-256, who issued them and when.
 * Rows are only ever inserted, never updated or deleted, so a bulletin downloaded again is the same
 * bytes whatever happened to the records since; issuing a month again adds a row.
 */
public final class BulletinArchive {
  /** One archived bulletin, without its bytes. */
  public record Issued(long id, YearMonth month, LocalDate asOf, String issuedBy, Instant issuedAt, String sha256,
      int bytes) {}

  private static final String COLUMNS = "id, month_start, as_of, issued_by, issued_at, sha256, byte_count";
  private final Storage storage;

  public BulletinArchive(Storage storage) {
    this.storage = storage;
  }

  /** SHA-256 of the bytes, lower-case hex. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /** Archives the PDF of {@code bulletin} issued by {@code user} at {@code at}. */
  public Issued add(Bulletin bulletin, byte[] pdf, String user, Instant at) {
    String hash = sha256(pdf);
    long id = storage.inTransaction(c -> {
      try (PreparedStatement s = c.prepareStatement("INSERT INTO bulletins (month_start, as_of, issued_by, issued_at,"
          + " sha256, byte_count, pdf) VALUES (?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
        s.setDate(1, Date.valueOf(bulletin.month().atDay(1)));
        s.setDate(2, Date.valueOf(bulletin.asOf()));
        s.setString(3, user);
        s.setTimestamp(4, Timestamp.from(at));
        s.setString(5, hash);
        s.setInt(6, pdf.length);
        s.setBytes(7, pdf);
        s.executeUpdate();
        try (ResultSet keys = s.getGeneratedKeys()) {
          keys.next();
          return keys.getLong(1);
        }
      }
    });
    return new Issued(id, bulletin.month(), bulletin.asOf(), user, at, hash, pdf.length);
  }

  /** Every archived bulletin, newest month first, then newest issue first. */
  public List<Issued> list() {
    return storage.read(c -> {
      List<Issued> all = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM bulletins"
          + " ORDER BY month_start DESC, id DESC"); ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          all.add(issued(rs));
        }
      }
      return all;
    });
  }

  /** An archived bulletin's record and bytes, as issued; empty when there is none with that id. */
  public Optional<java.util.Map.Entry<Issued, byte[]>> get(long id) {
    return storage.read(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + ", pdf FROM bulletins WHERE id = ?")) {
        s.setLong(1, id);
        try (ResultSet rs = s.executeQuery()) {
          return rs.next() ? Optional.of(java.util.Map.entry(issued(rs), rs.getBytes("pdf"))) : Optional.empty();
        }
      }
    });
  }

  private static Issued issued(ResultSet rs) throws java.sql.SQLException {
    return new Issued(rs.getLong("id"), YearMonth.from(rs.getDate("month_start").toLocalDate()),
        rs.getDate("as_of").toLocalDate(), rs.getString("issued_by"),
        rs.getTimestamp("issued_at").toInstant(), rs.getString("sha256"), rs.getInt("byte_count"));
  }
}
