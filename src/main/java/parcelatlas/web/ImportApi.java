package parcelatlas.web;

import com.fasterxml.jackson.databind.JsonNode;
import parcelatlas.io.JsonObjects;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import parcelatlas.accounts.Role;
import parcelatlas.accounts.Viewer;
import parcelatlas.importer.ImportChoices;
import parcelatlas.importer.ImportFailedException;
import parcelatlas.importer.Imports;
import parcelatlas.importer.UploadRefused;
import parcelatlas.io.BadInputException;

/**
 * Imports from the browser, for planners and admins: {@code POST /api/imports?layer=&name=} with
 * the file as the raw body (a zipped shapefile or GeoJSON), then {@code POST
 * /api/imports/{id}/preview} and {@code …/commit} with {@code {layer, crs?, encoding?, mapping?}},
 * or {@code DELETE /api/imports/{id}}. Another user's upload does not exist (404).
 */
final class ImportApi {
  private static final Set<String> UPLOAD_PARAMS = Set.of("layer", "name", "crs", "encoding");
  private static final Set<String> BODY_MEMBERS = Set.of("layer", "crs", "encoding", "mapping");
  private final Imports imports;

  ImportApi(Imports imports) {
    this.imports = imports;
  }

  void upload(Context ctx) {
    Viewer viewer = requirePlanner(ctx);
    for (String name : ctx.queryParamMap().keySet()) {
      if (!UPLOAD_PARAMS.contains(name)) {
        throw ApiException.badRequest("unknown parameter '" + name + "'; allowed: crs, encoding, layer, name");
      }
    }
    ImportChoices choices = ApiException.orBadRequest(() -> ImportChoices.parse(ctx.queryParam("layer"),
        ctx.queryParam("crs"), ctx.queryParam("encoding"), Map.of()));
    long declared = declaredLength(ctx);
    Imports.Staged staged = refusing(() -> ApiException.orBadRequest(() -> imports.upload(
        viewer.user().username(), ctx.queryParam("name"), declared, ctx.bodyInputStream(), choices)));
    ctx.status(201).contentType(OgcApi.JSON).result(Json.write(ImportJson.staged(staged)));
  }

  void preview(Context ctx) {
    Viewer viewer = requirePlanner(ctx);
    ImportChoices choices = choices(ctx);
    var preview = refusing(() -> imports.preview(viewer.user().username(), ctx.pathParam("id"), choices));
    ctx.contentType(OgcApi.JSON).result(Json.write(ImportJson.preview(preview)));
  }

  void commit(Context ctx) {
    Viewer viewer = requirePlanner(ctx);
    ImportChoices choices = choices(ctx);
    var report = refusing(() -> imports.commit(viewer.user().username(), ctx.pathParam("id"), choices));
    ctx.contentType(OgcApi.JSON).result(Json.write(report));
  }

  void discard(Context ctx) {
    Viewer viewer = requirePlanner(ctx);
    refusing(() -> {
      imports.discard(viewer.user().username(), ctx.pathParam("id"));
      return null;
    });
    ctx.status(204);
  }

  private static Viewer requirePlanner(Context ctx) {
    Viewer viewer = AuthApi.requireStaff(ctx, "import layers");
    if (!viewer.is(Role.PLANNER) && !viewer.is(Role.ADMIN)) {
      throw new ApiException(403, "Forbidden", "only planners and admins import layers");
    }
    return viewer;
  }

  private static ImportChoices choices(Context ctx) {
    JsonNode body = JsonBody.read(ctx);
    ApiException.orBadRequest(() -> {
      JsonObjects.requireObject(body, BODY_MEMBERS);
      return null;
    });
    JsonNode mapping = body.path("mapping");
    if (!mapping.isMissingNode() && !mapping.isNull() && !mapping.isObject()) {
      throw ApiException.badRequest("mapping must be an object {source field: portal field or \"\"}");
    }
    Map<String, String> choices = new LinkedHashMap<>();
    mapping.fields().forEachRemaining(e -> {
      if (!e.getValue().isTextual() && !e.getValue().isNull()) {
        throw ApiException.badRequest("mapping: '" + e.getKey() + "' must map to a portal field name or \"\"");
      }
      choices.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asText());
    });
    return ApiException.orBadRequest(() -> ImportChoices.parse(text(body, "layer"), text(body, "crs"),
        text(body, "encoding"), choices));
  }

  private static String text(JsonNode body, String member) {
    JsonNode value = body.path(member);
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw ApiException.badRequest(member + " must be a string");
    }
    return value.asText();
  }

  private static long declaredLength(Context ctx) {
    String header = ctx.header("Content-Length");
    try {
      return header == null ? -1 : Long.parseLong(header.strip());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("Content-Length is not a number");
    }
  }

  /** Runs a step, turning the importer's refusals into responses that list the problems. */
  private static <T> T refusing(Supplier<T> step) {
    try {
      return step.get();
    } catch (UploadRefused e) {
      throw switch (e.reason()) {
        case TOO_LARGE -> new ApiException(413, "PayloadTooLarge", e.getMessage());
        case UNSUPPORTED_TYPE -> new ApiException(415, "UnsupportedMediaType", e.getMessage());
        case NOT_FOUND -> ApiException.notFound(e.getMessage());
        case UNREADABLE -> new ImportRefusal(e.getMessage(), e.problems());
      };
    } catch (ImportFailedException e) {
      throw new ImportRefusal(e.getMessage(), e.problems());
    } catch (BadInputException e) {
      throw new ImportRefusal("import refused, nothing was written: " + e.getMessage(), List.of(e));
    }
  }

  /** A 422 that carries the problems, rendered by {@link #render}. */
  static final class ImportRefusal extends ApiException {
    private static final long serialVersionUID = 1L;
    private final transient List<BadInputException> problems;

    ImportRefusal(String message, List<BadInputException> problems) {
      super(422, "ImportRefused", message);
      this.problems = List.copyOf(problems);
    }
  }

  static void render(ImportRefusal e, Context ctx) {
    ctx.status(422).contentType(OgcApi.JSON).result(Json.write(ImportJson.refusal(e.code(), e.getMessage(), e.problems)));
  }
}
