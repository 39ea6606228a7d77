package parcelatlas.figures;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Projects' stages on a day, by the one rule 开工率 and 竣工投产率 use ({@link FigureSql#STAGE_ON_DAY}):
 * the latest recorded change on or before the day; 谋划 when every change came later; the current
 * (imported) stage when the project has no history. For callers that already hold a connection.
 */
public final class ProjectStages {
  private ProjectStages() {}

  /**
   * Param: day. The SQL expression of a project {@code p}'s stage on the day, for statements that
   * filter or count by it in the database (an index lookup per project).
   */
  public static final String STAGE_OF_P = FigureSql.STAGE_ON_DAY;

  /** Every project's stage on the day, by code. */
  public static List<StageOnDay> all(Connection c, LocalDate day) throws SQLException {
    return query(c, FigureSql.STAGES_ON_DAY + FigureSql.STAGE_ORDER, day, List.of());
  }

  /** The stages on the day of the projects with these codes (a map view's page), by code. */
  public static List<StageOnDay> of(Connection c, Collection<String> codes, LocalDate day) throws SQLException {
    if (codes.isEmpty()) {
      return List.of();
    }
    return query(c, FigureSql.STAGES_ON_DAY + " WHERE 1 = 1" + FigureSql.codeIn("p.code", codes.size())
        + FigureSql.STAGE_ORDER, day, codes);
  }

  /** The project's stage on the day; empty when there is no such project. */
  public static Optional<String> of(Connection c, String code, LocalDate day) throws SQLException {
    return query(c, FigureSql.STAGES_ON_DAY + FigureSql.STAGE_ONE, day, List.of(code)).stream().findFirst()
        .map(StageOnDay::stage);
  }

  private static List<StageOnDay> query(Connection c, String sql, LocalDate day, Collection<String> codes)
      throws SQLException {
    List<StageOnDay> list = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setDate(1, Date.valueOf(day));
      int i = 2;
      for (String code : codes) {
        s.setString(i++, code);
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          list.add(new StageOnDay(rs.getString(1), rs.getString(2)));
        }
      }
    }
    return list;
  }
}
