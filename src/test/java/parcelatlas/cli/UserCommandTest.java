package parcelatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

  /** A fresh database with the demo city (its townships and parks are what scopes may name). */
  private static String demoDatabase() {
    String db = TestDatabases.freshUrl();
    String[] loaded = run("", "demo", "--db", db);
    assertEquals("0", loaded[0], loaded[2]);
    return db;
  }

  @Test
  void users_are_added_with_a_password_from_stdin_listed_and_disabled() {
    String db = demoDatabase();
    String[] added = run("a long enough secret\n", "user", "add", "zhang.wei", "--role", "official",
        "--scope", "东湖街道", "--db", db);
    assertEquals("0", added[0], added[2]);
    assertTrue(added[1].contains("zhang.wei\tofficial\ttownship 东湖街道"), added[1]);
    try (Storage storage = Databases.open(db, null, null)) {
      assertTrue(new Users(storage, new PasswordHasher(4)).authenticate("zhang.wei", "a long enough secret".toCharArray()).isPresent());
    }
    String[] park = run("the park office secret\n", "user", "add", "park.one", "--role", "official", "--scope", "QL-P01", "--db", db);
    assertTrue(park[1].contains("park.one\tofficial\tpark QL-P01"), park[1] + park[2]);
    assertEquals("1", run("short\n", "user", "add", "li.na", "--role", "planner", "--db", db)[0]);
    assertTrue(run("another long secret\n", "user", "add", "zhang.wei", "--role", "planner", "--db", db)[2]
        .contains("exists already"));
    assertTrue(run("another long secret\n", "user", "add", "Zhang.Wei", "--role", "planner", "--db", db)[2]
        .contains("exists already"), "names differing only in case are one name");
    assertTrue(run("", "user", "list", "--db", db)[1].contains("zhang.wei"));
    String[] disabled = run("", "user", "disable", "zhang.wei", "--db", db);
    assertEquals("0", disabled[0], disabled[2]);
    assertTrue(run("", "user", "list", "--db", db)[1].contains("disabled"));
    assertEquals("1", run("", "user", "disable", "nobody", "--db", db)[0]);
  }

  @Test
  void bad_scopes_names_and_passwords_are_refused_with_the_rule_and_add_nobody() {
    String db = demoDatabase();
    String[][] refusals = {
        {"a long enough secret", "wang", "official", "西湖街道", "--scope: no park has the code '西湖街道'"},
        {"a long enough secret", "wang", "planner", "东湖街道", "only officials answer for a township or park"},
        {"woaini1314", "wang", "planner", null, "most common passwords"},
        {"Password2026!", "wang", "planner", null, "most common passwords"},
        {"wang.fang is my name", "wang.fang", "planner", null, "must not contain the user name"},
        {"2345678901", "wang", "planner", null, "a run such as 1234567890"},
        {"x".repeat(129), "wang", "planner", null, "at most 128 characters"},
        {"a long enough secret", "wang.", "planner", null, "beginning and ending with a letter or digit"},
        {"a long enough secret", "wang\u202e", "planner", null, "username contains a control or invisible"},
        {"a long enough secret", "wang", "mayor", null, "unknown role 'mayor'"},
    };
    for (String[] r : refusals) {
      String[] args = r[3] == null ? new String[] {"user", "add", r[1], "--role", r[2], "--db", db}
          : new String[] {"user", "add", r[1], "--role", r[2], "--scope", r[3], "--db", db};
      String[] result = run(r[0] + "\n", args);
      assertEquals("1", result[0], String.join(" ", r));
      assertTrue(result[2].contains(r[4]), r[4] + " in: " + result[2]);
      assertFalse(result[2].contains("\tat "), "no stack trace: " + result[2]);
    }
    assertEquals("", run("", "user", "list", "--db", db)[1].strip(), "nobody was added");
  }
}
