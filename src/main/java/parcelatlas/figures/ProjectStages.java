package parcelatlas.figures;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Projects' stages on a day, by the one rule 开工率 and 竣工投产率 use ({@link FigureSql#STAGE_ON_DAY}):
 * the latest recorded change on or before the day; 谋划 when every change came later; the current
 * (imported) stage when the project has no history. For callers that already hold a connection.
 */
public final class ProjectStages {
  private ProjectStages() {}

  /** Every project's stage on the day, by code. */
  public static List<StageOnDay> all(Connection c, LocalDate day) throws SQLException {
    return query(c, FigureSql.STAGES_ON_DAY + FigureSql.STAGE_ORDER, day, null);
  }

  /** The project's stage on the day; empty when there is no such project. */
  public static Optional<String> of(Connection c, String code, LocalDate day) throws SQLException {
    return query(c, FigureSql.STAGES_ON_DAY + FigureSql.STAGE_ONE, day, code).stream().findFirst()
        .map(StageOnDay::stage);
  }

  private static List<StageOnDay> query(Connection c, String sql, LocalDate day, String code) throws SQLException {
    List<StageOnDay> list = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setDate(1, Date.valueOf(day));
      if (code != null) {
        s.setString(2, code);
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
