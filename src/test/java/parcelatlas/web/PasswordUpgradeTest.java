package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.storage.Storage;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;
import parcelatlas.testing.TestDatabases;

/** A user whose password was stored as bcrypt (before Argon2id) signs in over HTTP and is moved to Argon2id. */
@Tag("database")
class PasswordUpgradeTest {
  private static final String PASSWORD = "stored before argon2";

  @Test
  void a_bcrypt_user_signs_in_and_afterwards_holds_an_argon2id_hash_that_still_signs_in() {
    try (Storage storage = TestDatabases.fresh()) {
      String bcrypt = OpenBSDBCrypt.generate("2b", PASSWORD.toCharArray(), new byte[16], 4);
      storage.inTransaction(c -> {
        try (var s = c.prepareStatement("INSERT INTO users (username, display_name, password_hash, role) VALUES (?, ?, ?, ?)")) {
          s.setString(1, "old.timer");
          s.setString(2, "old.timer");
          s.setString(3, bcrypt);
          s.setString(4, "planner");
          return s.executeUpdate();
        }
      });
      try (RunningApp app = new RunningApp(storage)) {
        assertEquals(401, app.client().post("/api/login", "application/json",
            "{\"username\": \"old.timer\", \"password\": \"stored before argon3\"}").statusCode());
        assertEquals(bcrypt, hash(storage), "a wrong password upgrades nothing");
        app.client().signIn("old.timer", PASSWORD);
        String upgraded = hash(storage);
        assertTrue(upgraded.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), upgraded);
        assertTrue(app.client().signIn("old.timer", PASSWORD).json("/api/me", 200).get("signedIn").asBoolean());
        assertEquals(upgraded, hash(storage), "upgraded once");
      }
    }
  }

  private static String hash(Storage storage) {
    return (String) Sql.rows(storage, "SELECT password_hash FROM users WHERE username = ?", "old.timer").get(0).get("password_hash");
  }
}
