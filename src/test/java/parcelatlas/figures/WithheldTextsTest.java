package parcelatlas.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The withheld figure's words as the PDF reads them from the pages' file (web/js/withheld-texts.json). */
class WithheldTextsTest {
  @Test
  void the_word_and_the_reason_are_the_desks_in_both_languages() {
    assertEquals("不公开", WithheldTexts.word("zh"));
    assertEquals("withheld", WithheldTexts.word("en"));
    assertEquals("涉及他镇街少于3个项目，为保护单个项目数据不予显示", WithheldTexts.reason("zh"));
    assertTrue(WithheldTexts.reason("en").startsWith("fewer than 3 projects"), WithheldTexts.reason("en"));
  }

  @Test
  void the_note_names_the_figure_then_says_withheld_and_why() {
    assertEquals("投资完成率不公开：涉及他镇街少于3个项目，为保护单个项目数据不予显示", WithheldTexts.note("zh", "投资完成率"));
    assertEquals("Tax per mu: " + WithheldTexts.reason("en"), WithheldTexts.note("en", "Tax per mu"));
  }

  @Test
  void a_language_without_the_words_is_refused_by_name() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WithheldTexts.word("fr"));
    assertEquals("no withheld figure's words in language fr (zh, en)", e.getMessage());
  }
}
