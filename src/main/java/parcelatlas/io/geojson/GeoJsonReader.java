package parcelatlas.io.geojson;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import parcelatlas.io.BadInputException;
import parcelatlas.io.FeatureSource;
import parcelatlas.io.SourceRecord;

/**
 * An open GeoJSON file (a FeatureCollection or a single Feature), always UTF-8 as RFC 7946
 * requires. {@link #open} makes one streaming pass to learn the field names (the union of
 * property names, first seen first), the feature count and the legacy {@code crs} name, and to
 * reject malformed JSON with its line and column; {@link #records()} then streams the features
 * with one small tree per feature. {@link #recordCount()} is the counted number of features.
 * A feature without a "geometry" member, or with null, has a null geometry.
 */
public final class GeoJsonReader implements FeatureSource {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 0);
  private final Path path;
  private final String fileName;
  private final GeoJsonLayout layout;
  private final List<GeoJsonRecords> openWalks = new ArrayList<>();
  private boolean closed;

  private GeoJsonReader(Path path, String fileName, GeoJsonLayout layout) {
    this.path = path;
    this.fileName = fileName;
    this.layout = layout;
  }

  /** @param fileName how to name the file in messages */
  public static GeoJsonReader open(Path path, String fileName) {
    if (!Files.isRegularFile(path)) {
      throw BadInputException.ofFile(fileName, "does not exist");
    }
    return new GeoJsonReader(path, fileName, GeoJsonLayout.scan(MAPPER, path, fileName));
  }

  boolean singleFeature() {
    return layout.singleFeature();
  }

  @Override
  public String fileName() {
    return fileName;
  }

  @Override
  public List<String> fieldNames() {
    return layout.fieldNames();
  }

  @Override
  public Optional<String> crsText() {
    return layout.crsName().isEmpty() ? Optional.empty() : Optional.of(layout.crsName());
  }

  @Override
  public Charset encoding() {
    return StandardCharsets.UTF_8;
  }

  @Override
  public String encodingSource() {
    return "rfc7946";
  }

  @Override
  public long recordCount() {
    return layout.featureCount();
  }

  @Override
  public Iterator<SourceRecord> records() {
    if (closed) {
      throw new IllegalStateException(fileName + " is closed");
    }
    try {
      GeoJsonRecords walk = new GeoJsonRecords(this, MAPPER, path,
          new GeoJsonGeometryParser(FACTORY, fileName));
      openWalks.add(walk);
      return walk;
    } catch (IOException e) {
      throw JsonProblems.of(fileName, null, e);
    }
  }

  void forget(GeoJsonRecords walk) {
    openWalks.remove(walk);
  }

  /** Closes any record iterators still reading. */
  @Override
  public void close() {
    closed = true;
    for (GeoJsonRecords walk : List.copyOf(openWalks)) {
      walk.close();
    }
  }
}
