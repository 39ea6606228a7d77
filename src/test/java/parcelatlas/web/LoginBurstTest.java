package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.accounts.LoginThrottle;
import parcelatlas.accounts.PasswordHasher;
import parcelatlas.accounts.Role;
import parcelatlas.accounts.Users;
import parcelatlas.storage.Storage;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;
import parcelatlas.testing.TestDatabases;

/**
 * Sign-ins fired at once on many threads over HTTP: the throttle counts each attempt before its
 * password is checked, so a burst gets no more password checks than the limit. Every refused
 * attempt answers 429 without a check, every checked wrong one 401: the split counts the checks.
 */
@Tag("database")
class LoginBurstTest {
  private static final int BURST = 30;
  private static final String RIGHT = "the burst's right password";
  private Storage storage;
  private RunningApp app;

  @BeforeEach
  void start() {
    storage = TestDatabases.fresh();
    new Users(storage, new PasswordHasher(4)).add("target", Role.PLANNER, null, null, RIGHT.toCharArray());
    app = new RunningApp(storage);
  }

  @AfterEach
  void stop() {
    app.close();
    storage.close();
  }

  /** Sends {@value #BURST} sign-ins released together; the statuses in request order. */
  private List<Integer> burst(IntFunction<String> body) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(BURST);
    try {
      CountDownLatch ready = new CountDownLatch(BURST);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < BURST; i++) {
        String json = body.apply(i);
        ApiClient client = app.client();
        answers.add(threads.submit(() -> {
          ready.countDown();
          go.await();
          return client.post("/api/login", "application/json", json).statusCode();
        }));
      }
      ready.await();
      go.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> answer : answers) {
        statuses.add(answer.get());
      }
      return statuses;
    } finally {
      threads.shutdownNow();
    }
  }

  private static String credentials(String user, String password) {
    return "{\"username\": \"" + user + "\", \"password\": \"" + password + "\"}";
  }

  private static long count(List<Integer> statuses, int status) {
    return statuses.stream().filter(s -> s == status).count();
  }

  @Test
  void thirty_concurrent_wrong_passwords_for_one_name_get_five_checks() throws Exception {
    List<Integer> statuses = burst(i -> credentials("target", "wrong guess number " + i));
    assertEquals(LoginThrottle.PER_USER, count(statuses, 401), "password checks: " + statuses);
    assertEquals(BURST - LoginThrottle.PER_USER, count(statuses, 429), "refused unchecked: " + statuses);
  }

  @Test
  void the_right_password_in_a_burst_of_wrong_ones_signs_in_only_within_the_limit() throws Exception {
    int right = 17;
    List<Integer> statuses = burst(i -> credentials("target", i == right ? RIGHT : "wrong guess number " + i));
    long failedChecks = count(statuses, 401);
    boolean signedIn = statuses.get(right) == 200;
    assertTrue(failedChecks <= LoginThrottle.PER_USER, "wrong passwords checked: " + statuses);
    assertEquals(BURST - failedChecks - (signedIn ? 1 : 0), count(statuses, 429), statuses.toString());
    assertTrue(signedIn || statuses.get(right) == 429, statuses.toString());
    assertEquals(signedIn ? 1 : 0, Sql.count(storage, "sessions"),
        "a session only when the right password was among the checked attempts");
    assertEquals(429, app.client().post("/api/login", "application/json", credentials("target", RIGHT)).statusCode(),
        "after five failed checks the name is locked for the window, the right password too");
  }

  @Test
  void thirty_concurrent_sign_ins_for_different_names_from_one_client_get_twenty_checks() throws Exception {
    List<Integer> statuses = burst(i -> credentials("someone" + i, "wrong guess number " + i));
    assertEquals(LoginThrottle.PER_CLIENT, count(statuses, 401), "password checks: " + statuses);
    assertEquals(BURST - LoginThrottle.PER_CLIENT, count(statuses, 429), statuses.toString());
  }
}
