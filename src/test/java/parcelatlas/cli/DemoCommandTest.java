package parcelatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.App;
import parcelatlas.storage.Databases;
import parcelatlas.storage.Storage;
import parcelatlas.testing.Sql;
import parcelatlas.testing.TestDatabases;

/** {@code demo --scale N} and {@code serve --demo --scale N} on the command line: the option's bounds. */
@Tag("database")
class DemoCommandTest {

  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = App.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    return new String[] {Integer.toString(status), out.toString(), err.toString()};
  }

  @Test
  void a_scale_out_of_range_is_refused_in_one_line_naming_the_option_and_loads_nothing() {
    String db = TestDatabases.freshUrl();
    try (Storage storage = Databases.open(db, null, null)) {
      for (String scale : new String[] {"0", "-3", "1001", "many"}) {
        String[] result = run("demo", "--scale", scale, "--db", db);
        assertEquals("2", result[0], scale + ": " + result[2]);
        assertTrue(result[2].contains("--scale"), result[2]);
        assertTrue(!result[2].contains("Exception"), result[2]);
      }
      String[] serve = run("serve", "--demo", "--scale", "0", "--db", db);
      assertEquals("2", serve[0], serve[2]);
      assertTrue(serve[2].contains("--scale must be from 1 to 1000"), serve[2]);
      assertEquals(0, Sql.count(storage, "parks"));
    }
    assertTrue(run("demo", "--help")[1].contains("--scale=N"));
  }
}
