package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static parcelatlas.web.BrowserErrorText.assertChinese;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import parcelatlas.accounts.PasswordHasher;
import parcelatlas.accounts.Users;
import parcelatlas.testing.Browser;
import parcelatlas.testing.DemoApp;
import parcelatlas.testing.Sql;

/**
 * An administrator manages users from the admin page in Chromium: the new official's township is
 * picked from the list of real townships, disabling asks first and can be undone, a password is
 * set anew (a password breaking a rule is refused in Chinese); each change lands in the audit log.
 */
class AdminPageBrowserTest {
  @RegisterExtension
  static final DemoApp city = new DemoApp().withStaff();

  private static WebElement find(Browser browser, String css) {
    return browser.driver().findElement(By.cssSelector(css));
  }

  private static boolean disabled(String username) {
    return Sql.count(city.storage(), "users WHERE username = '" + username + "' AND disabled = TRUE") == 1;
  }

  private static String row(String username) {
    return "document.querySelector('[data-username=\"" + username + "\"]')";
  }

  @Test
  void an_admin_picks_a_township_disables_with_confirmation_undoes_it_and_sets_a_new_password() {
    List<String> townships = Sql.rows(city.storage(), "SELECT township FROM demolition_zones UNION"
        + " SELECT township FROM projects WHERE township IS NOT NULL").stream().map(r -> (String) r.get("township")).toList();
    String township = townships.get(townships.size() / 2);
    try (Browser browser = Browser.desktop()) {
      city.signInStaff(browser, "/admin.html");
      browser.waitFor("window.adminReady === true");
      List<String> offered = browser.driver().findElements(By.cssSelector("[data-testid=user-scope] option")).stream()
          .map(o -> o.getAttribute("value")).filter(v -> v.startsWith("township:")).map(v -> v.substring(9)).sorted().toList();
      assertEquals(townships.stream().sorted().toList(), offered, "the scope list is the real townships");
      find(browser, "[data-testid=user-username]").sendKeys("zhou.min");
      find(browser, "[data-testid=user-scope]").click();
      browser.driver().findElements(By.cssSelector("[data-testid=user-scope] option")).stream()
          .filter(o -> o.getAttribute("value").equals("township:" + township)).findFirst().orElseThrow().click();
      assertEquals("township:" + township, find(browser, "[data-testid=user-scope]").getAttribute("value"));
      find(browser, "[data-testid=user-password]").sendKeys("a fresh password");
      find(browser, "[data-testid=user-submit]").click();
      browser.waitFor("!!" + row("zhou.min"));
      assertEquals(township, Sql.rows(city.storage(), "SELECT scope_township FROM users WHERE username = 'zhou.min'").get(0)
          .get("scope_township"));
      assertTrue(browser.textOf("[data-username='zhou.min']", Duration.ofSeconds(2)).contains(township));

      find(browser, "[data-username='zhou.min'] [data-testid=user-disable]").click();
      assertTrue(browser.textOf("[data-username='zhou.min'] [data-testid=disable-question]", Duration.ofSeconds(5))
          .contains("确认停用 zhou.min"));
      assertFalse(disabled("zhou.min"), "nothing happens before the confirmation");
      browser.screenshot("admin-disable-confirm");
      find(browser, "[data-username='zhou.min'] [data-testid=user-disable-confirm]").click();
      browser.waitFor(row("zhou.min") + ".dataset.disabled === 'true'");
      assertTrue(disabled("zhou.min"));
      assertTrue(browser.textOf("[data-testid=admin-notice]", Duration.ofSeconds(5)).contains("已停用 zhou.min"));
      browser.screenshot("admin-disabled-undo");
      find(browser, "[data-testid=notice-undo]").click();
      browser.waitFor(row("zhou.min") + ".dataset.disabled === 'false'");
      assertFalse(disabled("zhou.min"), "undo enables the user again");

      String hash = (String) Sql.rows(city.storage(), "SELECT password_hash FROM users WHERE username = 'zhou.min'").get(0)
          .get("password_hash");
      find(browser, "[data-username='zhou.min'] [data-testid=user-reset-password]").click();
      find(browser, "[data-testid=password-new]").sendKeys("abababababab");
      find(browser, "[data-testid=password-submit]").click();
      String refused = browser.textOf("[data-testid=password-error]", Duration.ofSeconds(10));
      assertChinese("admin password reset", refused);
      assertTrue(refused.contains("密码不能是重复的字符"), refused);
      browser.screenshot("admin-password-refused");
      assertEquals(hash, Sql.rows(city.storage(), "SELECT password_hash FROM users WHERE username = 'zhou.min'").get(0)
          .get("password_hash"));
      find(browser, "[data-testid=password-new]").clear();
      find(browser, "[data-testid=password-new]").sendKeys("another fresh secret");
      find(browser, "[data-testid=password-submit]").click();
      browser.waitFor("document.querySelector('[data-testid=notice-text]')?.textContent.includes('已为 zhou.min 设置新密码')");
      Users users = new Users(city.storage(), new PasswordHasher(4));
      assertTrue(users.authenticate("zhou.min", "another fresh secret".toCharArray()).isPresent());
      assertTrue(users.authenticate("zhou.min", "a fresh password".toCharArray()).isEmpty());

      browser.waitFor("!!document.querySelector('[data-testid=audit-table] tr[data-action=reset_password]')");
      String audit = browser.textOf("[data-testid=audit-table] tbody", Duration.ofSeconds(5));
      assertTrue(audit.contains("新增") && audit.contains("停用") && audit.contains("启用") && audit.contains("重置密码"), audit);
      assertFalse(audit.contains("another fresh secret"), audit);
      assertEquals(4, Sql.count(city.storage(), "audit_log WHERE entity = 'user' AND entity_key = 'zhou.min' AND actor = 'staff'"));
      browser.screenshot("admin-page");

      find(browser, "[data-testid=lang-switch]").click();
      browser.waitFor("document.querySelector('[data-username=\"zhou.min\"] [data-testid=user-reset-password]')?.textContent"
          + " === 'Reset password'");
      assertEquals("User name", browser.textOf("[data-testid=user-table] th", Duration.ofSeconds(2)));
      assertTrue(browser.textOf("[data-username='zhou.min']", Duration.ofSeconds(2)).contains("Official"));
      browser.screenshot("admin-page-en");
    }
  }

