package parcelatlas.io.shapefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CodePagesTest {
  @Test
  void recognises_the_cpg_names_desktop_gis_writes() {
    Map<String, Charset> cases = Map.ofEntries(
        Map.entry("UTF-8", StandardCharsets.UTF_8), Map.entry("utf8", StandardCharsets.UTF_8),
        Map.entry("65001", StandardCharsets.UTF_8), Map.entry(" GBK \n", CodePages.GBK),
        Map.entry("CP936", CodePages.GBK), Map.entry("ANSI 936", CodePages.GBK),
        Map.entry("GB2312", CodePages.GBK), Map.entry("GB18030", CodePages.GB18030),
        Map.entry("1252", CodePages.WINDOWS_1252), Map.entry("ANSI 1252", CodePages.WINDOWS_1252),
        Map.entry("ISO-8859-1", StandardCharsets.ISO_8859_1),
        Map.entry("88591", StandardCharsets.ISO_8859_1), Map.entry("950", Charset.forName("Big5")));
    cases.forEach((cpg, charset) -> assertEquals(charset, CodePages.fromCpg(cpg).orElseThrow(), cpg));
    assertTrue(CodePages.fromCpg("KLINGON-1").isEmpty());
    assertTrue(CodePages.fromCpg("").isEmpty());
  }

  @Test
  void maps_language_driver_bytes_both_ways() {
    assertEquals(CodePages.GBK, CodePages.fromLanguageDriver(0x4D).orElseThrow());
    assertEquals(CodePages.GBK, CodePages.fromLanguageDriver(0x7A).orElseThrow());
    assertEquals(CodePages.WINDOWS_1252, CodePages.fromLanguageDriver(0x57).orElseThrow());
    assertEquals(Charset.forName("IBM437"), CodePages.fromLanguageDriver(0x01).orElseThrow());
    assertTrue(CodePages.fromLanguageDriver(0).isEmpty());
    assertEquals(0x4D, CodePages.languageDriver(CodePages.GB18030));
    assertEquals(0, CodePages.languageDriver(StandardCharsets.UTF_8));
    assertEquals("GBK", CodePages.cpgName(CodePages.GBK));
    assertEquals("UTF-8", CodePages.cpgName(StandardCharsets.UTF_8));
    assertEquals("1252", CodePages.cpgName(CodePages.WINDOWS_1252));
  }
}
