package parcelatlas.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The portal's settings. Defaults live here; a properties file ({@code atlas.properties} in the
 * working directory, or the file named by {@code ATLAS_CONFIG}) overrides them; environment
 * variables {@code ATLAS_<KEY>} (key upper-cased, dots as underscores, e.g. ATLAS_DB_URL)
 * override the file; command-line flags override everything.
 */
public final class AtlasConfig {
  public static final Map<String, String> DEFAULTS = defaults();
  private final Map<String, String> values;

  private AtlasConfig(Map<String, String> values) {
    this.values = values;
  }

  private static Map<String, String> defaults() {
    Map<String, String> d = new LinkedHashMap<>();
    d.put("port", "8080");
    d.put("data.dir", "atlas-data");
    d.put("db.url", "");
    d.put("db.user", "");
    d.put("db.password", "");
    d.put("db.replica.url", "");
    d.put("public.url", "");
    d.put("trusted.proxies", "");
    d.put("tile.url", "");
    d.put("tile.attribution", "");
    d.put("tile.subdomains", "");
    d.put("tile.shift", "");
    d.put("tianditu.key", "");
    d.put("enquiry.limit.per.hour", "5");
    d.put("enquiry.salt", "parcel-atlas");
    d.put("password.cost", "12");
    d.put("map.center", "117.30,34.72");
    d.put("map.zoom", "11");
    d.put("import.max.bytes", String.valueOf(100L << 20));
    d.put("export.shp.max.bytes", String.valueOf(Integer.MAX_VALUE)); // the .shp's format limit (lower only in tests)
    d.put("metrics.token", "");
    d.put("db.statement.timeout.ms", "15000");
    d.put("work.limit.per.client", "3");
    d.put("work.limit.per.node", "5");
    d.put("dispatch.day", "monday");
    d.put("bulletin.font", "");
    d.put("leads.overdue.hours", "24");
    d.put("city.crs", "EPSG:4527");
    return Map.copyOf(d);
  }

  /** Defaults, then the config file, then the environment. */
  public static AtlasConfig load(Map<String, String> environment) {
    Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
    Path file = Path.of(environment.getOrDefault("ATLAS_CONFIG", "atlas.properties"));
    if (Files.isRegularFile(file)) {
      Properties properties = new Properties();
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        properties.load(reader);
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot read config file " + file + ": " + e.getMessage(), e);
      }
      for (String key : properties.stringPropertyNames()) {
        requireKnown(key, file.toString());
        values.put(key, properties.getProperty(key).strip());
      }
    }
    for (String key : DEFAULTS.keySet()) {
      String env = environment.get(envName(key));
      if (env != null) {
        values.put(key, env);
      }
    }
    return new AtlasConfig(values);
  }

  public static String envName(String key) {
    return "ATLAS_" + key.toUpperCase(Locale.ROOT).replace('.', '_');
  }

  private static void requireKnown(String key, String where) {
    if (!DEFAULTS.containsKey(key)) {
      throw new IllegalArgumentException(where + ": unknown setting '" + key + "'; known: " + DEFAULTS.keySet());
    }
  }

  /** A copy with {@code key} set, unless value is null (a flag that was not given). */
  public AtlasConfig with(String key, Object value) {
    requireKnown(key, "setting");
    if (value == null) {
      return this;
    }
    Map<String, String> copy = new LinkedHashMap<>(values);
    copy.put(key, value.toString());
    return new AtlasConfig(copy);
  }

  public String get(String key) {
    return values.get(key);
  }

  public int port() {
    return Integer.parseInt(get("port"));
  }

  /** The configured JDBC URL, or the embedded H2GIS file database under the data folder. */
  public String databaseUrl() {
    String url = get("db.url");
    if (!url.isBlank()) {
      return url;
    }
    // AUTO_SERVER lets the command line (user add, import) reach the database while the portal runs
    return "jdbc:h2:file:" + Path.of(get("data.dir")).toAbsolutePath().resolve("atlas") + ";AUTO_SERVER=TRUE";
  }

  /** The JDBC URL of a PostgreSQL read replica of the database, or null for none. */
  public String replicaUrl() {
    return blankToNull(get("db.replica.url"));
  }

  public String databaseUser() {
    return blankToNull(get("db.user"));
  }

  public String databasePassword() {
    return blankToNull(get("db.password"));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
