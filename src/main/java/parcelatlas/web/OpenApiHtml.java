package parcelatlas.web;

import static parcelatlas.web.OgcHtml.esc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The OpenAPI document as an HTML page listing every operation and its parameters; no script. */
final class OpenApiHtml {
  private OpenApiHtml() {}

  static String page(JsonNode doc) {
    String server = doc.path("servers").path(0).path("url").asText();
    JsonNode parameters = doc.path("components").path("parameters");
    StringBuilder html = new StringBuilder("<p>").append(esc(doc.path("info").path("description"))).append("</p>\n");
    html.append("<p>服务地址 Server: <code>").append(esc(server)).append("</code></p>\n");
    for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("paths").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> path = it.next();
      JsonNode op = path.getValue().path("get");
      html.append("<section class=\"operation\"><h2><code>GET ").append(esc(path.getKey())).append("</code> ")
          .append(esc(op.path("summary"))).append("</h2>\n<p class=\"op-id\">operationId: <code>")
          .append(esc(op.path("operationId"))).append("</code></p>\n");
      html.append("<table><thead><tr><th>参数 Parameter</th><th>位置 In</th><th>说明 Description</th></tr></thead>"
          + "<tbody>\n");
      for (JsonNode ref : op.path("parameters")) {
        String name = ref.path("$ref").asText().replace("#/components/parameters/", "");
        JsonNode p = parameters.path(name);
        html.append("<tr><td><code>").append(esc(p.path("name"))).append("</code></td><td>")
            .append(esc(p.path("in"))).append("</td><td>").append(esc(p.path("description"))).append("</td></tr>\n");
      }
      html.append("</tbody></table>\n<p>响应 Responses: ");
      List<String> statuses = new java.util.ArrayList<>();
      op.path("responses").fieldNames().forEachRemaining(statuses::add);
      html.append(esc(String.join(", ", statuses))).append("</p></section>\n");
    }
    return OgcHtml.page("API 文档", "API documentation", List.of(new OgcHtml.Crumb(null, "API")),
        server + "/api?f=json", html.toString(), false);
  }
}
