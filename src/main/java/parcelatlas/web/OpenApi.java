package parcelatlas.web;

import static parcelatlas.web.OpenApiComponents.obj;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import parcelatlas.features.ServedCollection;

/**
 * The OpenAPI 3.0 definition of the OGC API at {@code /ogc/api} (landing page rel
 * {@code service-desc}), and its HTML rendering ({@code f=html}, rel {@code service-doc}).
 * Self-contained: every {@code $ref} points into the document, so offline clients can validate
 * it. {@code collectionId} is an enum of the collections the viewer may see. Filter, sort and
 * queryables are described as the API offers them to CQL2 clients.
 */
final class OpenApi {
  static final String MEDIA_TYPE = "application/vnd.oai.openapi+json;version=3.0";
  private static final String ITEM = "/collections/{collectionId}/items";

  private final Links links;

  OpenApi(Links links) {
    this.links = links;
  }

  void document(Context ctx) {
    boolean staff = AuthApi.viewer(ctx).isStaff();
    List<String> ids = new ArrayList<>();
    for (ServedCollection c : ServedCollection.values()) {
      if (staff || !c.staffOnly()) {
        ids.add(c.id());
      }
    }
    OgcApi.respond(ctx, MEDIA_TYPE, document(links.base(ctx) + "/ogc", ids), OpenApiHtml::page);
  }

  /** The document for a server URL and the collections the viewer may see. */
  static ObjectNode document(String server, List<String> collectionIds) {
    ObjectNode doc = obj().put("openapi", "3.0.3");
    doc.set("info", obj().put("title", "Parcel Atlas 园区地块 OGC API – Features").put("version", "1.0")
        .put("description", "园区、地块、重点项目、征收片区 Industrial parks, land parcels, key projects and "
            + "demolition zones. Anonymous visitors see parks and land-ready parcels; staff sign in."));
    doc.putArray("servers").add(obj().put("url", server));
    ObjectNode paths = doc.putObject("paths");
    paths.set("/", path(op("getLandingPage", "登录页 Landing page", "LandingPage", "f")));
    paths.set("/conformance", path(op("getConformance", "符合性 Conformance classes", "Conformance", "f")));
    paths.set("/api", path(op("getApiDefinition", "API 定义 This API definition", "OpenApi", "f")));
    paths.set("/collections", path(op("getCollections", "图层 Collections", "Collections", "f")));
    paths.set("/collections/{collectionId}", path(withErrors(op("describeCollection", "图层 A collection",
        "Collection", "collectionId", "f"), "Unauthorized", "NotFound")));
    paths.set(ITEM, path(withErrors(op("getFeatures", "要素 Features, paged", "Features", "collectionId",
        "limit", "offset", "cursor", "bbox", "bbox-crs", "crs", "filter", "filter-lang", "filter-crs", "sortby", "f",
        "count"),
        "InvalidParameter", "Unauthorized", "NotFound")));
    paths.set(ITEM + "/{featureId}", path(withErrors(op("getFeature", "要素 One feature", "Feature",
        "collectionId", "featureId", "crs", "f"), "InvalidParameter", "Unauthorized", "NotFound")));
    paths.set("/collections/{collectionId}/queryables", path(withErrors(op("getQueryables",
        "可查询属性 Queryables", "Queryables", "collectionId", "f"), "Unauthorized", "NotFound")));
    doc.set("components", OpenApiComponents.components(collectionIds));
    return doc;
  }

  private static ObjectNode path(ObjectNode get) {
    return obj().set("get", get);
  }

  private static ObjectNode op(String id, String summary, String response, String... parameters) {
    ObjectNode op = obj().put("operationId", id).put("summary", summary);
    ArrayNode params = op.putArray("parameters");
    for (String p : parameters) {
      params.add(obj().put("$ref", "#/components/parameters/" + p));
    }
    ObjectNode responses = op.putObject("responses");
    responses.set("200", ref(response));
    responses.set("500", ref("ServerError"));
    return op;
  }

  private static ObjectNode withErrors(ObjectNode op, String... responses) {
    for (String r : responses) {
      String status = switch (r) {
        case "InvalidParameter" -> "400";
        case "Unauthorized" -> "401";
        default -> "404";
      };
      ((ObjectNode) op.get("responses")).set(status, ref(r));
    }
    return op;
  }

  private static ObjectNode ref(String response) {
    return obj().put("$ref", "#/components/responses/" + response);
  }
}
