package parcelatlas.investor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import parcelatlas.catalog.Layer;
import parcelatlas.importer.FieldMapping;
import parcelatlas.testing.Sql;
import parcelatlas.testing.DemoApp;

/**
 * The English forms on both databases: the demo's parks and plots have them stored (imported from
 * its files through the default mapping), the investors' API sends them beside the Chinese ones,
 * with the catalogue's English category names for industry texts, and the default mappings take
 * Chinese and English source names for them.
 */
@Tag("database")
class EnglishFieldsTest {
  @RegisterExtension
  static final DemoApp DEMO = new DemoApp();

  @Test
  void the_demo_stores_english_forms_for_every_park_and_every_plot_industry() {
    assertEquals(0, Sql.count(DEMO.storage(), "parks WHERE name_en IS NULL OR address_en IS NULL OR contact_en IS NULL"
        + " OR summary_en IS NULL"));
    assertEquals(0, Sql.count(DEMO.storage(), "parcels WHERE industry IS NOT NULL AND industry_en IS NULL"));
    Map<String, Object> p06 = Sql.rows(DEMO.storage(), "SELECT address_en, contact_person, contact_en FROM parks"
        + " WHERE code = 'QL-P06'").get(0);
    assertEquals("2 Xinnengyuan Avenue, Gaoqiao Town, Qinglan", p06.get("address_en"));
    assertTrue(String.valueOf(p06.get("contact_en")).matches("[A-Z][a-zü]+ [A-Z][a-zü]+"), p06.toString());
  }

  @Test
  void the_api_sends_both_forms_and_the_catalogues_english_names() {
    JsonNode park = null;
    for (JsonNode p : DEMO.app().json("/api/investor/parks", 200).get("parks")) {
      if (p.get("code").asText().equals("QL-P06")) {
        park = p;
      }
    }
    assertEquals("青岚新能源产业园", park.get("name").asText());
    assertEquals("Qinglan New Energy Industry Park", park.get("name_en").asText());
    assertEquals("2 Xinnengyuan Avenue, Gaoqiao Town, Qinglan", park.get("address_en").asText());
    assertTrue(park.get("summary_en").asText().startsWith("A base for lithium batteries"), park.toString());
    assertTrue(park.get("leading_industries_catalogue_en").asText().contains("New energy"), park.toString());
    String code = (String) Sql.rows(DEMO.storage(), "SELECT code FROM parcels WHERE park_code = 'QL-P06'"
        + " AND status IN ('available', 'listed') AND industry = '氢能装备' ORDER BY code").get(0).get("code");
    JsonNode parcel = DEMO.app().json("/api/investor/parcels/" + code, 200);
    JsonNode props = parcel.has("properties") ? parcel.get("properties") : parcel;
    assertEquals("Qinglan New Energy Industry Park", props.get("park_name_en").asText(), props.toString());
    assertEquals("Hydrogen energy equipment", props.get("industry_en").asText());
    assertEquals("New energy", props.get("industry_catalogue_en").asText());
  }

  @Test
  void the_default_mappings_take_chinese_and_english_source_names() {
    List<String> ignored = new ArrayList<>();
    Map<String, String> parks = FieldMapping.load(Layer.PARKS, null).resolve("parks.shp",
        List.of("园区编号", "园区名称", "NAME_EN", "英文地址", "CONTACT_EN", "SUMMARY_EN"), ignored);
    assertEquals(Map.of("code", "园区编号", "name", "园区名称", "name_en", "NAME_EN", "address_en", "英文地址",
        "contact_en", "CONTACT_EN", "summary_en", "SUMMARY_EN"), parks);
    Map<String, String> parcels = FieldMapping.load(Layer.PARCELS, null).resolve("parcels.shp",
        List.of("地块编号", "用地性质", "供地状态", "industry_e"), ignored);
    assertEquals("industry_e", parcels.get("industry_en"));
    assertEquals(List.of(), ignored);
  }
}
