package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The web layer's rule that errors become responses in one place ({@link ApiErrors}), checked in
 * its sources: no handler sets an error status, registers an exception handler, catches a
 * refusal to turn it into a response, or wraps a parser in {@code orBadRequest}. Handlers throw;
 * {@link NoServerErrorTest} proves the answers.
 */
class ErrorSourceRulesTest {
  private static final Path WEB = Path.of("src/main/java/parcelatlas/web");
  /** Each rule, and the files allowed to break it (the mapper; the deprecated wrapper's last callers). */
  private static final Map<Pattern, Set<String>> RULES = Map.of(
      Pattern.compile("\\bctx\\.status\\((?!\\s*(2\\d\\d|304)\\s*\\))|\\.status\\(\\s*(HttpStatus\\.|[45]\\d\\d\\b|3(?!04)\\d\\d\\b)"),
      Set.of("ApiErrors.java"),
      Pattern.compile("routes\\.(exception|error)\\("), Set.of("ApiErrors.java"),
      Pattern.compile("catch \\(([\\w.]+ \\| )*(IllegalArgumentException|BadInput|BadInputException|ReportRefused"
          + "|UploadRefused|ImportFailedException|Enquiries\\.TooMany|TooMany)\\b"),
      Set.of("ApiException.java", "OgcBBox.java"),
      Pattern.compile("orBadRequest\\("), Set.of());

  @Test
  void handlers_throw_and_only_api_errors_writes_an_error_response() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(WEB)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          String name = file.getFileName().toString();
          String line = lines.get(i);
          int number = i + 1;
          RULES.forEach((rule, allowed) -> {
            if (!allowed.contains(name) && rule.matcher(line).find()) {
              found.add(name + ":" + number + ": " + line.strip());
            }
          });
        }
      }
    }
    assertEquals(List.of(), found, "throw an ApiException or a typed refusal; ApiErrors writes the response");
  }

  @Test
  void the_rules_recognise_what_they_forbid() {
    for (String bad : List.of("ctx.status(422).contentType(OgcApi.JSON)", "ctx.status(status).result(body);",
        "ctx.status(HttpStatus.CONFLICT);", "response.status(500);", "c.routes.exception(Foo.class, Foo::render);",
        "} catch (ReportRefused e) {", "} catch (IOException | IllegalArgumentException e) {",
        "ApiException.orBadRequest(() -> Scope.parse(text));")) {
      assertTrue(RULES.keySet().stream().anyMatch(r -> r.matcher(bad).find()), bad);
    }
    for (String good : List.of("ctx.status(201).contentType(OgcApi.JSON);", "ctx.status(204);", "ctx.status(304);",
        "} catch (DateTimeParseException e) {", "return a.status();")) {
      assertTrue(RULES.keySet().stream().noneMatch(r -> r.matcher(good).find()), good);
    }
  }
}
