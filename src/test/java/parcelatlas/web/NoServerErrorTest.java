package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.accounts.PasswordHasher;
import parcelatlas.accounts.Role;
import parcelatlas.accounts.Users;
import parcelatlas.storage.Storage;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;

/**
 * "Never a 500 for bad input", checked: every route the app registers (read from Javalin's
 * router, so a new route is covered the day it is added) is called by each kind of visitor with
 * bad path parameters, bad query parameters, bodies that are not JSON, and valid example bodies
 * with one member at a time made wrong ({@link BadInputs}). Every answer must be below 500, and
 * every refusal a JSON {@code {"code", "description"}}.
 */
@Tag("database")
class NoServerErrorTest {
  private static final String PASSWORD = "no server error password";
  private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Storage storage;
  private static RunningApp app;
  private static final Map<String, ApiClient> CLIENTS = new LinkedHashMap<>();
  private static final Map<String, String> LOGINS = Map.of("official", "off.a", "city-wide", "city", "planner", "planner");
  private static final Map<String, String> IDS = new LinkedHashMap<>();
  private static final BadAnswers ANSWERS = new BadAnswers();

  @BeforeAll
  static void start() {
    storage = DemoData.loaded();
    RunningApp.withStaff(storage);
    Map<String, Object> project = Sql.rows(storage, "SELECT code, township FROM projects ORDER BY code").get(0);
    IDS.put("$project", (String) project.get("code"));
    IDS.put("$zone", (String) Sql.rows(storage, "SELECT code FROM demolition_zones WHERE township = ? ORDER BY code",
        project.get("township")).get(0).get("code"));
    IDS.put("$park", (String) Sql.rows(storage, "SELECT code FROM parks ORDER BY code").get(0).get("code"));
    Users users = new Users(storage, new PasswordHasher(4));
    users.add("off.a", Role.OFFICIAL, (String) project.get("township"), null, PASSWORD.toCharArray());
    users.add("city", Role.OFFICIAL, null, null, PASSWORD.toCharArray());
    users.add("planner", Role.PLANNER, null, null, PASSWORD.toCharArray());
    users.add("victim", Role.OFFICIAL, null, null, PASSWORD.toCharArray());
    app = new RunningApp(storage);
    CLIENTS.put("anonymous", app.client());
    LOGINS.forEach((who, name) -> CLIENTS.put(who, app.client().signIn(name, PASSWORD)));
    CLIENTS.put("admin", app.staff());
    IDS.put("$parcel", app.json("/api/investor/parcels?limit=1", 200).path("features").get(0).path("id").asText());
    IDS.put("$feature", app.json("/ogc/collections/parcels/items?limit=1", 200).path("features").get(0).path("id").asText());
  }

  @AfterAll
  static void stop() {
    app.close();
    storage.close();
  }

  @Test
  void no_route_answers_bad_input_with_a_server_error_or_without_a_json_refusal() {
    List<String> routes = new ArrayList<>(app.routes());
    // Failed sign-ins count against this client's address: the sign-in route goes last, so that a
    // visitor signed out by the logout route can still sign in again.
    routes.sort(java.util.Comparator.comparing(r -> r.equals("POST /api/login")));
    assertTrue(routes.size() > 40 && routes.contains("POST /api/desk/projects/{code}/tax"), routes.toString());
    for (String route : routes) {
      String method = route.substring(0, route.indexOf(' '));
      String template = route.substring(route.indexOf(' ') + 1);
      for (String who : CLIENTS.keySet()) {
        for (String path : paths(template)) {
          call(who, method, path, null, null);
        }
        String path = goodPath(template);
        if (method.equals("GET")) {
          queries(who, path);
        } else {
          bodies(who, method, path);
        }
        signInAgain(who);
      }
    }
    assertEquals(List.of(), ANSWERS.found(), ANSWERS.found().size() + " bad answers of " + ANSWERS.requests() + " requests");
  }

  /**
   * Query parameters with bad values, for the visitors who see least and most. For each bad
   * value, every parameter name gets it at once; the refusal names the parameter it stopped at,
   * which is then left out and the rest sent again, until nothing more is refused. So each
   * parameter a route reads meets each bad value, at a few requests per value.
   */
  private static void queries(String who, String path) {
    if (!who.equals("anonymous") && !who.equals("admin")) {
      return;
    }
    for (String value : BadInputs.BAD_QUERY) {
      List<String> names = new ArrayList<>(BadInputs.QUERY_NAMES);
      while (!names.isEmpty()) {
        String query = String.join("=" + value + "&", names) + "=" + value;
        HttpResponse<String> response = call(who, "GET", path + "?" + query, null, null);
        String named = response != null && response.statusCode() == 400 ? named(BadAnswers.refusal(response.body()), names) : null;
        if (named == null) {
          break;
        }
        names.remove(named);
      }
    }
    call(who, "GET", path + "?limit=1&limit=2&f=json&f=html", null, null);
  }

