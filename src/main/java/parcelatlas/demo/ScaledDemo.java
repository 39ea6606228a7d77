package parcelatlas.demo;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import parcelatlas.catalog.Layer;
import parcelatlas.storage.AuditTrail;
import parcelatlas.storage.Storage;

/**
 * {@code demo --scale N}: 青岚市 loaded as the plain demo does (district 0), then N − 1 districts
 * ({@link District}) that copy it, each written whole in one transaction of its own, so memory
 * holds one city however large N is and an interrupted load resumes where it stopped: a district
 * already stored is skipped. Every table gets exactly N times the demo's rows. Scale 1 is the
 * plain demo, unchanged.
 */
public final class ScaledDemo {
  /** The largest scale: 1,000 cities, 1,764,000 parcels. */
  public static final int MAX_SCALE = District.MAX_INDEX + 1;

  private ScaledDemo() {}

  /** Loads the demo {@code scale} times (1 … {@value #MAX_SCALE}). */
  public static void load(Storage storage, int scale, PrintWriter out) {
    if (scale < 1 || scale > MAX_SCALE) {
      throw new IllegalArgumentException("scale must be from 1 to " + MAX_SCALE + ", not " + scale);
    }
    if (scale == 1) {
      DemoLoader.load(storage, out);
      return;
    }
    BaseCity base = new BaseCity();
    DemoLoader.load(storage, out, base);
    Set<String> townships = townships(base);
    long started = System.nanoTime();
    int written = 0;
    int skipped = 0;
    long parcels = base.rows(Layer.PARCELS).size();
    int every = Math.max(1, (scale - 1) / 20);
    for (int i = 1; i < scale; i++) {
      DistrictCopy copy = new DistrictCopy(District.of(i), townships);
      int added = storage.inTransaction(c -> {
        DistrictWriter writer = new DistrictWriter(c, storage.dialect(), base);
        if (writer.isLoaded(copy.district())) {
          return -1;
        }
        int n = writer.write(copy);
        parcelatlas.context.ContextDistances.markStale(c, parcelatlas.context.ContextDistances.ALL);
        AuditTrail.record(c, DistrictWriter.ACTOR, "demo", "district", copy.district().prefix(), null,
            Map.of("name", copy.district().name() + "市", "parcels", n));
        return n;
      });
      if (added < 0) {
        skipped++;
      } else {
        written++;
      }
      parcels += base.rows(Layer.PARCELS).size();
      if (i % every == 0 || i == scale - 1) {
        out.printf(java.util.Locale.ROOT, "district %d/%d %s %s市: %,d parcels in all (%.1f s)%n", i, scale - 1,
            copy.district().prefix(), copy.district().name(), parcels, (System.nanoTime() - started) / 1e9);
        out.flush();
      }
    }
    long measured = storage.inTransaction(c -> parcelatlas.context.ContextDistances.refreshIfStale(c, storage.dialect()));
    out.printf(java.util.Locale.ROOT, "Loaded the demo %d times: districts written %d, already there %d;"
        + " context distances of %,d parcels measured (%.1f s).%n", scale, written, skipped, measured,
        (System.nanoTime() - started) / 1e9);
  }

  /** Loads the demo {@code scale} times when the database has no parks yet. */
  public static void loadIfEmpty(Storage storage, int scale, PrintWriter out) {
    if (DemoLoader.isEmpty(storage)) {
      load(storage, scale, out);
    }
  }

  private static Set<String> townships(BaseCity base) {
    Set<String> townships = new TreeSet<>();
    for (Layer layer : new Layer[] {Layer.PROJECTS, Layer.DEMOLITION_ZONES}) {
      base.rows(layer).forEach(r -> {
        if (r.row().values().get("township") instanceof String t) {
          townships.add(t);
        }
      });
    }
    return townships;
  }
}
