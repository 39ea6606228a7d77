package parcelatlas.web;

import parcelatlas.domain.ErrorCode;
import com.fasterxml.jackson.databind.JsonNode;
import parcelatlas.io.JsonObjects;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import parcelatlas.accounts.Role;
import parcelatlas.accounts.Viewer;
import parcelatlas.importer.ImportChoices;
import parcelatlas.importer.Imports;

/**
 * Imports from the browser, for planners and admins: {@code POST /api/imports?layer=&name=} with
 * the file as the raw body (a zipped shapefile or GeoJSON), then {@code POST
 * /api/imports/{id}/preview} and {@code …/commit} with {@code {layer, crs?, encoding?, mapping?,
 * constants?}} (constants: portal field → the value every record gets), a commit into a layer that
 * has rows also with {@code confirm: {changed, absent}} echoing the preview's diff (else 409),
 * or {@code DELETE /api/imports/{id}}. Another user's upload does not exist (404). The importer's
 * refusals ({@link parcelatlas.importer.UploadRefused}, {@link parcelatlas.importer.ImportFailedException})
 * are answered by {@link ApiErrors}, a 422 listing the problems.
 */
final class ImportApi {
  private static final Set<String> UPLOAD_PARAMS = Set.of("layer", "name", "crs", "encoding");
  private static final Set<String> BODY_MEMBERS = Set.of("layer", "crs", "encoding", "mapping", "constants",
      "confirm");
  private final Imports imports;

  ImportApi(Imports imports) {
    this.imports = imports;
  }

  void upload(Context ctx) {
    Viewer viewer = requirePlanner(ctx);
    for (String name : ctx.queryParamMap().keySet()) {
      if (!UPLOAD_PARAMS.contains(name)) {
        throw ApiException.badRequest(ErrorCode.UNKNOWN_PARAMETER, "unknown parameter '" + name
            + "'; allowed: crs, encoding, layer, name", "field", name, "allowed", List.of("crs", "encoding", "layer", "name"));
      }
    }
    ImportChoices choices = ImportChoices.parse(ctx.queryParam("layer"), ctx.queryParam("crs"),
        ctx.queryParam("encoding"), Map.of());
    long declared = declaredLength(ctx);
    Imports.Staged staged = imports.upload(viewer.user().username(), ctx.queryParam("name"), declared,
        ctx.bodyInputStream(), choices);
    ctx.status(201).contentType(OgcApi.JSON).result(Json.write(ImportJson.staged(staged)));
  }

  void preview(Context ctx) {
    Viewer viewer = requirePlanner(ctx);
    ImportChoices choices = choices(ctx);
    var preview = imports.preview(viewer.user().username(), ctx.pathParam("id"), choices);
    ctx.contentType(OgcApi.JSON).result(Json.write(ImportJson.preview(preview)));
  }

  void commit(Context ctx) {
    Viewer viewer = requirePlanner(ctx);
    ImportChoices choices = choices(ctx);
    var report = imports.commit(viewer.user().username(), ctx.pathParam("id"), choices,
        confirmation(JsonBody.read(ctx).path("confirm")));
    ctx.contentType(OgcApi.JSON).result(Json.write(report));
  }

  void discard(Context ctx) {
    Viewer viewer = requirePlanner(ctx);
    imports.discard(viewer.user().username(), ctx.pathParam("id"));
    ctx.status(204);
  }

  private static Viewer requirePlanner(Context ctx) {
    Viewer viewer = AuthApi.requireStaff(ctx, "import layers");
    if (!viewer.is(Role.PLANNER) && !viewer.is(Role.ADMIN)) {
      throw new ApiException(403, ErrorCode.IMPORTS_FOR_PLANNERS, "only planners and admins import layers");
    }
    return viewer;
  }

  private static ImportChoices choices(Context ctx) {
    JsonNode body = JsonBody.read(ctx);
    JsonObjects.requireObject(body, BODY_MEMBERS);
    Map<String, String> constants = textMap(body.path("constants"), "constants");
    JsonNode mapping = body.path("mapping");
    if (!mapping.isMissingNode() && !mapping.isNull() && !mapping.isObject()) {
      throw ApiException.badRequest(ErrorCode.MAPPING_INVALID, "mapping must be an object {source field: portal field or \"\"}");
    }
    Map<String, String> choices = new LinkedHashMap<>();
    mapping.fields().forEachRemaining(e -> {
      if (!e.getValue().isTextual() && !e.getValue().isNull()) {
        throw ApiException.badRequest(ErrorCode.MAPPING_INVALID, "mapping: '" + e.getKey()
            + "' must map to a portal field name or \"\"");
      }
      choices.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asText());
    });
    return ImportChoices.parse(JsonBody.text(body, "layer"), JsonBody.text(body, "crs"), JsonBody.text(body, "encoding"), choices, constants);
  }

  /** An object of strings (at most 100 members), e.g. the constants {portal field: value}. */
  private static Map<String, String> textMap(JsonNode node, String member) {
    Map<String, String> out = new LinkedHashMap<>();
    if (node.isMissingNode() || node.isNull()) {
      return out;
    }
    if (!node.isObject() || node.size() > 100) {
      throw ApiException.badRequest(ErrorCode.TEXT_EXPECTED, member + " must be an object of at most 100"
          + " {field: text} members", "field", member);
    }
    node.fields().forEachRemaining(e -> {
      if (!e.getValue().isTextual() && !e.getValue().isNull()) {
        throw ApiException.badRequest(ErrorCode.TEXT_EXPECTED, member + "." + e.getKey() + " must be a string",
            "field", member + "." + e.getKey());
      }
      out.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asText());
    });
    return out;
  }

  /** {@code {changed, absent}}, both whole numbers from 0; null when absent. */
  private static Imports.Confirmation confirmation(JsonNode node) {
    if (node.isMissingNode() || node.isNull()) {
      return null;
    }
    JsonObjects.requireObject(node, Set.of("changed", "absent"));
    long[] counts = new long[2];
    String[] names = {"changed", "absent"};
    for (int i = 0; i < 2; i++) {
      JsonNode value = node.path(names[i]);
      if (!value.canConvertToLong() || !value.isIntegralNumber() || value.asLong() < 0) {
        throw ApiException.badRequest(ErrorCode.CONFIRM_INVALID, "confirm." + names[i]
            + " must be a whole number from 0 (the count the preview showed)", "field", "confirm." + names[i]);
      }
      counts[i] = value.asLong();
    }
    return new Imports.Confirmation(counts[0], counts[1]);
  }

  private static long declaredLength(Context ctx) {
    String header = ctx.header("Content-Length");
    try {
      return header == null ? -1 : Long.parseLong(header.strip());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(ErrorCode.LENGTH_REQUIRED, "Content-Length is not a number");
    }
  }
}
