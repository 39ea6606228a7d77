package parcelatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A run of one subcommand builds only that one's picocli model (reading the annotations of every
 * other command was a tenth of a short command's start); help, the version and a mistyped command
 * still see every command. Checked in a JVM of its own, by the classes it loads.
 */
class CommandSelectionTest {
  private static String run(String... args) throws IOException, InterruptedException {
    Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new java.util.ArrayList<>(List.of(javaBin.toString(), "-Xshare:off",
        "-Xlog:class+load=info:stdout:none", "-cp", System.getProperty("java.class.path"), "parcelatlas.App"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    return out;
  }

  @Test
  void import_help_loads_no_other_command() throws Exception {
    String out = run("import", "--help");
    assertTrue(out.contains("parcelatlas.cli.ImportCommand "), out);
    assertTrue(out.contains("Usage: parcel-atlas import"), out);
    for (String other : List.of("ServeCommand", "ExportCommand", "DemoCommand", "UserCommand", "BackupCommand")) {
      assertFalse(out.contains("parcelatlas.cli." + other + " "), other + " loaded");
    }
  }

  @Test
  void the_top_level_help_and_a_mistyped_command_list_every_command() {
    assertEquals(List.of("serve", "import", "export", "demo", "user", "backup", "restore"),
        List.copyOf(AtlasCommand.commandLine("--help").getSubcommands().keySet()));
    assertEquals(7, AtlasCommand.commandLine("improt").getSubcommands().size());
    assertEquals(7, AtlasCommand.commandLine(null).getSubcommands().size());
    assertEquals(List.of("user"), List.copyOf(AtlasCommand.commandLine("user").getSubcommands().keySet()));
  }
}
