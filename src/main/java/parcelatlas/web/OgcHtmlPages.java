package parcelatlas.web;

import static parcelatlas.web.OgcHtml.a;
import static parcelatlas.web.OgcHtml.esc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import parcelatlas.web.OgcHtml.Crumb;
import parcelatlas.web.OgcHtml.Markup;

/** HTML for the landing page, conformance, and the collections, rendered from their JSON bodies. */
final class OgcHtmlPages {
  private static final List<Crumb> COLLECTIONS = List.of(new Crumb("/ogc/collections", "图层 Collections"));

  private OgcHtmlPages() {}

  static String landing(JsonNode body) {
    StringBuilder html = new StringBuilder();
    html.append("<p>").append(esc(body.path("description"))).append("</p>\n<ul class=\"links\">\n");
    for (JsonNode link : body.path("links")) {
      String rel = link.path("rel").asText();
      if (!rel.equals("self") && !rel.equals("alternate")) {
        html.append("<li>").append(a(OgcFormat.withF(link.path("href").asText(), "html"), link.path("title")))
            .append(" <code>").append(esc(rel)).append("</code></li>\n");
      }
    }
    html.append("</ul>\n");
    return OgcHtml.page(body.path("title").asText(), "OGC API – Features", List.of(),
        jsonOf(body), html.toString(), false);
  }

  static String conformance(JsonNode body) {
    StringBuilder html = new StringBuilder("<ul class=\"links\">\n");
    body.path("conformsTo").forEach(uri -> html.append("<li><code>").append(esc(uri)).append("</code></li>\n"));
    html.append("</ul>\n");
    return OgcHtml.page("符合的标准", "Conformance", List.of(new Crumb(null, "符合性 Conformance")),
        jsonOf(body), html.toString(), false);
  }

  static String collections(JsonNode body) {
    StringBuilder html = new StringBuilder("<table>\n<thead><tr><th>编号 id</th><th>名称 Title</th>"
        + "<th>要素 Items</th></tr></thead>\n<tbody>\n");
    for (JsonNode c : body.path("collections")) {
      html.append("<tr><td>").append(a(OgcHtml.href(c, "self"), c.path("id").asText())).append("</td><td>")
          .append(esc(c.path("title"))).append("</td><td>")
          .append(a(OgcHtml.href(c, "items"), "浏览要素 Browse items")).append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n");
    return OgcHtml.page("图层", "Collections", List.of(new Crumb(null, "图层 Collections")), jsonOf(body),
        html.toString(), false);
  }

  static String collection(JsonNode body) {
    List<Object[]> rows = new ArrayList<>();
    rows.add(new Object[] {"编号 id", body.path("id")});
    rows.add(new Object[] {"要素类型 Item type", body.path("itemType")});
    JsonNode box = body.path("extent").path("spatial").path("bbox").path(0);
    if (!box.isMissingNode()) {
      List<String> corners = new ArrayList<>();
      box.forEach(v -> corners.add(v.asText()));
      rows.add(new Object[] {"范围 Extent (CRS84)", String.join(", ", corners)});
    }
    rows.add(new Object[] {"存储坐标系 Storage CRS", body.path("storageCrs")});
    StringBuilder crs = new StringBuilder("<details><summary>")
        .append(body.path("crs").size()).append(" 个 CRSs</summary><ul>");
    body.path("crs").forEach(uri -> crs.append("<li><code>").append(esc(uri)).append("</code></li>"));
    rows.add(new Object[] {"可选坐标系 CRSs (crs=…)", new Markup(crs.append("</ul></details>").toString())});
    rows.add(new Object[] {"要素 Items", new Markup(a(OgcHtml.href(body, "items"), "浏览要素 Browse items"))});
    String id = body.path("id").asText();
    return OgcHtml.page(body.path("title").asText(), "", List.of(COLLECTIONS.get(0), new Crumb(null, id)),
        jsonOf(body), OgcHtml.facts(rows), false);
  }

  /** The JSON alternate of a page whose JSON body carries a self link. */
  static String jsonOf(JsonNode body) {
    return OgcFormat.withF(OgcHtml.href(body, "self"), "json");
  }
}
