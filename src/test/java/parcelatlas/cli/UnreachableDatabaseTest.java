package parcelatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parcelatlas.App;
import parcelatlas.testing.DemoData;

/**
 * Every command given a database it cannot open ends with one {@code error:} line naming the
 * database and the reason, exit status 1, no stack trace, and no password echoed.
 */
class UnreachableDatabaseTest {
  @TempDir Path dir;

  private List<List<String>> commands() {
    return List.of(
        List.of("serve", "--port", "0"),
        List.of("import", "--layer", "parks", DemoData.file("parks.shp").toString()),
        List.of("export", "--layer", "parks", "--format", "geojson", "--out", dir.resolve("p.geojson").toString()),
        List.of("demo"),
        List.of("user", "add", "wang", "--role", "admin"),
        List.of("user", "list"),
        List.of("user", "disable", "wang"));
  }

  @Test
  void a_closed_postgresql_port_is_one_line_for_every_command() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String url = "jdbc:postgresql://127.0.0.1:" + port + "/atlas?user=atlas&password=s3cret";
    for (List<String> command : commands()) {
      String err = refused(command, url);
      assertTrue(err.contains("127.0.0.1:" + port) && err.contains("refused"), err);
      assertFalse(err.contains("s3cret"), err);
    }
  }

  @Test
  void an_embedded_database_in_a_folder_that_cannot_be_made_is_one_line_for_every_command() {
    for (List<String> command : commands()) {
      String err = refused(command, "jdbc:h2:file:/proc/no-such-folder/atlas");
      assertTrue(err.contains("/proc/no-such-folder"), err);
    }
  }

  /**
   * The database opens on a thread of its own while an import reads its file: a file that is
   * refused is reported (naming it), not the database it never needed (the previous order opened
   * the database first and reported it).
   */
  @Test
  void an_import_of_a_refused_file_names_the_file_even_when_the_database_is_unreachable() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Path junk = dir.resolve("junk.shp");
    java.nio.file.Files.write(junk, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
    StringWriter err = new StringWriter();
    int status = App.commandLine().setOut(new PrintWriter(new StringWriter())).setErr(new PrintWriter(err))
        .execute("import", "--layer", "parks", junk.toString(), "--db", "jdbc:postgresql://127.0.0.1:" + port + "/atlas");
    String message = err.toString().strip();
    assertEquals(1, status, message);
    assertTrue(message.startsWith("error: ") && message.contains("junk"), message);
    assertFalse(message.contains("127.0.0.1:" + port), message);
  }

  private static String refused(List<String> command, String url) {
    List<String> args = new ArrayList<>(command);
    args.addAll(List.of("--db", url));
    InputStream original = System.in;
    PrintStream originalErr = System.err;
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    System.setIn(new ByteArrayInputStream("a long enough secret\n".getBytes(StandardCharsets.UTF_8)));
    System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status;
    try {
      status = App.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
          .execute(args.toArray(String[]::new));
    } finally {
      System.setIn(original);
      System.setErr(originalErr);
    }
    String logged = stderr.toString(StandardCharsets.UTF_8);
    assertFalse(logged.contains("\tat ") || logged.contains("Exception"), command + " logs no trace: " + logged);
    String message = err.toString().strip();
    assertEquals(1, status, command + ": " + out + message);
    assertTrue(message.startsWith("error: cannot "), command + ": " + message);
    assertFalse(message.contains("\n"), command + " prints one line: " + message);
    return message;
  }
}
