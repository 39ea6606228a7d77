package parcelatlas.cli;

import java.util.concurrent.Callable;
import parcelatlas.demo.DemoLoader;
import parcelatlas.storage.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Load the demo city (parks, parcels, projects, demolition zones and their reports).")
final class DemoCommand implements Callable<Integer> {
  @Mixin
  DatabaseOption database = new DatabaseOption();

  @Override
  public Integer call() {
    try (Storage storage = DatabaseOption.open(database.config(System.getenv()))) {
      DemoLoader.load(storage, System.out);
      return 0;
    }
  }
}
