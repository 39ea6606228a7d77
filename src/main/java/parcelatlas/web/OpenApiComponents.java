package parcelatlas.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import parcelatlas.features.FeatureCursor;
import parcelatlas.features.FeatureQuery;

/**
 * The {@code components} of the OpenAPI document: parameters, schemas, responses and headers,
 * all self-contained (every {@code $ref} points into this document).
 */
final class OpenApiComponents {
  private OpenApiComponents() {}

  static ObjectNode components(List<String> collectionIds) {
    ObjectNode components = obj();
    components.set("parameters", parameters(collectionIds));
    components.set("schemas", OpenApiSchemas.schemas());
    components.set("headers", obj().set("Content-Crs", obj().put("description",
        "坐标系 The CRS of the geometries, as a URI in angle brackets").set("schema", string())));
    ObjectNode responses = obj();
    responses.set("LandingPage", ok("登录页 The landing page", OgcApi.JSON, "landingPage"));
    responses.set("Conformance", ok("符合性 Conformance classes", OgcApi.JSON, "confClasses"));
    responses.set("Collections", ok("图层 The collections the viewer may see", OgcApi.JSON, "collections"));
    responses.set("Collection", ok("图层 One collection", OgcApi.JSON, "collection"));
    responses.set("Features", withCrs(ok("要素 A page of features", OgcApi.GEOJSON, "featureCollectionGeoJSON")));
    responses.set("Feature", withCrs(ok("要素 One feature", OgcApi.GEOJSON, "featureGeoJSON")));
    responses.set("Queryables", ok("可查询属性 Queryable properties", "application/schema+json", "queryables"));
    responses.set("OpenApi", ok("本文档 This document", OpenApi.MEDIA_TYPE, "openApiDocument"));
    responses.set("InvalidParameter", error("参数错误 A parameter is invalid or unknown"));
    responses.set("Unauthorized", error("需登录 Sign in to see this collection"));
    responses.set("NotFound", error("不存在 No such collection or feature"));
    responses.set("ServerError", error("服务器错误 The server failed"));
    components.set("responses", responses);
    return components;
  }

  private static ObjectNode parameters(List<String> collectionIds) {
    ObjectNode p = obj();
    ObjectNode collectionId = string();
    ArrayNode ids = collectionId.putArray("enum");
    collectionIds.forEach(ids::add);
    p.set("collectionId", param("collectionId", "path", "图层编号 A collection the viewer may see", collectionId));
    p.set("featureId", param("featureId", "path", "要素编号 A feature's id", string()));
    p.set("limit", param("limit", "query", "每页要素数 Features per page",
        integer(1, FeatureQuery.MAX_LIMIT).put("default", FeatureQuery.DEFAULT_LIMIT)));
    p.set("offset", param("offset", "query", "跳过的要素数 Features to skip (kept for compatibility; follow the"
        + " next link instead, whose cursor makes every page as cheap as the first)", integer(0, OgcPaging.MAX_OFFSET)
        .put("default", 0)));
    p.set("cursor", param("cursor", "query", "翻页游标 Where the page starts: the opaque value of a next link,"
        + " valid for the same sortby; not with offset", string().put("maxLength", FeatureCursor.MAX_CHARS)));
    p.set("count", param("count", "query", "计数 true: give numberMatched (up to "
        + parcelatlas.features.FeatureReader.COUNT_CAP + ") on a page without every match; otherwise such a"
        + " page leaves it out and runs no count (a page holding every match always has it)",
        obj().put("type", "boolean").put("default", false)));
    ObjectNode box = obj().put("type", "array").put("minItems", 4).put("maxItems", 6);
    box.set("items", obj().put("type", "number"));
    p.set("bbox", list(param("bbox", "query", "范围 minX,minY,maxX,maxY in bbox-crs axis order, or"
        + " minX,minY,minZ,maxX,maxY,maxZ (heights ignored); minX > maxX crosses the antimeridian", box)));
    p.set("bbox-crs", param("bbox-crs", "query", "bbox 的坐标系 CRS of bbox (default CRS84)", crsEnum()));
    p.set("crs", param("crs", "query", "输出坐标系 CRS of the returned geometries (default CRS84)", crsEnum()));
    p.set("f", param("f", "query", "格式 Representation (default: by Accept header, else json)",
        enumOf("json", "html")));
    p.set("filter", param("filter", "query", "CQL2 过滤 A CQL2 filter expression", string()));
    p.set("filter-lang", param("filter-lang", "query", "过滤语言 Language of filter",
        enumOf("cql2-text", "cql2-json")));
    p.set("filter-crs", param("filter-crs", "query",
        "过滤坐标系 CRS of the filter's geometry literals, in its EPSG axis order (default CRS84)", crsEnum()));
    ObjectNode keys = obj().put("type", "array");
    keys.set("items", string());
    p.set("sortby", list(param("sortby", "query", "排序 Sort keys: property names, '-' for descending", keys)));
    return p;
  }

  private static ObjectNode param(String name, String in, String description, ObjectNode schema) {
    ObjectNode p = obj().put("name", name).put("in", in).put("description", description)
        .put("required", in.equals("path"));
    p.set("schema", schema);
    return p;
  }

  /** A comma-separated array parameter. */
  private static ObjectNode list(ObjectNode param) {
    return param.put("style", "form").put("explode", false);
  }

  private static ObjectNode crsEnum() {
    ObjectNode schema = string().put("format", "uri").put("default", OgcCrs.CRS84_URI);
    ArrayNode values = schema.putArray("enum");
    OgcCrs.uris().forEach(values::add);
    return schema;
  }

  private static ObjectNode ok(String description, String mediaType, String schema) {
    ObjectNode content = obj();
    content.set(mediaType, obj().set("schema", OpenApiSchemas.ref(schema)));
    content.set(OgcFormat.TEXT_HTML, obj().set("schema", string()));
    ObjectNode response = obj().put("description", description);
    response.set("content", content);
    return response;
  }

  private static ObjectNode withCrs(ObjectNode response) {
    response.set("headers", obj().set("Content-Crs", obj().put("$ref", "#/components/headers/Content-Crs")));
    return response;
  }

  private static ObjectNode error(String description) {
    ObjectNode response = obj().put("description", description);
    response.set("content", obj().set(OgcApi.JSON, obj().set("schema", OpenApiSchemas.ref("exception"))));
    return response;
  }

  static ObjectNode obj() {
    return Json.MAPPER.createObjectNode();
  }

  static ObjectNode string() {
    return obj().put("type", "string");
  }

  private static ObjectNode integer(int min, int max) {
    return obj().put("type", "integer").put("minimum", min).put("maximum", max);
  }

  private static ObjectNode enumOf(String... values) {
    ObjectNode schema = string();
    ArrayNode array = schema.putArray("enum");
    for (String v : values) {
      array.add(v);
    }
    return schema;
  }
}
