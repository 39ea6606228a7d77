package parcelatlas.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.testing.Sql;
import parcelatlas.testing.TestDatabases;

/**
 * Work that fails with an Error (out of memory, say) after writing: the transaction is rolled back.
 * Before, only exceptions rolled back; after an Error the connection went back to autocommit with
 * the transaction open, which commits what was written so far.
 */
@Tag("database")
class TransactionErrorTest {

  @Test
  void an_error_inside_a_transaction_rolls_it_back() {
    try (Storage storage = TestDatabases.fresh()) {
      OutOfMemoryError simulated = new OutOfMemoryError("simulated");
      assertEquals(simulated, assertThrows(OutOfMemoryError.class, () -> storage.inTransaction(c -> {
        try (PreparedStatement s = c.prepareStatement(
            "INSERT INTO work_slots (client_key, slot, token, expires_at) VALUES ('k', 0, 't', ?)")) {
          s.setTimestamp(1, Timestamp.from(Instant.parse("2026-12-04T00:00:00Z")));
          s.executeUpdate();
        }
        throw simulated;
      })));
      assertEquals(0, Sql.count(storage, "work_slots"));
    }
  }
}
