package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import parcelatlas.domain.ErrorCode;

/**
 * Every code the server can send has a Chinese and an English text in the pages' table
 * ({@code web/js/i18n-error-texts.js}), each naming only parameters the code carries; and every code
 * written as a string in the server's sources is an {@link ErrorCode}, so the list the table is
 * checked against is the whole list.
 */
class ErrorTextsTest {
  private static final Path TABLE = Path.of("web/js/i18n-error-texts.js");
  private static final Pattern ENTRY = Pattern.compile(
      "^\\s+(\\w+): \\{ zh: '((?:[^'\\\\]|\\\\.)*)', en: '((?:[^'\\\\]|\\\\.)*)' },?$", Pattern.MULTILINE);
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
  /** Texts the pages add for themselves, not sent by the server. */
  private static final Set<String> PAGE_ONLY = Set.of("NetworkError");
  /** An import problem's text is put after its file, record and field, which every such code carries. */
  private static final List<String> LOCATION = List.of("file", "record", "field");

  private static Map<String, String[]> table() throws IOException {
    Map<String, String[]> texts = new LinkedHashMap<>();
    Matcher m = ENTRY.matcher(Files.readString(TABLE));
    while (m.find()) {
      texts.put(m.group(1), new String[] {m.group(2), m.group(3)});
    }
    return texts;
  }

  @Test
  void every_error_code_has_a_chinese_and_an_english_text() throws IOException {
    Map<String, String[]> texts = table();
    List<String> missing = new ArrayList<>();
    for (ErrorCode code : ErrorCode.values()) {
      String[] pair = texts.get(code.code());
      if (pair == null || pair[0].isBlank() || pair[1].isBlank()) {
        missing.add(code.code());
      }
    }
    assertEquals(List.of(), missing, "codes without zh and en texts in " + TABLE);
    Set<String> known = Arrays.stream(ErrorCode.values()).map(ErrorCode::code).collect(Collectors.toSet());
    Set<String> extra = new TreeSet<>(texts.keySet());
    extra.removeAll(known);
    extra.removeAll(PAGE_ONLY);
    assertEquals(Set.of(), extra, "texts for codes the server does not have");
  }

  @Test
  void chinese_texts_are_chinese_and_name_only_the_codes_parameters() throws IOException {
    Map<String, String[]> texts = table();
    List<String> wrong = new ArrayList<>();
    for (ErrorCode code : ErrorCode.values()) {
      Set<String> allowed = new HashSet<>(code.params());
      allowed.addAll(LOCATION);
      for (String text : texts.getOrDefault(code.code(), new String[0])) {
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
          if (!allowed.contains(m.group(1))) {
            wrong.add(code.code() + " names {" + m.group(1) + "}, not one of " + code.params());
          }
        }
      }
      String zh = texts.getOrDefault(code.code(), new String[] {"", ""})[0];
      String words = PLACEHOLDER.matcher(zh).replaceAll("").replaceAll(BrowserErrorText.ALLOWED_ASCII, "");
      if (words.matches("(?s).*[A-Za-z]{2,}.*")) {
        wrong.add(code.code() + " has English words in its Chinese text: " + zh);
      }
    }
    assertEquals(List.of(), wrong);
  }

  /** The codes the web layer writes as strings (Javalin's and Jetty's own refusals aside) are ErrorCodes. */
  @Test
  void codes_written_in_the_sources_are_error_codes() throws IOException {
    Set<String> known = Arrays.stream(ErrorCode.values()).map(ErrorCode::code).collect(Collectors.toSet());
    Pattern literal = Pattern.compile("new (?:ApiException|Refusal|TooBusy)\\(\\s*\\d+,\\s*\"(\\w+)\"");
    List<String> unknown = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        Matcher m = literal.matcher(Files.readString(file));
        while (m.find()) {
          if (!known.contains(m.group(1))) {
            unknown.add(file.getFileName() + ": " + m.group(1));
          }
        }
      }
    }
    assertEquals(List.of(), unknown);
    assertTrue(known.contains(parcelatlas.domain.BadInput.CODE));
  }
}
