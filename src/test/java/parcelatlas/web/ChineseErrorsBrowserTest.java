package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static parcelatlas.web.BrowserErrorText.assertChinese;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import parcelatlas.accounts.PasswordHasher;
import parcelatlas.accounts.Role;
import parcelatlas.accounts.Users;
import parcelatlas.testing.Browser;
import parcelatlas.testing.DemoApp;
import parcelatlas.testing.Sql;

/**
 * Every form's error path in Chromium, in Chinese (the pages' default): the server refuses and the
 * page shows its own Chinese text for the refusal's code, never the server's English description.
 * Each case also checks the refusal really came from the server (its English description is
 * what the API answers for the same input).
 */
class ChineseErrorsBrowserTest {
  private static final String PASSWORD = "error texts password";
  private static Map<String, Object> zone;
  private static Map<String, Object> project;
  private static final Path DATA_DIR = UploadFixtures.dataDir("chinese-errors");

  @RegisterExtension
  static final DemoApp city = new DemoApp().withStaff()
      .settings(() -> Map.of("ATLAS_DATA_DIR", DATA_DIR.toString()));

  @BeforeAll
  static void start() {
    Users users = new Users(city.storage(), new PasswordHasher(4));
    zone = Sql.rows(city.storage(), "SELECT z.code, z.township, r.signed_households, r.demolished_households,"
        + " r.cleared_area_m2 FROM demolition_zones z JOIN zone_latest_reports r ON r.zone_id = z.id"
        + " ORDER BY z.code").get(0);
    users.add("town", Role.OFFICIAL, (String) zone.get("township"), null, PASSWORD.toCharArray());
    project = Sql.rows(city.storage(), "SELECT p.code, p.township FROM projects p WHERE p.stage = 'land_secured' AND EXISTS"
        + " (SELECT 1 FROM project_stage_changes c WHERE c.project_id = p.id AND c.effective_date IS NOT NULL)"
        + " ORDER BY p.code").get(0);
    users.add("projects", Role.OFFICIAL, (String) project.get("township"), null, PASSWORD.toCharArray());
    users.add("plan", Role.PLANNER, null, null, PASSWORD.toCharArray());
  }

  private static Browser browser() {
    Browser browser = Browser.desktop();
    browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    return browser;
  }

  private static void awaitState(Browser b, String css, String state) {
    long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (!state.equals(b.attr(css, "data-state")) && System.nanoTime() < until) {
      b.pause(Duration.ofMillis(100));
    }
    assertEquals(state, b.attr(css, "data-state"), b.textOf(css, Duration.ofSeconds(1)));
  }

  private static void click(Browser b, String testid) {
    b.driver().findElement(By.cssSelector("[data-testid=" + testid + "]")).click();
  }

  @Test
  void a_wrong_password_is_refused_in_chinese_and_in_english_on_the_english_page() {
    try (Browser b = browser()) {
      b.driver().get(city.base() + "/login.html");
      b.driver().findElement(By.cssSelector("[data-testid=login-username]")).sendKeys("town");
      b.driver().findElement(By.cssSelector("[data-testid=login-password]")).sendKeys("not the password");
      click(b, "login-submit");
      String shown = b.textOf("[data-testid=login-error]", Duration.ofSeconds(10));
      assertChinese("sign-in", shown);
      assertTrue(shown.contains("用户名或密码错误"), shown);
      b.driver().get(city.base() + "/login.html?lang=en");
      b.driver().findElement(By.cssSelector("[data-testid=login-username]")).sendKeys("town");
      b.driver().findElement(By.cssSelector("[data-testid=login-password]")).sendKeys("not the password");
      click(b, "login-submit");
      assertEquals("Sign-in failed: Wrong user name or password.", b.textOf("[data-testid=login-error]", Duration.ofSeconds(10)));
    }
  }

  @Test
  void the_admin_user_form_names_the_broken_password_rule_in_chinese() {
    try (Browser b = browser()) {
      city.signInStaff(b, "/admin.html");
      b.await("new Promise(r => { const t = setInterval(() => { if (window.adminReady) { clearInterval(t); r(true); } }, 50); })");
      b.driver().findElement(By.cssSelector("[data-testid=user-username]")).sendKeys("zhou.min");
      b.driver().findElement(By.cssSelector("[data-testid=user-password]")).sendKeys("abababababab");
      click(b, "user-submit");
      String shown = b.textOf("[data-testid=admin-error]", Duration.ofSeconds(10));
      assertChinese("admin user form", shown, "zhou.min");
      assertTrue(shown.contains("密码"), shown);
      assertEquals(0, Sql.count(city.storage(), "users WHERE username = 'zhou.min'"));
    }
  }

  @Test
  void a_weekly_report_dated_before_the_latest_is_refused_in_chinese() {
    try (Browser b = browser()) {
      b.signIn(city.base(), "town", PASSWORD, "/desk.html");
      assertFalse(b.await("window.desk.ready").startsWith("ERROR"));
      b.await("window.desk.openZone('" + zone.get("code") + "')");
      b.type("[data-testid=report-date]", "2026-01-05");
      b.type("[data-testid=report-signed]", zone.get("signed_households"));
      b.type("[data-testid=report-demolished]", zone.get("demolished_households"));
      b.type("[data-testid=report-cleared]", zone.get("cleared_area_m2"));
      click(b, "report-submit");
      awaitState(b, "[data-testid=report-status]", "error");
      String shown = b.textOf("[data-testid=report-status]", Duration.ofSeconds(5));
      assertChinese("weekly report", shown);
      assertTrue(shown.contains("2026-01-05") && shown.contains("早于最近一次填报"), shown);
    }
  }