  /** The parameter a refusal names: its description starts with it, or quotes it. */
  private static String named(JsonNode refusal, List<String> names) {
    String description = refusal == null ? "" : refusal.path("description").asText();
    return names.stream().filter(n -> description.startsWith(n + " ") || description.startsWith(n + ":")
        || description.contains("'" + n + "'")).findFirst().orElse(null);
  }

  /** Whole bad bodies, then each example body that gets past the parser with one member made wrong. */
  private static void bodies(String who, String method, String path) {
    for (String[] body : BadInputs.BODIES) {
      call(who, method, path, body[0], body[1]);
    }
    List<Map<String, Object>> fitting = new ArrayList<>();
    for (Map<String, Object> shape : BadInputs.SHAPES) {
      HttpResponse<String> answer = call(who, method, path, "application/json", write(shape, null, null));
      int status = answer == null ? 400 : answer.statusCode();
      if (status != 400 && status != 401 && status != 403 && status != 415) {
        fitting.add(shape);
      }
    }
    for (Map<String, Object> shape : fitting) {
      for (String member : shape.keySet()) {
        for (String bad : BadInputs.BAD_JSON) {
          call(who, method, path, "application/json", write(shape, member, bad));
        }
      }
    }
  }

  /** The route with each of its path parameters a real id or a bad value. */
  private static List<String> paths(String template) {
    Matcher m = PARAM.matcher(template);
    if (!m.find()) {
      return List.of(template);
    }
    List<String> paths = new ArrayList<>();
    List<String> values = new ArrayList<>(BadInputs.BAD_PATH);
    values.addAll(goods(m.group(1)));
    for (String value : values) {
      String first = template.substring(0, m.start()) + value + template.substring(m.end());
      paths.addAll(paths(first).stream().limit(4).toList());
    }
    return paths;
  }

  /** The route with real ids, so that what follows reaches the handler's own checks. */
  private static String goodPath(String template) {
    String path = template;
    for (Matcher m = PARAM.matcher(path); m.find(); m = PARAM.matcher(path)) {
      String name = m.group(1);
      String value = goods(name).get(0);
      if (name.equals("code") && path.startsWith("/api/desk/zones")) {
        value = IDS.get("$zone");
      } else if (name.equals("code") && path.startsWith("/api/investor")) {
        value = IDS.get("$parcel");
      }
      path = path.substring(0, m.start()) + value + path.substring(m.end());
    }
    return path;
  }

  private static List<String> goods(String param) {
    return switch (param) {
      case "collectionId" -> List.of("parcels", "projects", "parks", "demolition_zones");
      case "featureId" -> List.of(IDS.get("$feature"), "1");
      case "seq" -> List.of("1", "2");
      case "username" -> List.of("victim", "staff");
      default -> List.of(IDS.get("$project"), IDS.get("$zone"), IDS.get("$parcel"), IDS.get("$park"));
    };
  }

  private static HttpResponse<String> call(String who, String method, String path, String contentType, String body) {
    return ANSWERS.call(CLIENTS.get(who), who, method, path, contentType, body);
  }

  /** A visitor signed out by a route (logout) signs in again. */
  private static void signInAgain(String who) {
    if (LOGINS.containsKey(who) && !CLIENTS.get(who).json("/api/me", 200).path("signedIn").asBoolean()) {
      CLIENTS.put(who, app.client().signIn(LOGINS.get(who), PASSWORD));
    } else if (who.equals("admin") && !CLIENTS.get(who).json("/api/me", 200).path("signedIn").asBoolean()) {
      CLIENTS.put(who, app.staff());
    }
  }

  private static String write(Map<String, Object> shape, String member, String bad) {
    Map<String, Object> body = new LinkedHashMap<>(shape);
    body.replaceAll((k, v) -> v instanceof String s && IDS.containsKey(s) ? IDS.get(s) : v);
    if (member != null) {
      body.put(member, "@@BAD@@");
    }
    try {
      String text = JSON.writeValueAsString(body);
      return member == null ? text : text.replace("\"@@BAD@@\"", bad);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
