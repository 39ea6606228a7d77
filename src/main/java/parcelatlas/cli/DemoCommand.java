package parcelatlas.cli;

import java.util.concurrent.Callable;
import parcelatlas.demo.ScaledDemo;
import parcelatlas.storage.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Load the demo city (parks, parcels, projects, demolition zones and their reports).")
final class DemoCommand implements Callable<Integer> {
  @Mixin
  DatabaseOption database = new DatabaseOption();

  @Option(names = "--scale", paramLabel = "N", defaultValue = "1",
      description = "Load N copies of the city as districts side by side (1-" + ScaledDemo.MAX_SCALE
          + "; 57 gives about 100,000 parcels, 567 about 1,000,000). Default: 1")
  int scale;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    if (scale < 1 || scale > ScaledDemo.MAX_SCALE) {
      throw new ParameterException(spec.commandLine(),
          "--scale must be from 1 to " + ScaledDemo.MAX_SCALE + " (got " + scale + ")");
    }
    try (Storage storage = DatabaseOption.openForCommand(database.config(System.getenv()))) {
      java.io.PrintWriter out = spec.commandLine().getOut();
      ScaledDemo.load(storage, scale, out);
      out.flush();
      return 0;
    }
  }
}
