package parcelatlas.contest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Published contests as published ({@code contest_publications}, {@code contest_results}): the
 * rule's settings and every place, inserted once and never updated, so a published result stays as
 * it was whatever the records, weights or flag counts do afterwards.
 */
final class ContestArchive {
  /** A published quarter: when, by whom, and the settings it was scored by. */
  record Publication(Quarter quarter, LocalDate asOf, String publishedBy, Instant publishedAt,
      ContestRule.Settings settings) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, Integer>> WEIGHTS = new TypeReference<>() {};
  private static final TypeReference<Map<String, Double>> POINTS = new TypeReference<>() {};

  private ContestArchive() {}

  static boolean exists(Connection c, Quarter quarter) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM contest_publications WHERE quarter = ?")) {
      s.setString(1, quarter.toString());
      try (ResultSet rs = s.executeQuery()) {
        return rs.next();
      }
    }
  }

  static void insert(Connection c, Publication p, Map<String, List<ContestRule.Standing>> standings)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO contest_publications (quarter, as_of, published_by,"
        + " published_at, weights, red_count, yellow_count) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      s.setString(1, p.quarter().toString());
      s.setDate(2, Date.valueOf(p.asOf()));
      s.setString(3, p.publishedBy());
      s.setTimestamp(4, Timestamp.from(p.publishedAt()));
      s.setString(5, json(p.settings().weights()));
      s.setInt(6, p.settings().red());
      s.setInt(7, p.settings().yellow());
      s.executeUpdate();
    }
    try (PreparedStatement s = c.prepareStatement("INSERT INTO contest_results (quarter, of_kind, name, label, score,"
        + " place, flag, points) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Map.Entry<String, List<ContestRule.Standing>> of : standings.entrySet()) {
        for (ContestRule.Standing st : of.getValue()) {
          s.setString(1, p.quarter().toString());
          s.setString(2, of.getKey());
          s.setString(3, st.name());
          s.setString(4, st.label());
          s.setObject(5, st.score(), Types.DOUBLE);
          s.setObject(6, st.rank(), Types.INTEGER);
          s.setString(7, st.flag());
          s.setString(8, json(st.points()));
          s.addBatch();
        }
      }
      s.executeBatch();
    }
  }

  static Optional<Publication> publication(Connection c, Quarter quarter) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT as_of, published_by, published_at, weights, red_count,"
        + " yellow_count FROM contest_publications WHERE quarter = ?")) {
      s.setString(1, quarter.toString());
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new Publication(quarter, rs.getDate(1).toLocalDate(), rs.getString(2),
            rs.getTimestamp(3).toInstant(), new ContestRule.Settings(read(rs.getString(4), WEIGHTS), rs.getInt(5),
            rs.getInt(6))));
      }
    }
  }

  /** The stored places of one kind ({@code townships} or {@code parks}), best first, then by name. */
  static List<ContestRule.Standing> standings(Connection c, Quarter quarter, String of) throws SQLException {
    List<ContestRule.Standing> all = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT place, name, label, score, flag, points FROM contest_results"
        + " WHERE quarter = ? AND of_kind = ? ORDER BY CASE WHEN place IS NULL THEN 1 ELSE 0 END, place, name")) {
      s.setString(1, quarter.toString());
      s.setString(2, of);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          all.add(new ContestRule.Standing(rs.getObject(1, Integer.class), rs.getString(2), rs.getString(3),
              rs.getObject(4, Double.class), rs.getString(5), read(rs.getString(6), POINTS)));
        }
      }
    }
    return all;
  }

  /** Every published quarter, newest first. */
  static List<Quarter> quarters(Connection c) throws SQLException {
    List<Quarter> quarters = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT quarter FROM contest_publications ORDER BY quarter DESC");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        String q = rs.getString(1).strip();
        quarters.add(new Quarter(Integer.parseInt(q.substring(0, 4)), Integer.parseInt(q.substring(5))));
      }
    }
    return quarters;
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write contest JSON", e);
    }
  }

  private static <T> T read(String text, TypeReference<T> type) {
    try {
      return JSON.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored contest JSON unreadable", e);
    }
  }
}
