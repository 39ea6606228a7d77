package parcelatlas.investor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.storage.Storage;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.RunningApp;

/**
 * {@code %}, {@code _}, the escape character {@code !} and a backslash in a search text match
 * themselves, not any text ({@link parcelatlas.storage.LikePattern}): the park name search
 * ({@code /api/investor/parks?q=}) and the parcel search's industry words
 * ({@code /api/investor/parcels?keyword=}), each against a decoy the unescaped wildcard (or a bare
 * escape character, which escapes the next one) would match instead or as well.
 */
@Tag("database")
class LikeLiteralSearchTest {
  /** Code, the text that must match only it, and the text of its decoy (the next code). */
  private static final String[][] TEXTS = {
      {"L%园", "LX园"}, {"M_园", "MX园"}, {"N!园", "N园"}, {"P\\园", "P\\X园"}};
  private static Storage storage;
  private static RunningApp app;

  @BeforeAll
  static void start() {
    storage = DemoData.loaded();
    storage.inTransaction(c -> {
      try (PreparedStatement parks = c.prepareStatement("INSERT INTO parks (code, name, name_en, level, area_m2, geom,"
          + " source_crs, source_file, source_record) SELECT ?, ?, ?, level, area_m2, geom, source_crs, source_file, ?"
          + " FROM parks WHERE code = 'QL-P01'");
          PreparedStatement parcels = c.prepareStatement("INSERT INTO parcels (code, industry, park_code, land_use,"
              + " status, area_m2, price_wan_per_mu, geom, source_crs, source_file, source_record) SELECT ?, ?, park_code,"
              + " land_use, 'available', area_m2, price_wan_per_mu, geom, source_crs, source_file, ? FROM parcels"
              + " WHERE code = (SELECT MIN(code) FROM parcels WHERE status = 'available')")) {
        int n = 0;
        for (String[] pair : TEXTS) {
          for (String text : pair) {
            n++;
            parks.setString(1, String.format("ZL-P%02d", n));
            parks.setString(2, text);
            parks.setString(3, "Like " + text);
            parks.setLong(4, 2000 + n);
            parks.addBatch();
            parcels.setString(1, String.format("ZL-%02d", n));
            parcels.setString(2, "试验" + text);
            parcels.setLong(3, 3000 + n);
            parcels.addBatch();
          }
        }
        parks.executeBatch();
        parcels.executeBatch();
      }
      return null;
    });
    app = new RunningApp(storage);
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
    storage.close();
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static List<String> codes(JsonNode list, String code) {
    List<String> codes = new ArrayList<>();
    list.forEach(item -> codes.add(item.at(code).asText()));
    return codes;
  }

  @Test
  void parkNamesMatchWildcardsAndTheEscapeCharacterLiterally() {
    for (int i = 0; i < TEXTS.length; i++) {
      String text = TEXTS[i][0];
      assertEquals(List.of(String.format("ZL-P%02d", 2 * i + 1)),
          codes(app.json("/api/investor/parks?q=" + enc(text), 200).get("parks"), "/code"), text);
      assertEquals(List.of(String.format("ZL-P%02d", 2 * i + 1)),
          codes(app.json("/api/investor/parks?q=" + enc("like " + text.toLowerCase()), 200).get("parks"), "/code"),
          "English name " + text);
    }
  }

  @Test
  void parcelIndustryWordsMatchWildcardsAndTheEscapeCharacterLiterally() {
    for (int i = 0; i < TEXTS.length; i++) {
      String text = "试验" + TEXTS[i][0];
      JsonNode page = app.json("/api/investor/parcels?keyword=" + enc(text), 200);
      assertEquals(List.of(String.format("ZL-%02d", 2 * i + 1)), codes(page.get("features"), "/id"), text);
    }
  }
}
