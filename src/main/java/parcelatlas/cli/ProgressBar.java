package parcelatlas.cli;

import java.io.PrintStream;
import parcelatlas.importer.ProgressListener;

/** A one-line progress bar on a terminal; silent when output is not a terminal. */
final class ProgressBar implements ProgressListener {
  private static final int WIDTH = 30;
  private final String label;
  private final PrintStream out;
  private long lastDrawn = -1;

  private ProgressBar(String label, PrintStream out) {
    this.label = label;
    this.out = out;
  }

  static ProgressListener forTerminal(String label) {
    return System.console() == null ? ProgressListener.NONE : new ProgressBar(label, System.err);
  }

  @Override
  public void progress(long done, long total) {
    boolean finished = total > 0 && done >= total;
    if (!finished && done - lastDrawn < 250) {
      return;
    }
    lastDrawn = done;
    if (total > 0) {
      int filled = (int) (WIDTH * done / total);
      out.printf("\r%s [%s%s] %3d%% %,d/%,d", label, "#".repeat(filled), " ".repeat(WIDTH - filled),
          100 * done / total, done, total);
    } else {
      out.printf("\r%s %,d records", label, done);
    }
    if (finished) {
      out.println();
    }
  }
}
