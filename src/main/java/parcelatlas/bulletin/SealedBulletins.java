package parcelatlas.bulletin;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * The H2 trigger (migration V1_27) that keeps issued bulletins unchanged: every UPDATE or DELETE of
 * a {@code bulletins} row fails with an SQL error, whoever runs it. On PostGIS a PL/pgSQL trigger of
 * the same name does the same (and refuses TRUNCATE too).
 */
public final class SealedBulletins implements Trigger {
  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    String operation = newRow == null ? "DELETE" : "UPDATE";
    throw new SQLException("an issued bulletin is archived unchanged: " + operation + " on bulletins is refused", "23000");
  }
}
