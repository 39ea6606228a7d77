package parcelatlas.investor;

import parcelatlas.domain.BadInput;
import parcelatlas.domain.ErrorCode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import parcelatlas.domain.PlainText;
import parcelatlas.storage.Storage;

/**
 * Stores enquiries for park staff and limits how many one client may send per hour. The limit is
 * counted in the database, so it holds across app nodes; the client's address is stored only as
 * a salted SHA-256.
 */
public final class Enquiries {
  /** What the limit refuses with. */
  public static final class TooMany extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int limit;

    TooMany(int limit) {
      super("too many enquiries from this client: at most " + limit + " an hour; please try again later");
      this.limit = limit;
    }

    /** {@code limit}: enquiries an hour. */
    public java.util.Map<String, Object> params() {
      return java.util.Map.of("limit", limit);
    }
  }

  private final Storage storage;
  private final PublicParcels parcels;
  private final Clock clock;
  private final int perHour;
  private final String salt;

  public Enquiries(Storage storage, PublicParcels parcels, Clock clock, int perHour, String salt) {
    this.storage = storage;
    this.parcels = parcels;
    this.clock = clock;
    this.perHour = perHour;
    this.salt = salt;
  }

  /**
   * Stores the enquiry; throws BadInput for a text with a forbidden character
   * ({@link PlainText}: the message may span lines, the name, contact and parcel code may not) or an
   * contact that is no phone number or e-mail address ({@link Contact}, stored in its normal form), an
   * unknown parcel, TooMany past the limit.
   */
  public void submit(Enquiry enquiry, String clientAddress) {
    PlainText.require("parcel_code", enquiry.parcelCode(), false);
    PlainText.require("name", enquiry.name(), false);
    PlainText.require("contact", enquiry.contact(), false);
    PlainText.require("message", enquiry.message(), true);
    String contact = Contact.normalize("contact", enquiry.contact());
    String park = parcels.byCode(enquiry.parcelCode())
        .map(f -> (String) f.properties().get("park_code"))
        .orElseThrow(() -> new BadInput(ErrorCode.PARCEL_NOT_LAND_READY, "parcel_code '" + enquiry.parcelCode()
            + "' is not a land-ready parcel", "code", enquiry.parcelCode()));
    String client = clientKey(clientAddress);
    Instant now = clock.instant();
    storage.inTransaction(c -> {
      try (PreparedStatement count = c.prepareStatement(
          "SELECT COUNT(*) FROM enquiries WHERE client_key = ? AND created_at > ?")) {
        count.setString(1, client);
        count.setTimestamp(2, Timestamp.from(now.minus(Duration.ofHours(1))));
        try (ResultSet rs = count.executeQuery()) {
          rs.next();
          if (rs.getLong(1) >= perHour) {
            throw new TooMany(perHour);
          }
        }
      }
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO enquiries (parcel_code, park_code, name,"
          + " contact, message, client_key, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        insert.setString(1, enquiry.parcelCode());
        insert.setString(2, park);
        insert.setString(3, enquiry.name());
        insert.setString(4, contact);
        insert.setString(5, enquiry.message());
        insert.setString(6, client);
        insert.setTimestamp(7, Timestamp.from(now));
        insert.executeUpdate();
      }
      return null;
    });
  }

  /** An enquiry as park staff read it. */
  public record Received(long id, String parcelCode, String parkCode, String name, String contact, String message,
      Instant createdAt) {}

  /** The newest enquiries, all parks or one ({@code park} null for all), at most {@code limit}. */
  public java.util.List<Received> list(String park, int limit) {
    return storage.read(c -> {
      String sql = "SELECT id, parcel_code, park_code, name, contact, message, created_at FROM enquiries"
          + (park == null ? "" : " WHERE park_code = ?") + " ORDER BY created_at DESC, id DESC LIMIT ?";
      try (PreparedStatement s = c.prepareStatement(sql)) {
        int i = 1;
        if (park != null) {
          s.setString(i++, park);
        }
        s.setInt(i, limit);
        java.util.List<Received> list = new java.util.ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            list.add(new Received(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getTimestamp(7).toInstant()));
          }
        }
        return list;
      }
    });
  }

  private String clientKey(String address) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest((salt + "|" + address).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }
}
