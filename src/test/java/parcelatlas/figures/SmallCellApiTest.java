package parcelatlas.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.accounts.PasswordHasher;
import parcelatlas.accounts.Role;
import parcelatlas.accounts.Users;
import parcelatlas.storage.Storage;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.TestDatabases;

/**
 * Small-cell inference (issue 9, item 6) on {@link FigureFixture}: on 2026-06-30 乙镇's only
 * tax-paying project is X3 (90 万元 over 30 亩), and its only investment is X3's; 甲镇's official,
 * who may not read X3's panel, must not learn them from the figures, the rankings or the CSV,
 * while 乙镇's own and city-wide officials still see every number.
 */
@Tag("database")
class SmallCellApiTest {
  private static final String PASSWORD = "small cell password";
  private static final String DAY = "as_of=2026-06-30";
  private static final String YI = "/api/figures?scope=township:%E4%B9%99%E9%95%87&" + DAY;
  private static Storage storage;
  private static RunningApp app;

  @BeforeAll
  static void start() {
    storage = TestDatabases.fresh();
    FigureFixture.load(storage);
    Users users = new Users(storage, new PasswordHasher(4));
    users.add("jia", Role.OFFICIAL, "甲镇", null, PASSWORD.toCharArray());
    users.add("yi", Role.OFFICIAL, "乙镇", null, PASSWORD.toCharArray());
    users.add("city", Role.OFFICIAL, null, null, PASSWORD.toCharArray());
    app = new RunningApp(storage);
  }

  @AfterAll
  static void stop() {
    app.close();
    storage.close();
  }

  private static ApiClient as(String user) {
    return app.client().signIn(user, PASSWORD);
  }

  @Test
  void another_townships_official_gets_a_one_project_townships_tax_and_investment_withheld_with_the_reason() {
    ApiClient jia = as("jia");
    jia.json("/api/desk/projects/X3", 403);
    JsonNode f = jia.json(YI, 200);
    for (String field : List.of("taxPaidWan", "taxLandMu", "taxWanPerMu", "completedInvestmentWan",
        "investmentRatePct", "investmentGapPts")) {
      assertTrue(f.get(field).isNull(), field + " in " + f);
      assertTrue(f.get("suppressed").get(field).asText().startsWith("suppressed: fewer than 3 projects"), f.toString());
    }
    assertEquals(100.0, f.get("startRatePct").asDouble(), "headline figures stay for all staff");
    assertEquals(2000.0, f.get("plannedInvestmentWan").asDouble());
    JsonNode city = jia.json("/api/figures?scope=city&" + DAY, 200);
    assertTrue(city.get("taxPaidWan").isNull(), "the city's 96 minus 甲镇's own 6 would give X3's 90 away: " + city);
    JsonNode own = jia.json("/api/figures?scope=township:%E7%94%B2%E9%95%87&" + DAY, 200);
    assertEquals(0.6, own.get("taxWanPerMu").asDouble(), "a township sees its own figures");
    assertEquals(0, own.get("suppressed").size());
  }

  @Test
  void the_own_township_and_city_wide_officials_see_the_numbers() {
    for (String who : List.of("yi", "city")) {
      JsonNode f = as(who).json(YI, 200);
      assertEquals(90.0, f.get("taxPaidWan").asDouble(), who);
      assertEquals(3.0, f.get("taxWanPerMu").asDouble(), who);
      assertEquals(400.0, f.get("completedInvestmentWan").asDouble(), who);
      assertEquals(0, f.get("suppressed").size(), who);
    }
    assertEquals(2.4, as("city").json("/api/figures?scope=city&" + DAY, 200).get("taxWanPerMu").asDouble());
    assertTrue(as("yi").json("/api/figures?scope=park:P1&" + DAY, 200).get("taxWanPerMu").isNull(),
        "park P1's only payer is 甲镇's X1");
  }

  @Test
  void rankings_and_csv_withhold_the_same_cells() {
    JsonNode tax = as("jia").json("/api/figures/rankings?period=week&" + DAY, 200).get("rankings").get("tax_wan_per_mu");
    assertEquals("甲镇", tax.get(0).get("name").asText());
    assertEquals(0.6, tax.get(0).get("value").asDouble());
    assertEquals("乙镇", tax.get(1).get("name").asText());
    assertTrue(tax.get(1).get("value").isNull(), tax.toString());
    assertTrue(tax.get(1).get("previousValue").isNull(), tax.toString());
    assertTrue(tax.get(1).get("part").isNull() && tax.get(1).get("whole").isNull(), "nor the amounts behind it: " + tax);
    JsonNode cityView = as("city").json("/api/figures/rankings?period=week&" + DAY, 200).get("rankings");
    assertEquals(3.0, cityView.get("tax_wan_per_mu").get(0).get("value").asDouble());

    List<String> lines = as("jia").get("/api/figures.csv?lang=en&" + DAY).body().lines().toList();
    assertTrue(lines.get(0).endsWith(",penalty_wan,suppressed"), lines.get(0));
    String yi = lines.stream().filter(l -> l.startsWith("township:乙镇,")).findFirst().orElseThrow();
    assertFalse(yi.contains(",90.0,"), yi);
    assertTrue(yi.contains("tax_paid_wan: suppressed: fewer than 3 projects"), yi);
    String yiForCity = as("city").get("/api/figures.csv?lang=en&" + DAY).body().lines()
        .filter(l -> l.startsWith("township:乙镇,")).findFirst().orElseThrow();
    assertTrue(yiForCity.contains(",90.0,30.0,3.0,"), yiForCity);
  }
}