  @Test
  void a_stage_change_dated_before_the_latest_change_is_refused_in_chinese() {
    try (Browser b = browser()) {
      b.signIn(city.base(), "projects", PASSWORD, "/desk.html");
      assertFalse(b.await("window.desk.ready").startsWith("ERROR"));
      b.await("window.desk.openProject('" + project.get("code") + "')");
      b.type("[data-testid=stage-select]", "started");
      b.type("[data-testid=stage-date]", "2000-01-03");
      click(b, "stage-submit");
      awaitState(b, "[data-testid=stage-status]", "error");
      String shown = b.textOf("[data-testid=stage-status]", Duration.ofSeconds(5));
      assertChinese("stage change", shown);
      assertTrue(shown.contains("生效日期") && shown.contains("早于最近一次阶段变更"), shown);
      b.screenshot("chinese-error-stage");
    }
  }

  @Test
  void an_enquiry_with_an_invisible_character_is_refused_in_chinese() {
    try (Browser b = browser()) {
      b.driver().get(city.base() + "/");
      assertFalse(b.await("window.investor.ready").startsWith("ERROR"));
      click(b, "result-select");
      b.textOf("[data-testid=detail-panel][data-state=loaded] [data-testid=detail-facts]", Duration.ofSeconds(10));
      b.type("[data-testid=enquiry-name]", "孙\u202E经理");
      b.type("[data-testid=enquiry-contact]", "13800000000");
      b.type("[data-testid=enquiry-message]", "请介绍该地块的供电容量。");
      click(b, "enquiry-submit");
      awaitState(b, "[data-testid=enquiry-status]", "error");
      String shown = b.textOf("[data-testid=enquiry-status]", Duration.ofSeconds(5));
      assertChinese("enquiry", shown);
      assertTrue(shown.contains("姓名") && shown.contains("控制字符"), shown);
      assertEquals("true", b.attr("[data-testid=enquiry-name]", "aria-invalid"), "the field at fault is marked");
    }
  }

  @Test
  void an_enquiry_with_a_contact_that_is_no_phone_or_e_mail_is_refused_in_chinese() {
    try (Browser b = browser()) {
      b.driver().get(city.base() + "/");
      assertFalse(b.await("window.investor.ready").startsWith("ERROR"));
      click(b, "result-select");
      b.textOf("[data-testid=detail-panel][data-state=loaded] [data-testid=detail-facts]", Duration.ofSeconds(10));
      b.type("[data-testid=enquiry-name]", "孙经理");
      b.type("[data-testid=enquiry-contact]", "abc");
      b.type("[data-testid=enquiry-message]", "请介绍该地块的供电容量。");
      click(b, "enquiry-submit");
      awaitState(b, "[data-testid=enquiry-status]", "error");
      String shown = b.textOf("[data-testid=enquiry-status]", Duration.ofSeconds(5));
      assertChinese("enquiry contact", shown);
      assertTrue(shown.contains("联系方式") && shown.contains("手机号"), shown);
      assertEquals("true", b.attr("[data-testid=enquiry-contact]", "aria-invalid"), "the field at fault is marked");
      b.screenshot("chinese-error-enquiry-contact");
    }
  }

  @Test
  void an_upload_of_the_wrong_kind_and_a_shapefile_without_prj_are_explained_in_chinese() throws Exception {
    Path files = Files.createDirectories(DATA_DIR.resolve("files"));
    Path text = Files.writeString(files.resolve("notes.txt"), "not a layer");
    Path zip = files.resolve("parks.zip");
    Files.write(zip, UploadFixtures.demoZip("parks", ".prj"));
    try (Browser b = browser()) {
      b.signIn(city.base(), "plan", PASSWORD, "/import.html");
      assertFalse(b.await("window.importPage.ready").startsWith("ERROR"));
      b.driver().findElement(By.cssSelector("[data-testid=import-file]")).sendKeys(text.toAbsolutePath().toString());
      click(b, "import-upload");
      b.await("window.importPage.idle()");
      String refused = b.textOf("[data-testid=import-error]", Duration.ofSeconds(10));
      assertChinese("upload of a text file", refused, "notes.txt");
      b.driver().findElement(By.cssSelector("[data-testid=import-file]")).sendKeys(zip.toAbsolutePath().toString());
      click(b, "import-upload");
      b.await("window.importPage.idle()");
      String problems = b.textOf("[data-testid=import-problems]", Duration.ofSeconds(10));
      assertChinese("preview problems", problems, "parks.shp", "parks.zip");
      assertTrue(problems.contains("坐标系"), problems);
    }
  }

  @Test
  void an_export_filter_the_server_cannot_read_is_explained_in_chinese() {
    try (Browser b = browser()) {
      b.driver().get(city.base() + "/export.html");
      assertFalse(b.await("window.exportPage.ready").startsWith("ERROR"));
      b.driver().executeScript("const f = window.exportPage.form; f.set('export-layer', 'parcels');"
          + " f.set('export-filter', \"status = = 'available'\");");
      b.await("window.exportPage.idle()");
      awaitState(b, "[data-testid=export-count]", "error");
      String shown = b.textOf("[data-testid=export-count]", Duration.ofSeconds(5));
      assertChinese("export filter", shown);
      assertTrue(shown.contains("筛选条件"), shown);
    }
  }
}
