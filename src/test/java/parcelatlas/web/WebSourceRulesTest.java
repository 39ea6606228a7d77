package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The front end's rule that keeps text from data out of the HTML parser, checked in its sources:
 * no HTML-string sinks at all, and Leaflet content (which Leaflet parses when it is a string) only
 * as DOM nodes or functions returning them. The browser test ({@link XssBrowserTest}) proves the
 * pages; this catches a new sink before anyone imports a hostile file.
 */
class WebSourceRulesTest {
  private static final Path JS = Path.of("web/js");
  private static final Pattern HTML_SINK = Pattern.compile(
      "\\.innerHTML\\s*[+]?=|\\.outerHTML\\s*[+]?=|insertAdjacentHTML|document\\.write|createContextualFragment"
          + "|\\beval\\(|new Function\\(|\\.srcdoc\\s*=");
  private static final Pattern LEAFLET_STRING = Pattern.compile(
      "\\.(bindTooltip|bindPopup|setContent|setTooltipContent|setPopupContent)\\(\\s*(\\(\\)\\s*=>\\s*)?"
          + "(String\\(|escapeHtml\\(|[`'\"]|\\w+\\s*\\+|t\\()");

  @Test
  void no_script_reaches_an_html_string_sink_or_gives_leaflet_a_string() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(JS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".js")).toList()) {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i);
          if (HTML_SINK.matcher(line).find() || LEAFLET_STRING.matcher(line).find()) {
            found.add(file + ":" + (i + 1) + ": " + line.strip());
          }
        }
      }
    }
    assertEquals(List.of(), found, "build DOM nodes with html.js el() and give Leaflet nodes, never HTML strings");
  }

  @Test
  void the_rule_recognises_the_sinks_it_forbids() {
    for (String bad : List.of("featureLayer.bindTooltip(String(name ?? code), { sticky: true });",
        "layer.bindTooltip(() => escapeHtml(feature.properties.name));", "popup.setContent(`<b>${name}</b>`);",
        "box.innerHTML = text;", "node.insertAdjacentHTML('beforeend', row);")) {
      assertFalse(!HTML_SINK.matcher(bad).find() && !LEAFLET_STRING.matcher(bad).find(), bad);
    }
  }
}
