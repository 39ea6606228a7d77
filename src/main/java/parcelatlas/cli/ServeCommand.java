package parcelatlas.cli;

import io.javalin.Javalin;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import parcelatlas.config.AtlasConfig;
import parcelatlas.demo.ScaledDemo;
import parcelatlas.storage.Storage;
import parcelatlas.web.Routes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Serves the portal until SIGTERM or SIGINT (Ctrl-C), then stops gracefully: no new connections,
 * the requests in flight finish (at most 20 s), the pool closes, and the command exits with 0.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Start the portal: the map at /, OGC API – Features at /ogc. SIGTERM stops it gracefully.")
final class ServeCommand implements Callable<Integer> {
  static final Clock CLOCK = Clock.system(ZoneId.of("Asia/Shanghai"));

  @Option(names = "--port", paramLabel = "N", description = "HTTP port (default: ATLAS_PORT, else 8080)")
  Integer port;

  @Option(names = "--demo", description = "Load the demo city first when the database has no parks")
  boolean demo;

  @Option(names = "--scale", paramLabel = "N", defaultValue = "1",
      description = "With --demo: load the demo city N times, as demo --scale N (1-" + ScaledDemo.MAX_SCALE + ")")
  int scale;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  DatabaseOption database = new DatabaseOption();

  @Override
  public Integer call() throws InterruptedException {
    if (scale < 1 || scale > ScaledDemo.MAX_SCALE) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--scale must be from 1 to " + ScaledDemo.MAX_SCALE + " (got " + scale + ")");
    }
    StopSignals signals = StopSignals.install(); // before listening: a stop asked for during start-up waits for it
    AtlasConfig config = database.config(System.getenv()).with("port", port);
    Storage storage = DatabaseOption.open(config);
    if (demo) {
      ScaledDemo.loadIfEmpty(storage, scale, new java.io.PrintWriter(System.out, true));
    }
    Javalin app = Routes.create(config, storage, CLOCK).start(config.port());
    System.out.println("Parcel Atlas is serving on http://localhost:" + app.port() + "/ (database: "
        + storage.dialect().name() + ")");
    signals.awaitStopRequest();
    System.out.println("Stopping: no new connections; finishing the requests in flight");
    app.stop();
    storage.close();
    System.out.println("Stopped");
    signals.finished();
    return 0;
  }
}
