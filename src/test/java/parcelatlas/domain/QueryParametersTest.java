package parcelatlas.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shared query-parameter rules: each refusal names the parameter and its kind. */
class QueryParametersTest {
  private static String refusal(Runnable parse, String field) {
    BadInput e = assertThrows(BadInput.class, parse::run);
    assertEquals(field, e.params().get("field"), e.getMessage());
    return e.code();
  }

  @Test
  void only_known_parameters_are_accepted() {
    QueryParameters.requireKnown(Map.of("limit", List.of("5")), Set.of("limit", "cursor"));
    assertEquals(ErrorCode.UNKNOWN_PARAMETER.code(),
        refusal(() -> QueryParameters.requireKnown(Map.of("limt", List.of("5")), Set.of("limit")), "limt"));
  }

  @Test
  void a_value_is_given_once_and_bounded_and_blank_is_absent_only_for_text() {
    assertNull(QueryParameters.single(Map.of(), "q", 5));
    assertEquals("", QueryParameters.single(Map.of("cursor", List.of("")), "cursor", 5));
    assertNull(QueryParameters.text(Map.of("q", List.of("  ")), "q", 5));
    assertEquals("园区", QueryParameters.text(Map.of("q", List.of(" 园区 ")), "q", 5));
    assertEquals(ErrorCode.REPEATED_PARAMETER.code(), refusal(() -> QueryParameters.text(Map.of("q", List.of("a", "b")), "q", 5), "q"));
    assertEquals(ErrorCode.TEXT_TOO_LONG.code(), refusal(() -> QueryParameters.text(Map.of("q", List.of("abcdef")), "q", 5), "q"));
  }

  @Test
  void a_list_is_split_deduplicated_and_bounded_in_count_and_length() {
    assertEquals(List.of("A", "B"), QueryParameters.list(Map.of("codes", List.of(" A, B,,A ")), "codes", 3, 4));
    assertEquals(List.of(), QueryParameters.list(Map.of(), "codes", 3, 4));
    assertEquals(ErrorCode.TOO_MANY_ITEMS.code(),
        refusal(() -> QueryParameters.list(Map.of("codes", List.of("A,B,C,D")), "codes", 3, 4), "codes"));
    assertEquals(ErrorCode.TEXT_TOO_LONG.code(),
        refusal(() -> QueryParameters.list(Map.of("codes", List.of("A,BBBBB")), "codes", 3, 4), "codes"));
  }
}
