package parcelatlas.web;

import static parcelatlas.web.OgcHtml.a;
import static parcelatlas.web.OgcHtml.esc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import parcelatlas.features.ServedCollection;
import parcelatlas.web.OgcHtml.Crumb;

/**
 * HTML for a page of features (a table of their properties, paging links, a map of the page)
 * and for one feature, rendered from the GeoJSON bodies. The map fetches the page's GeoJSON in
 * CRS84 from {@code data-geojson} (same parameters, {@code f=json}, no {@code crs}).
 */
final class OgcHtmlFeatures {
  private OgcHtmlFeatures() {}

  static String items(JsonNode page, ServedCollection collection, String mapUrl) {
    StringBuilder html = new StringBuilder();
    if (page.has("numberMatched")) {
      html.append("<p class=\"count\">共 ").append(esc(page.path("numberMatched"))).append(" 个要素，本页 ")
          .append(esc(page.path("numberReturned"))).append(" 个 · ").append(esc(page.path("numberMatched")))
          .append(" features matched, ").append(esc(page.path("numberReturned"))).append(" on this page</p>\n");
    } else {
      html.append("<p class=\"count\">本页 ").append(esc(page.path("numberReturned"))).append(" 个要素 · ")
          .append(esc(page.path("numberReturned"))).append(" features on this page</p>\n");
    }
    String paging = paging(page);
    html.append(paging).append(map(mapUrl));
    List<String> columns = columns(page.path("features"));
    html.append("<div class=\"table\"><table>\n<thead><tr><th>id</th>");
    columns.forEach(c -> html.append("<th>").append(esc(c)).append("</th>"));
    html.append("</tr></thead>\n<tbody>\n");
    String items = OgcHtml.href(page, "collection") + "/items/";
    for (JsonNode feature : page.path("features")) {
      String id = feature.path("id").asText();
      html.append("<tr><td>").append(a(items + id + "?f=html", id)).append("</td>");
      columns.forEach(c -> html.append("<td>").append(value(feature.path("properties").get(c))).append("</td>"));
      html.append("</tr>\n");
    }
    html.append("</tbody>\n</table></div>\n").append(paging);
    return OgcHtml.page(collection.layer().titleZh(), collection.layer().titleEn(), crumbs(collection, null),
        OgcHtmlPages.jsonOf(page), html.toString(), true);
  }

  static String item(JsonNode feature, ServedCollection collection, String mapUrl) {
    String id = feature.path("id").asText();
    List<Object[]> rows = new ArrayList<>();
    rows.add(new Object[] {"id", id});
    for (Iterator<String> it = feature.path("properties").fieldNames(); it.hasNext(); ) {
      String name = it.next();
      rows.add(new Object[] {name, new OgcHtml.Markup(value(feature.path("properties").get(name)))});
    }
    String title = feature.path("properties").path("name").asText(id);
    return OgcHtml.page(title, collection.layer().titleZh() + " " + collection.layer().titleEn(),
        crumbs(collection, id), OgcHtmlPages.jsonOf(feature), map(mapUrl) + OgcHtml.facts(rows), true);
  }

  private static List<Crumb> crumbs(ServedCollection collection, String featureId) {
    String base = "/ogc/collections/" + collection.id();
    List<Crumb> crumbs = new ArrayList<>(List.of(new Crumb("/ogc/collections", "图层 Collections"),
        new Crumb(base + "?f=html", collection.layer().titleZh())));
    crumbs.add(featureId == null ? new Crumb(null, "要素 Items") : new Crumb(base + "/items?f=html", "要素 Items"));
    if (featureId != null) {
      crumbs.add(new Crumb(null, featureId));
    }
    return crumbs;
  }

  private static String paging(JsonNode page) {
    StringBuilder html = new StringBuilder("<nav class=\"paging\">");
    String prev = OgcHtml.href(page, "prev");
    String next = OgcHtml.href(page, "next");
    html.append(prev == null ? "<span>‹ 上一页 Previous</span>" : a(OgcFormat.withF(prev, "html"), "‹ 上一页 Previous"));
    html.append(" ");
    html.append(next == null ? "<span>下一页 Next ›</span>" : a(OgcFormat.withF(next, "html"), "下一页 Next ›"));
    return html.append("</nav>\n").toString();
  }

  private static String map(String mapUrl) {
    return "<div id=\"map\" class=\"ogc-map\" data-geojson=\"" + esc(OgcHtml.local(mapUrl)) + "\"></div>\n";
  }

  /** Property names in the order of the first feature that has them all. */
  private static List<String> columns(JsonNode features) {
    List<String> columns = new ArrayList<>();
    for (JsonNode feature : features) {
      feature.path("properties").fieldNames().forEachRemaining(name -> {
        if (!columns.contains(name)) {
          columns.add(name);
        }
      });
    }
    return columns;
  }

  private static String value(JsonNode value) {
    return value == null || value.isNull() ? "" : esc(value);
  }
}
