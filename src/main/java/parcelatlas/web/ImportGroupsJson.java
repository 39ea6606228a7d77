package parcelatlas.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parcelatlas.importer.ImportPreview;
import parcelatlas.importer.RepairGroup;
import parcelatlas.importer.ReimportDiff;
import parcelatlas.io.BadInputException;

/**
 * The summaries of a preview a person reads first: its problems and its repairs grouped by kind,
 * each group with its count and up to {@link #EXAMPLES} examples (file, record, field), and the
 * re-import diff.
 */
final class ImportGroupsJson {
  /** The examples a group carries. */
  static final int EXAMPLES = 5;

  private ImportGroupsJson() {}

  /** [{code, count, examples: [problem…]}] in the order the codes were first met. */
  static ArrayNode problemGroups(List<BadInputException> problems, Map<String, Long> counts) {
    Map<String, List<BadInputException>> byCode = new LinkedHashMap<>();
    counts.keySet().forEach(code -> byCode.put(code, new ArrayList<>()));
    for (BadInputException p : problems) {
      List<BadInputException> examples = byCode.computeIfAbsent(p.code(), c -> new ArrayList<>());
      if (examples.size() < EXAMPLES) {
        examples.add(p);
      }
    }
    ArrayNode array = Json.MAPPER.createArrayNode();
    byCode.forEach((code, examples) -> {
      ObjectNode group = array.addObject();
      group.put("code", code);
      group.put("count", counts.getOrDefault(code, (long) examples.size()));
      group.set("examples", ImportJson.problems(examples));
    });
    return array;
  }

  /** [{kind, count, examples: [{record, code, problem}]}]; the kind is what the geometry check said, without where. */
  static ArrayNode repairGroups(List<RepairGroup> groups) {
    return Json.MAPPER.valueToTree(groups);
  }

  /** {existing, new, changed, unchanged, absent, examples: [{code, changes: [{field, before, after}]}]}. */
  static ObjectNode diff(ReimportDiff.Counts diff) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("existing", diff.existing());
    node.put("new", diff.added());
    node.put("changed", diff.changed());
    node.put("unchanged", diff.unchanged());
    node.put("absent", diff.absent());
    node.set("examples", Json.MAPPER.valueToTree(diff.examples()));
    return node;
  }

  /** The preview's refused records as GeoJSON features marked {@code refused: true}, with their problems. */
  static void addRefused(ArrayNode features, List<ImportPreview.RefusedFeature> refused) {
    for (ImportPreview.RefusedFeature item : refused) {
      ObjectNode feature = ImportJson.feature(features, item.row());
      ObjectNode properties = (ObjectNode) feature.get("properties");
      properties.put("refused", true);
      properties.set("problems", ImportJson.problems(item.problems()));
    }
  }
}
