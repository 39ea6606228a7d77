package parcelatlas.io.shapefile;

import parcelatlas.domain.ErrorCode;
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
import parcelatlas.io.PendingRecord;
import parcelatlas.io.SourceRecord;

/**
 * An open shapefile. {@link #open} checks what can be checked up front (the .shp header, that
 * the .shx and .dbf exist and agree on the record count, the .dbf header, the field names in
 * the chosen encoding); records are then read lazily by {@link #records()}. Geometries have
 * SRID 0 and X/Y only. All problems with the files are {@link BadInputException}s naming the
 * file as the user knows it (e.g. {@code parcels.zip!parcels.shp}).
 */
public final class ShapefileReader implements FeatureSource {
  private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 0);
  private static final String SIDE_BY_SIDE = "(a shapefile needs .shp, .shx and .dbf side by side)";
  private final Path shp;
  private final Path dbf;
  private final String fileName;
  private final String dbfName;
  private final DbfHeader dbfHeader;
  private final EncodingChoice encoding;
  private final List<String> fieldNames;
  private final String crsText;
  private final List<ShapefileCuts> openWalks = new ArrayList<>();
  private boolean closed;

  private ShapefileReader(Path shp, Path dbf, String fileName, DbfHeader dbfHeader,
      EncodingChoice encoding, String crsText) {
    this.shp = shp;
    this.dbf = dbf;
    this.fileName = fileName;
    this.dbfName = sibling(fileName, shp, dbf);
    this.dbfHeader = dbfHeader;
    this.encoding = encoding;
    this.fieldNames = List.copyOf(
        DbfFieldNames.decode(dbfHeader.columns(), new StrictText(encoding.charset()), dbfName));
    this.crsText = crsText;
  }

  /**
   * @param shp the .shp file; its siblings are found by base name in any case
   * @param encodingOverride the .dbf charset the user named, or null to detect it
   * @param fileName how to name the .shp in messages
   */
  public static ShapefileReader open(Path shp, Charset encodingOverride, String fileName) {
    try {
      checkShpHeader(shp, fileName);
      Path dbf = Sidecars.find(shp, "dbf").orElseThrow(
          () -> BadInputException.ofFile(ErrorCode.SHAPEFILE_PART_MISSING, fileName, "the .dbf is missing "
              + SIDE_BY_SIDE, "part", ".dbf"));
      Path shx = Sidecars.find(shp, "shx").orElseThrow(
          () -> BadInputException.ofFile(ErrorCode.SHAPEFILE_PART_MISSING, fileName, "the .shx is missing "
              + SIDE_BY_SIDE, "part", ".shx"));
      String dbfName = sibling(fileName, shp, dbf);
      DbfHeader header;
      try (DbfRecords records = new DbfRecords(dbf, dbfName)) {
        header = records.header();
      }
      checkIndex(shx, sibling(fileName, shp, shx), header.recordCount());
      EncodingChoice encoding = EncodingChoice.choose(encodingOverride,
          Sidecars.find(shp, "cpg"), header.languageDriver(),
          () -> DbfTextScan.guess(dbf, dbfName));
      Optional<Path> prj = Sidecars.find(shp, "prj");
      String crs = prj.isPresent()
          ? new String(Files.readAllBytes(prj.get()), StandardCharsets.UTF_8).strip() : "";
      return new ShapefileReader(shp, dbf, fileName, header, encoding, crs);
    } catch (IOException e) {
      throw new BadInputException(fileName, null, null, "cannot be read: " + e.getMessage(), e);
    }
  }

  private static void checkShpHeader(Path shp, String fileName) throws IOException {
    if (!Files.isRegularFile(shp)) {
      throw BadInputException.ofFile(fileName, "does not exist");
    }
    try (ChannelReader reader = new ChannelReader(shp)) {
      if (reader.size() < ShpHeader.SIZE) {
        throw BadInputException.ofFile(fileName,
            "not a shapefile (only " + reader.size() + " bytes, less than a header)");
      }
      ShpHeader.parse(reader.read(ShpHeader.SIZE));
    } catch (IllegalArgumentException e) {
      throw new BadInputException(fileName, null, null, e.getMessage(), e);
    }
  }

  private static void checkIndex(Path shx, String shxName, long dbfCount) throws IOException {
    long size = Files.size(shx);
    if (size < ShpHeader.SIZE) {
      throw BadInputException.ofFile(shxName, "not a shapefile index (only " + size + " bytes)");
    }
    long indexed = (size - ShpHeader.SIZE) / 8;
    if (indexed != dbfCount) {
      throw BadInputException.ofFile(shxName, "the .shx indexes " + indexed
          + " records but the .dbf holds " + dbfCount
          + "; the files do not belong together or one is truncated");
    }
  }

  /** {@code parcels.zip!a/parcels.shp} with {@code parcels.DBF} → {@code parcels.zip!a/parcels.DBF}. */
  private static String sibling(String fileName, Path shp, Path other) {
    String shpName = shp.getFileName().toString();
    String otherName = other.getFileName().toString();
    return fileName.endsWith(shpName)
        ? fileName.substring(0, fileName.length() - shpName.length()) + otherName
        : fileName + " (" + otherName + ")";
  }

  @Override
  public String fileName() {
    return fileName;
  }

  String dbfName() {
    return dbfName;
  }

  DbfHeader dbfHeader() {
    return dbfHeader;
  }

  @Override
  public List<String> fieldNames() {
    return fieldNames;
  }

  @Override
  public Optional<String> crsText() {
    return crsText.isEmpty() ? Optional.empty() : Optional.of(crsText);
  }

  @Override
  public Charset encoding() {
    return encoding.charset();
  }

  @Override
  public String encodingSource() {
    return encoding.source();
  }

  @Override
  public Optional<BadInputException> encodingDoubt() {
    return Optional.ofNullable(encoding.doubt());
  }

  @Override
  public long recordCount() {
    return dbfHeader.recordCount();
  }

  @Override
  public Iterator<SourceRecord> records() {
    return new ShapefileRecords(cuts());
  }

  /** The records cut from the files on the calling thread, decoded wherever they are taken. */
  @Override
  public Iterator<PendingRecord> pendingRecords() {
    return cuts();
  }

  private ShapefileCuts cuts() {
    if (closed) {
      throw new IllegalStateException(fileName + " is closed");
    }
    try {
      ShapefileCuts walk = new ShapefileCuts(this, shp, dbf, new ShapefileDecoding(this, FACTORY));
      synchronized (openWalks) {
        openWalks.add(walk);
      }
      return walk;
    } catch (IOException e) {
      throw new BadInputException(fileName, null, null, "cannot be read: " + e.getMessage(), e);
    }
  }

  void forget(ShapefileCuts walk) {
    synchronized (openWalks) {
      openWalks.remove(walk);
    }
  }

  /** Closes any record iterators still reading. */
  @Override
  public void close() {
    closed = true;
    List<ShapefileCuts> open;
    synchronized (openWalks) {
      open = List.copyOf(openWalks);
    }
    for (ShapefileCuts walk : open) {
      walk.close();
    }
  }
}
