package parcelatlas.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import parcelatlas.accounts.PasswordHasher;
import parcelatlas.accounts.Role;
import parcelatlas.accounts.Users;
import parcelatlas.config.AtlasConfig;
import parcelatlas.storage.Storage;
import parcelatlas.web.Routes;

/**
 * The real application on a free loopback port, with a fixed clock. {@link #get} and friends
 * browse anonymously; {@link #staff()} signs in as a city-wide admin created by {@link #withStaff}.
 */
public final class RunningApp implements AutoCloseable {
  /** The day the demo's latest weekly report was filed is the Monday before this. */
  public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T04:00:00Z"), ZoneId.of("Asia/Shanghai"));
  public static final String STAFF = "staff";
  public static final String STAFF_PASSWORD = "correct horse battery staple";
  private final Javalin app;
  private final String host;
  private final ApiClient anonymous;

  public RunningApp(Storage storage) {
    this(storage, Map.of());
  }

  /** With settings given as environment variables (e.g. {@code ATLAS_IMPORT_MAX_BYTES}). */
  public RunningApp(Storage storage, Map<String, String> environment) {
    this(storage, environment, "127.0.0.1");
  }

  /** Listening on {@code host} only (a loopback address: "127.0.0.1" or "::1"). */
  public RunningApp(Storage storage, Map<String, String> environment, String host) {
    this.host = host.contains(":") ? "[" + host + "]" : host;
    this.app = Routes.create(AtlasConfig.load(environment), storage, CLOCK).start(host, 0);
    this.anonymous = client();
  }

  /** Adds the city-wide admin {@link #STAFF} (cheap hashing, for tests). */
  public static void withStaff(Storage storage) {
    new Users(storage, new PasswordHasher(4)).add(STAFF, Role.ADMIN, null, null, STAFF_PASSWORD.toCharArray());
  }

  public String base() {
    return "http://" + host + ":" + app.port();
  }

  /**
   * Every route the app registered, as "METHOD /path/{param}", read from Javalin's router (HTTP
   * methods only, not before- and after-handlers).
   */
  public java.util.List<String> routes() {
    return app.unsafe.internalRouter.allHttpHandlers().stream().filter(e -> e.endpoint.method.isHttpMethod())
        .map(e -> e.endpoint.method.name() + " " + e.endpoint.path).toList();
  }

  /** A new visitor with an empty cookie jar. */
  public ApiClient client() {
    return new ApiClient(base());
  }

  /** A new visitor signed in as {@link #STAFF}. */
  public ApiClient staff() {
    return client().signIn(STAFF, STAFF_PASSWORD);
  }

  public HttpResponse<String> get(String pathOrUrl) {
    return anonymous.get(pathOrUrl);
  }

  public HttpResponse<String> post(String path, String contentType, String body) {
    return anonymous.post(path, contentType, body);
  }

  public JsonNode json(String pathOrUrl, int expectedStatus) {
    return anonymous.json(pathOrUrl, expectedStatus);
  }

  @Override
  public void close() {
    app.stop();
  }
}
