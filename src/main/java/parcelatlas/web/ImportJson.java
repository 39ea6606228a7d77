package parcelatlas.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import parcelatlas.catalog.Layer;
import parcelatlas.features.cql2.FieldTitles;
import parcelatlas.importer.ImportPreview;
import parcelatlas.importer.Imports;
import parcelatlas.io.BadInputException;
import parcelatlas.io.geojson.GeoJsonGeometryWriter;
import parcelatlas.storage.FeatureRow;

/**
 * The JSON of the import endpoints: uploads, previews (with their first features as GeoJSON), problems.
 * A preview's portal fields carry their Chinese {@code label} ({@link FieldTitles}) for the mapping table.
 */
final class ImportJson {
  private ImportJson() {}

  static ObjectNode staged(Imports.Staged staged) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("id", staged.upload().id());
    node.put("fileName", staged.upload().fileName());
    node.put("size", staged.upload().size());
    node.put("sha256", staged.upload().sha256());
    node.put("createdAt", staged.upload().createdAt().toString());
    node.set("preview", preview(staged.preview()));
    return node;
  }

  static ObjectNode preview(ImportPreview preview) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("ok", preview.ok());
    node.put("layer", preview.layer());
    node.put("file", preview.file());
    node.put("crs", preview.crs());
    node.put("crsSource", preview.crsSource());
    node.put("encoding", preview.encoding());
    node.put("encodingSource", preview.encodingSource());
    node.set("fields", Json.MAPPER.valueToTree(preview.fields()));
    Map<String, String> titles = FieldTitles.of(preview.layer());
    node.set("unmapped", labelled(preview.unmapped(), titles));
    node.set("portalFields", labelled(ImportPreview.portalFields(Layer.byId(preview.layer()).orElseThrow()), titles));
    node.put("records", preview.records());
    node.put("inserted", preview.inserted());
    node.put("updated", preview.updated());
    node.put("repaired", preview.repaired());
    node.set("repairGroups", ImportGroupsJson.repairGroups(preview.repairGroups()));
    node.set("warnings", Json.MAPPER.valueToTree(preview.warnings()));
    node.set("problems", problems(preview.problems()));
    node.set("problemGroups", ImportGroupsJson.problemGroups(preview.problems(), preview.problemCounts()));
    if (preview.diff() == null) {
      node.putNull("diff");
    } else {
      node.set("diff", ImportGroupsJson.diff(preview.diff()));
    }
    ObjectNode features = features(preview.features());
    ImportGroupsJson.addRefused((ArrayNode) features.get("features"), preview.refused());
    node.set("features", features);
    return node;
  }

  static ArrayNode problems(List<BadInputException> problems) {
    ArrayNode array = Json.MAPPER.createArrayNode();
    for (BadInputException p : problems) {
      ObjectNode item = array.addObject();
      item.put("file", p.file());
      if (p.record() == null) {
        item.putNull("record");
      } else {
        item.put("record", p.record());
      }
      item.put("field", p.field());
      item.put("problem", p.problem());
      item.put("message", p.getMessage());
      item.put("code", p.code());
      item.set("params", Json.MAPPER.valueToTree(p.params()));
    }
    return array;
  }

  /** A refusal: {code, description, problems}. */
  static ObjectNode refusal(String code, String description, List<BadInputException> problems) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("code", code);
    node.put("description", description);
    node.set("problems", problems(problems));
    return node;
  }

  /** Portal fields as {name, required, label}: label is the field's Chinese title, or its name when it has none. */
  private static ArrayNode labelled(List<ImportPreview.PortalField> fields, Map<String, String> titles) {
    ArrayNode array = Json.MAPPER.createArrayNode();
    for (ImportPreview.PortalField field : fields) {
      array.addObject().put("name", field.name()).put("required", field.required())
          .put("label", titles.getOrDefault(field.name(), field.name()));
    }
    return array;
  }

  private static ObjectNode features(List<FeatureRow> rows) {
    ObjectNode collection = Json.MAPPER.createObjectNode();
    collection.put("type", "FeatureCollection");
    ArrayNode array = collection.putArray("features");
    for (FeatureRow row : rows) {
      feature(array, row);
    }
    return collection;
  }

  /** Adds {@code row} to {@code array} as a GeoJSON feature; its properties carry its source record. */
  static ObjectNode feature(ArrayNode array, FeatureRow row) {
    ObjectNode feature = array.addObject();
    feature.put("type", "Feature");
    feature.put("id", row.code());
    feature.putRawValue("geometry", new RawValue(geometry(row.geometry())));
    ObjectNode properties = Json.MAPPER.valueToTree(row.values());
    properties.put("source_record", row.sourceRecord());
    feature.set("properties", properties);
    return feature;
  }

  private static String geometry(Geometry geometry) {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = Json.MAPPER.getFactory().createGenerator(text)) {
      GeoJsonGeometryWriter.write(out, geometry);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }
}
