package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import parcelatlas.accounts.PasswordHasher;
import parcelatlas.accounts.Users;
import parcelatlas.storage.Storage;
import parcelatlas.testing.Browser;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;
import parcelatlas.testing.DemoData;

/** An administrator manages users from the admin page in Chromium; each change lands in the audit log. */
class AdminPageBrowserTest {
  private static Storage storage;
  private static RunningApp app;

  @BeforeAll
  static void start() {
    storage = DemoData.loaded(); // the township the admin types must exist
    RunningApp.withStaff(storage);
    app = new RunningApp(storage);
  }

  @AfterAll
  static void stop() {
    app.close();
    storage.close();
  }

  private static void waitFor(Browser browser, String script) {
    long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!Boolean.TRUE.equals(browser.driver().executeScript("return " + script)) && System.nanoTime() < until) {
      browser.pause(Duration.ofMillis(100));
    }
    assertTrue(Boolean.TRUE.equals(browser.driver().executeScript("return " + script)), script);
  }

  @Test
  void an_admin_adds_and_disables_a_user_and_sees_both_in_the_audit_log() {
    try (Browser browser = Browser.desktop()) {
      browser.signIn(app.base(), RunningApp.STAFF, RunningApp.STAFF_PASSWORD, "/admin.html");
      waitFor(browser, "window.adminReady === true");
      browser.driver().findElement(By.cssSelector("[data-testid=user-username]")).sendKeys("zhou.min");
      browser.driver().findElement(By.cssSelector("[data-testid=user-township]")).sendKeys("东湖街道");
      browser.driver().findElement(By.cssSelector("[data-testid=user-password]")).sendKeys("a fresh password");
      browser.driver().findElement(By.cssSelector("[data-testid=user-submit]")).click();
      waitFor(browser, "!!document.querySelector('[data-username=\"zhou.min\"]')");
      assertTrue(new Users(storage, new PasswordHasher(4)).authenticate("zhou.min", "a fresh password".toCharArray()).isPresent());
      browser.driver().findElement(By.cssSelector("[data-username='zhou.min'] [data-testid=user-disable]")).click();
      waitFor(browser, "document.querySelector('[data-username=\"zhou.min\"]').dataset.disabled === 'true'");
      String audit = browser.textOf("[data-testid=audit-table] tbody", Duration.ofSeconds(5));
      assertTrue(audit.contains("disable") && audit.contains("add") && audit.contains("zhou.min"), audit);
      assertEquals(2, Sql.count(storage, "audit_log WHERE entity = 'user' AND entity_key = 'zhou.min' AND actor = 'staff'"));
      browser.screenshot("admin-page");
    }
  }
}
