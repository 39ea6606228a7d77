package parcelatlas.cli;

import java.util.concurrent.Callable;
import parcelatlas.demo.DemoLoader;
import parcelatlas.storage.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Load the demo city (parks, parcels, projects, demolition zones and their reports).")
final class DemoCommand implements Callable<Integer> {
  @Mixin
  DatabaseOption database = new DatabaseOption();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    try (Storage storage = DatabaseOption.open(database.config(System.getenv()))) {
      java.io.PrintWriter out = spec.commandLine().getOut();
      DemoLoader.load(storage, out);
      out.flush();
      return 0;
    }
  }
}
