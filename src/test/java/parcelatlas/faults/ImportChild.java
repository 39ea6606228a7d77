package parcelatlas.faults;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code parcel-atlas import} in a child JVM on a pseudo-terminal (through {@code script}), so it
 * draws its progress bar ("label [###   ]  42% 42,000/100,000"): the bar advances per record
 * while the records are written inside the import's one transaction, so a count between 0 and the
 * total means the import is in the middle of writing.
 */
final class ImportChild implements AutoCloseable {
  private static final Pattern PROGRESS = Pattern.compile("(\\d[\\d,]*)/(\\d[\\d,]*)");
  private final Process script;
  private final StringBuffer output = new StringBuffer();

  private ImportChild(Process script) {
    this.script = script;
    Thread reader = new Thread(() -> copy(script.getInputStream()), "import-child-output");
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts {@code import --layer LAYER FILE --db URL} on this JVM's classpath. */
  static ImportChild start(String layer, Path file, String db) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String command = String.join(" ", List.of(quote(java), "-Xmx512m", "-cp",
        quote(System.getProperty("java.class.path")), "parcelatlas.App", "import", "--layer", layer,
        quote(file.toAbsolutePath().toString()), "--db", quote(db)));
    // script gives the child a terminal; its stdin stays an open pipe so script does not end early
    return new ImportChild(new ProcessBuilder("script", "-q", "-f", "-e", "-c", command, "/dev/null")
        .redirectErrorStream(true).start());
  }

  /**
   * Waits until the progress bar shows at least {@code fraction} of the records done (and not
   * all), and returns the count shown.
   *
   * @throws AssertionError when the child ends or {@code limit} passes first
   */
  long awaitProgress(double fraction, Duration limit) throws InterruptedException {
    Instant end = Instant.now().plus(limit);
    while (Instant.now().isBefore(end)) {
      long[] last = lastProgress();
      if (last != null && last[0] >= fraction * last[1] && last[0] < last[1]) {
        return last[0];
      }
      if (!script.isAlive()) {
        throw new AssertionError("the import ended before it was killed:\n" + output);
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no progress past " + fraction + " within " + limit + ":\n" + output);
  }

  /** Sends SIGKILL to the child JVM (not to {@code script}) and waits for both to end. */
  void killJvm() throws InterruptedException {
    ProcessHandle jvm = script.descendants()
        .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
        .findFirst().orElseThrow(() -> new AssertionError("no child JVM under script:\n" + output));
    if (!jvm.destroyForcibly()) {
      throw new AssertionError("SIGKILL was not sent to " + jvm.pid());
    }
    jvm.onExit().join();
    script.waitFor(30, TimeUnit.SECONDS);
  }

  String output() {
    return output.toString();
  }

  /** The last {done, total} the bar drew, or null before the first. */
  private long[] lastProgress() {
    String text = output.toString();
    Matcher m = PROGRESS.matcher(text.substring(Math.max(0, text.length() - 300)));
    long[] last = null;
    while (m.find()) {
      last = new long[] {Long.parseLong(m.group(1).replace(",", "")), Long.parseLong(m.group(2).replace(",", ""))};
    }
    return last;
  }

  private void copy(InputStream in) {
    byte[] buffer = new byte[8192];
    try {
      for (int n; (n = in.read(buffer)) > 0; ) {
        output.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      output.append("\n[output closed: ").append(e.getMessage()).append(']');
    }
  }

  private static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }

  @Override
  public void close() {
    script.descendants().forEach(ProcessHandle::destroyForcibly);
    script.destroyForcibly();
  }
}
