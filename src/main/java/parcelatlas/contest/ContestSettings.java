package parcelatlas.contest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parcelatlas.domain.BadInput;
import parcelatlas.domain.ErrorCode;
import parcelatlas.figures.Rankings;
import parcelatlas.storage.AuditTrail;
import parcelatlas.storage.Storage;

/**
 * The contest's settings in the database ({@code contest_weights}, {@code contest_flags}): each
 * ranked figure's weight, whole numbers from 0 to {@value #MAX_WEIGHT}, and how many red and
 * yellow flags, 0 to {@value #MAX_FLAGS}. Seeded with 开工率 20, 投资完成率 20, 竣工投产率 15,
 * 亩均投资强度 10, 亩均税收 10, 签约 10, 拆除 10, 腾空 5; 5 red, 2 yellow. Every change is
 * audited (entity {@value #ENTITY}) in the transaction that makes it.
 */
public final class ContestSettings {
  public static final int MAX_WEIGHT = 100;
  public static final int MAX_FLAGS = 50;
  public static final String ENTITY = "contest_settings";
  private final Storage storage;

  public ContestSettings(Storage storage) {
    this.storage = storage;
  }

  /** The settings now. */
  public ContestRule.Settings current() {
    return storage.read(ContestSettings::read);
  }

  static ContestRule.Settings read(Connection c) throws SQLException {
    Map<String, Integer> weights = new LinkedHashMap<>();
    Rankings.METRICS.keySet().forEach(key -> weights.put(key, 0));
    try (PreparedStatement s = c.prepareStatement("SELECT figure, weight FROM contest_weights");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        if (weights.containsKey(rs.getString(1))) {
          weights.put(rs.getString(1), rs.getInt(2));
        }
      }
    }
    try (PreparedStatement s = c.prepareStatement("SELECT red_count, yellow_count FROM contest_flags WHERE id = 1");
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return new ContestRule.Settings(weights, rs.getInt(1), rs.getInt(2));
    }
  }

  /**
   * Changes the weights named in {@code weights} (others kept) and the flag counts given (null:
   * kept), recording {@code actor}. Refused, changing nothing, with a {@link BadInput} naming the
   * member: a figure that is not ranked, a weight or count out of range, every weight 0. A change
   * that changes nothing is not audited.
   */
  public ContestRule.Settings update(String actor, Map<String, Integer> weights, Integer red, Integer yellow) {
    List<String> allowed = List.copyOf(Rankings.METRICS.keySet());
    weights.forEach((key, weight) -> {
      if (!Rankings.METRICS.containsKey(key)) {
        throw new BadInput(ErrorCode.UNKNOWN_PARAMETER, "weights." + key + " is not a ranked figure; allowed: "
            + allowed, "field", "weights." + key, "allowed", allowed);
      }
      bounded("weights." + key, weight, MAX_WEIGHT);
    });
    bounded("red", red, MAX_FLAGS);
    bounded("yellow", yellow, MAX_FLAGS);
    return storage.inTransaction(c -> {
      ContestRule.Settings before = read(c);
      Map<String, Integer> merged = new LinkedHashMap<>(before.weights());
      merged.putAll(weights);
      if (merged.values().stream().allMatch(w -> w == 0)) {
        throw new BadInput(ErrorCode.CONTEST_WEIGHTS_ALL_ZERO, "weights: at least one figure must weigh more than 0",
            "field", "weights");
      }
      ContestRule.Settings after = new ContestRule.Settings(merged, red == null ? before.red() : red,
          yellow == null ? before.yellow() : yellow);
      try (PreparedStatement s = c.prepareStatement("UPDATE contest_weights SET weight = ? WHERE figure = ?")) {
        for (Map.Entry<String, Integer> w : weights.entrySet()) {
          s.setInt(1, w.getValue());
          s.setString(2, w.getKey());
          if (s.executeUpdate() == 0) {
            insert(c, w.getKey(), w.getValue());
          }
        }
      }
      try (PreparedStatement s = c.prepareStatement("UPDATE contest_flags SET red_count = ?, yellow_count = ? WHERE id = 1")) {
        s.setInt(1, after.red());
        s.setInt(2, after.yellow());
        s.executeUpdate();
      }
      if (!after.equals(before)) {
        AuditTrail.record(c, actor, "update", ENTITY, "contest", before, after);
      }
      return after;
    });
  }

  private static void insert(Connection c, String figure, int weight) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO contest_weights (figure, weight) VALUES (?, ?)")) {
      s.setString(1, figure);
      s.setInt(2, weight);
      s.executeUpdate();
    }
  }

  private static void bounded(String field, Integer value, int max) {
    if (value != null && (value < 0 || value > max)) {
      throw new BadInput(ErrorCode.WHOLE_NUMBER_OUT_OF_RANGE, field + " must be a whole number from 0 to " + max,
          "field", field, "min", 0, "max", max);
    }
  }
}
