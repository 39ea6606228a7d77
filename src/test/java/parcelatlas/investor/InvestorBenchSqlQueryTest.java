package parcelatlas.investor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The benchmark reads a search's query string as the portal does, so pgbench binds the portal's values. */
class InvestorBenchSqlQueryTest {
  @Test
  void an_encoded_keyword_is_decoded_as_the_portal_decodes_it() {
    Map<String, List<String>> query = InvestorBenchSql.query("keyword=%E7%94%B5%E5%AD%90+%25_&sort=-area_mu&limit=2000");
    assertEquals(List.of("电子 %_"), query.get("keyword"));
    assertEquals("电子 %_", ParcelFilter.parse(query).keyword());
    assertEquals(List.of("-area_mu"), query.get("sort"));
  }

  @Test
  void a_name_given_twice_keeps_both_values_and_a_bare_name_is_empty() {
    Map<String, List<String>> query = InvestorBenchSql.query("land_use=M1&land_use=M2&count");
    assertEquals(List.of("M1", "M2"), query.get("land_use"));
    assertEquals(List.of(""), query.get("count"));
  }
}