  @Test
  void an_admin_finds_an_officials_park_by_typing_its_name_instead_of_a_list_of_every_park() {
    String name = (String) Sql.rows(city.storage(), "SELECT name FROM parks WHERE code = 'QL-P06'").get(0).get("name");
    try (Browser browser = Browser.desktop()) {
      city.signInStaff(browser, "/admin.html");
      browser.waitFor("window.adminReady === true");
      assertEquals(0L, browser.driver().executeScript("return document.querySelectorAll("
          + "'[data-testid=user-scope] option[value^=\"park:\"]').length"), "no park is listed");
      find(browser, "[data-testid=user-username]").sendKeys("park.six");
      browser.driver().executeScript("const s = document.querySelector('[data-testid=user-scope]'); s.value = 'park';"
          + " s.dispatchEvent(new Event('change', { bubbles: true }));");
      WebElement park = find(browser, "[data-testid=user-scope-park]");
      park.sendKeys(name.substring(2, 5));
      browser.waitFor("!!document.querySelector('[data-testid=user-scope-park-list] [data-park=\"QL-P06\"]')");
      while (!"true".equals(browser.attr("[data-testid=user-scope-park-list] [data-park='QL-P06']", "aria-selected"))) {
        park.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
      }
      park.sendKeys(org.openqa.selenium.Keys.ENTER);
      assertEquals(name, park.getAttribute("value"));
      assertEquals("", browser.textOf("[data-testid=admin-error]", Duration.ofMillis(300)), "Enter picks, it does not submit");
      // the form's password (the table's "reset password" buttons share its test id)
      find(browser, "[data-testid=user-form] [data-testid=user-password]").sendKeys("a fresh password");
      find(browser, "[data-testid=user-submit]").click();
      browser.waitFor("!!" + row("park.six") + " || !document.querySelector('[data-testid=admin-error]').hidden");
      assertEquals("", browser.textOf("[data-testid=admin-error]", Duration.ofMillis(300)), "added");
      assertEquals("QL-P06", Sql.rows(city.storage(), "SELECT scope_park_code FROM users WHERE username = 'park.six'").get(0)
          .get("scope_park_code"));
      assertTrue(browser.textOf("[data-username='park.six']", Duration.ofSeconds(2)).contains(name + " (QL-P06)"));
    }
  }
}
