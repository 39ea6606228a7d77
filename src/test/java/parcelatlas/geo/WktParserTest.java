package parcelatlas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WktParserTest {
  @Test
  void nestedElementsQuotedStringsNumbersAndWordsAreRead() {
    WktNode root = WktParser.parse(" PROJCS[\"a \"\"b\"\"\", GEOGCS[\"g\", DATUM[\"d\","
        + " SPHEROID[\"s\", 6378137, 298.257e0]]], AXIS[\"X\", NORTH], UNIT[\"m\", 1.0] ] ");
    assertEquals("PROJCS", root.keyword());
    assertEquals("a \"b\"", root.name());
    WktNode spheroid = root.find("SPHEROID");
    assertEquals(6378137, spheroid.number(0));
    assertEquals(298.257, spheroid.number(1));
    assertEquals(new WktNode.Word("NORTH"), root.child("AXIS").args().get(1));
    assertEquals(1.0, root.child("unit").number(0));
    assertTrue(Double.isNaN(root.child("UNIT").number(1)));
  }

  @Test
  void parenthesesWorkLikeBrackets() {
    WktNode root = WktParser.parse("GEOGCS(\"x\",DATUM(\"d\",SPHEROID(\"s\",1,-2.5E-1)))");
    assertEquals(-0.25, root.find("SPHEROID").number(1));
    assertEquals(1, root.children().size());
  }

  @Test
  void malformedTextIsRejectedWithItsOffset() {
    for (String bad : new String[] {"", "PROJCS", "PROJCS[\"x\"", "PROJCS[\"x\")",
        "PROJCS[\"x\"] tail", "PROJCS[\"unterminated]", "PROJCS[1.2.3]", "PROJCS[,]", "[1]"}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> WktParser.parse(bad), bad);
      assertTrue(e.getMessage().startsWith("WKT syntax error at offset "), e.getMessage());
    }
  }
}
