package parcelatlas.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlainTextTest {
  @Test
  void chinese_english_and_emoji_text_is_plain() {
    assertTrue(PlainText.problem("青岚新能源产业园 Park No.1 🏭", false).isEmpty());
    assertTrue(PlainText.problem("第一行\n第二行\t完", true).isEmpty());
  }

  @Test
  void control_bidi_and_invisible_characters_are_named_with_their_position() {
    assertEquals("U+0000 at position 3", PlainText.problem("ab\u0000c", false).orElseThrow());
    assertEquals("U+202E at position 1", PlainText.problem("\u202Egpj.exe", false).orElseThrow());
    assertEquals("U+2067 at position 2", PlainText.problem("a\u2067b", true).orElseThrow());
    assertEquals("U+FEFF at position 1", PlainText.problem("\uFEFFname", false).orElseThrow());
    assertEquals("U+0085 at position 2", PlainText.problem("a\u0085", true).orElseThrow());
    assertEquals("U+D83C at position 2", PlainText.problem("a\uD83Cb", false).orElseThrow());
  }

  @Test
  void line_breaks_only_where_the_text_has_lines() {
    assertEquals("U+000A at position 2", PlainText.problem("a\nb", false).orElseThrow());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PlainText.require("name", "x\ty", false));
    assertTrue(e.getMessage().startsWith("name contains a control"), e.getMessage());
  }
}
