package parcelatlas.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import parcelatlas.context.Nearest;

/** A parcel's location context as JSON: per kind, the nearest point and its distance in metres (0.1 m). */
final class ContextJson {
  private ContextJson() {}

  static ArrayNode nearest(List<Nearest> nearest) {
    ArrayNode list = Json.MAPPER.createArrayNode();
    for (Nearest n : nearest) {
      ObjectNode node = list.addObject();
      node.put("kind", n.kind().code());
      node.put("kind_zh", n.kind().zh());
      node.put("kind_en", n.kind().en());
      node.put("code", n.code());
      node.put("name", n.name());
      node.put("name_en", n.nameEn());
      node.put("distance_m", Math.round(n.distanceM() * 10) / 10.0);
    }
    return list;
  }
}
