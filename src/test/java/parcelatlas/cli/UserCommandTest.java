package parcelatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.App;
import parcelatlas.accounts.PasswordHasher;
import parcelatlas.accounts.Users;
import parcelatlas.storage.Databases;
import parcelatlas.storage.Storage;
import parcelatlas.testing.TestDatabases;

@Tag("database")
class UserCommandTest {

  private static String[] run(String stdin, String... args) {
    InputStream original = System.in;
    System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    try {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int status = App.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
      return new String[] {Integer.toString(status), out.toString(), err.toString()};
    } finally {
      System.setIn(original);
    }
  }

  @Test
  void users_are_added_with_a_password_from_stdin_listed_and_disabled() {
    String db = TestDatabases.freshUrl();
    String[] added = run("a long enough secret\n", "user", "add", "zhang.wei", "--role", "official",
        "--scope", "东湖街道", "--db", db);
    assertEquals("0", added[0], added[2]);
    assertTrue(added[1].contains("zhang.wei\tofficial\ttownship 东湖街道"), added[1]);
    try (Storage storage = Databases.open(db, null, null)) {
      assertTrue(new Users(storage, new PasswordHasher(4)).authenticate("zhang.wei", "a long enough secret".toCharArray()).isPresent());
    }
    assertEquals("1", run("short\n", "user", "add", "li.na", "--role", "planner", "--db", db)[0]);
    assertTrue(run("another long secret\n", "user", "add", "zhang.wei", "--role", "planner", "--db", db)[2]
        .contains("exists already"));
    assertTrue(run("", "user", "list", "--db", db)[1].contains("zhang.wei"));
    String[] disabled = run("", "user", "disable", "zhang.wei", "--db", db);
    assertEquals("0", disabled[0], disabled[2]);
    assertTrue(run("", "user", "list", "--db", db)[1].contains("disabled"));
    assertEquals("1", run("", "user", "disable", "nobody", "--db", db)[0]);
  }
}
