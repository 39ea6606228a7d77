package parcelatlas.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL + PostGIS cluster for the test JVM: initdb into a temp folder, started
 * on a free loopback port, stopped by a shutdown hook. PostgreSQL refuses to run as root, so as
 * root every server command runs as the {@code postgres} user.
 */
public final class PostgresCluster {
  private static PostgresCluster instance;
  private final Path bin;
  private final Path dataDir;
  private final int port;

  private PostgresCluster(Path bin, Path dataDir, int port) {
    this.bin = bin;
    this.dataDir = dataDir;
    this.port = port;
  }

  /** The cluster of this JVM, started on first use. */
  public static synchronized PostgresCluster get() {
    if (instance == null) {
      instance = start();
      Runtime.getRuntime().addShutdownHook(new Thread(instance::stop));
    }
    return instance;
  }

  /** Creates an empty database and returns its JDBC URL. */
  public String createDatabase(String name) {
    return createDatabase(name, null);
  }

  /**
   * Creates a database as a copy of {@code template} (a database nobody is connected to), or an
   * empty one when it is null, and returns its JDBC URL.
   */
  public String createDatabase(String name, String template) {
    try (Connection c = DriverManager.getConnection(url("postgres"));
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name + (template == null ? "" : " TEMPLATE " + template));
      return url(name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database " + name, e);
    }
  }

  /**
   * Restarts the server as an operator would ({@code pg_ctl restart -m fast}): sessions are cut,
   * open transactions rolled back; same port and settings. Returns once it accepts connections.
   */
  public void restart() {
    server("pg_ctl", "-D", dataDir.toString(), "-l", dataDir.resolve("server.log").toString(), "-m", "fast",
        "-w", "restart");
  }

  /**
   * Another cluster, apart from this JVM's shared one ({@link #get}), for a test that needs a
   * whole cluster of its own (a replica of it, say); the caller stops it with {@link #close}.
   */
  public static PostgresCluster startAnother() {
    return start();
  }

  /**
   * A hot standby of this cluster, streaming its WAL ({@code pg_basebackup -R}), started on its own
   * loopback port; read-only, it answers queries while it replays. Stop it with {@link #close}.
   */
  public PostgresCluster startStandby() {
    try {
      Path standbyDir = Files.createTempDirectory("atlas-pg-standby-");
      if (isRoot()) {
        run(List.of("chown", "postgres:postgres", standbyDir.toString()));
      }
      PostgresCluster standby = new PostgresCluster(bin, standbyDir, freePort());
      server("pg_basebackup", "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", "atlas", "-D",
          standbyDir.toString(), "-R", "-X", "stream", "-c", "fast");
      standby.launch();
      return standby;
    } catch (IOException e) {
      throw new IllegalStateException("cannot start a standby of the PostgreSQL test cluster", e);
    }
  }

  /** Stops a cluster from {@link #startAnother} or {@link #startStandby} and deletes its files. */
  public void close() {
    stop();
  }

  public String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=atlas";
  }

  private static PostgresCluster start() {
    try {
      Path bin = findBinaries();
      Path dataDir = Files.createTempDirectory("atlas-pg-");
      int port = freePort();
      PostgresCluster cluster = new PostgresCluster(bin, dataDir, port);
      if (isRoot()) {
        run(List.of("chown", "postgres:postgres", dataDir.toString()));
      }
      cluster.server("initdb", "-D", dataDir.toString(), "-U", "atlas", "--auth=trust", "-E", "UTF8",
          "--locale=C", "-N");
      cluster.launch();
      return cluster;
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the PostgreSQL test cluster", e);
    }
  }

  private void launch() {
    server("pg_ctl", "-D", dataDir.toString(), "-l", dataDir.resolve("server.log").toString(),
        "-w", "-o", "-p " + port + " -k " + dataDir + " -c listen_addresses=127.0.0.1 -c fsync=off"
            + " -c synchronous_commit=off -c full_page_writes=off", "start");
  }

  private void stop() {
    try {
      server("pg_ctl", "-D", dataDir.toString(), "-m", "immediate", "-w", "stop");
      try (Stream<Path> files = Files.walk(dataDir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    } catch (IOException | RuntimeException e) {
      System.err.println("could not stop the PostgreSQL test cluster: " + e.getMessage());
    }
  }

  private void server(String tool, String... args) {
    List<String> command = new ArrayList<>();
    if (isRoot()) {
      command.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    command.add(bin.resolve(tool).toString());
    command.addAll(List.of(args));
    run(command);
  }

  private static void run(List<String> command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes());
      if (process.waitFor() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + command.get(0), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static Path findBinaries() throws IOException {
    Path root = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(root)) {
      throw new IllegalStateException("PostgreSQL is not installed (no /usr/lib/postgresql); run .ci/install");
    }
    try (Stream<Path> versions = Files.list(root)) {
      return versions
          .map(v -> v.resolve("bin"))
          .filter(b -> Files.isExecutable(b.resolve("initdb")))
          .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString())))
          .orElseThrow(() -> new IllegalStateException("no initdb under /usr/lib/postgresql"));
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }
}
