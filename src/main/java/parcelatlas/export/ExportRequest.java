package parcelatlas.export;

import java.nio.charset.Charset;
import java.util.List;
import parcelatlas.features.FeatureQuery;
import parcelatlas.features.RowFilter;
import parcelatlas.features.ServedCollection;
import parcelatlas.geo.Crs;

/**
 * One export.
 *
 * @param encoding the DBF text encoding (Shapefile only; GBK or UTF-8)
 * @param filters conditions every exported feature meets
 * @param publicOnly restrict to what anonymous visitors may see
 * @param chineseNames columns named as the import's default mapping reads them, codes as Chinese labels
 *     ({@link ChineseTitles}), so the file imports again without a mapping
 * @param internalFields also the fields never served by the feature API (for those who may import)
 */
public record ExportRequest(ServedCollection collection, ExportFormat format, Crs crs, Charset encoding, List<RowFilter> filters,
    boolean publicOnly, boolean chineseNames, boolean internalFields) {

  /** As the portal names things: field ids and codes, no internal fields. */
  public ExportRequest(ServedCollection collection, ExportFormat format, Crs crs, Charset encoding, List<RowFilter> filters,
      boolean publicOnly) {
    this(collection, format, crs, encoding, filters, publicOnly, false, false);
  }

  FeatureQuery query() {
    return new FeatureQuery(collection, filters, List.of(), FeatureQuery.MAX_LIMIT, 0, publicOnly);
  }

  /** This export limited further to an area (its conditions added to the others). */
  public ExportRequest within(ExportArea area) {
    List<RowFilter> all = new java.util.ArrayList<>(filters);
    all.addAll(area.filters());
    return new ExportRequest(collection, format, crs, encoding, all, publicOnly, chineseNames, internalFields);
  }

  /** A file name such as {@code parcels-EPSG4527.zip}. */
  public String fileName() {
    return collection.id() + "-EPSG" + crs.epsg() + format.extension();
  }
}
