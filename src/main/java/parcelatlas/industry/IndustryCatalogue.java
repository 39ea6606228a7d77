package parcelatlas.industry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import parcelatlas.catalog.Layer;

/**
 * The industry catalogue and the one rule mapping free text onto it. The categories come from
 * the resource {@code industry/categories.tsv} (our own compilation; migration V1_21 seeds the table
 * {@code industry_categories} with the same rows). A text belongs to every category one of whose
 * terms it contains — the Chinese and English names and the synonyms — Chinese terms anywhere in
 * the text, English ones as whole words, ignoring case: "锂电池及储能系统" and "Hydrogen fuel cells"
 * are both {@code new_energy}; "高端装备制造、汽车零部件" is {@code equipment} and
 * {@code automotive}. The same rule maps a park's leading industries, a parcel's industry
 * orientation (stored as {@link #stored} in their {@code industry_codes} column) and an investor's
 * query, so a search finds what an import stored.
 */
public final class IndustryCatalogue {
  /** The column the codes are stored in, on {@code parks} and {@code parcels}. */
  public static final String COLUMN = "industry_codes";
  private static final IndustryCatalogue INSTANCE = load("/industry/categories.tsv");

  private final Map<String, IndustryCategory> byCode;
  private final List<Pattern[]> patterns = new ArrayList<>();
  /** Texts already matched (an import repeats a few spellings in every record), at most {@link #KNOWN_MAX}. */
  private final Map<String, List<String>> known = new java.util.concurrent.ConcurrentHashMap<>();
  private static final int KNOWN_MAX = 4096;

  private IndustryCatalogue(List<IndustryCategory> categories) {
    Map<String, IndustryCategory> codes = new LinkedHashMap<>();
    for (IndustryCategory c : categories) {
      codes.put(c.code(), c);
      List<Pattern> terms = new ArrayList<>();
      for (String zh : concat(c.zh(), c.zhTerms())) {
        terms.add(Pattern.compile(Pattern.quote(zh.toLowerCase(Locale.ROOT))));
      }
      for (String en : concat(c.en(), c.enTerms())) {
        terms.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(en.toLowerCase(Locale.ROOT)) + "(?![\\p{L}\\p{N}])"));
      }
      patterns.add(terms.toArray(Pattern[]::new));
    }
    this.byCode = java.util.Collections.unmodifiableMap(codes);
  }

  /** The catalogue the portal ships. */
  public static IndustryCatalogue get() {
    return INSTANCE;
  }

  /** Every category, in the catalogue's order. */
  public List<IndustryCategory> categories() {
    return List.copyOf(byCode.values());
  }

  /** The codes, in the catalogue's order (for allow-lists and messages). */
  public List<String> codes() {
    return List.copyOf(byCode.keySet());
  }

  public Optional<IndustryCategory> byCode(String code) {
    return Optional.ofNullable(code == null ? null : byCode.get(code));
  }

  /** The codes of the categories the text belongs to, in the catalogue's order; none for null or blank. */
  public List<String> codesOf(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    List<String> seen = known.get(text);
    if (seen != null) {
      return seen;
    }
    List<String> codes = List.copyOf(match(text));
    if (known.size() < KNOWN_MAX) {
      known.put(text, codes);
    }
    return codes;
  }

  private List<String> match(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    List<String> codes = new ArrayList<>();
    int i = 0;
    for (IndustryCategory c : byCode.values()) {
      for (Pattern p : patterns.get(i)) {
        if (p.matcher(lower).find()) {
          codes.add(c.code());
          break;
        }
      }
      i++;
    }
    return codes;
  }

  /**
   * An investor's words as categories: a code names its category; any other text the categories
   * it belongs to ({@link #codesOf}), possibly none.
   */
  public List<String> resolve(String query) {
    return query != null && byCode.containsKey(query.strip()) ? List.of(query.strip()) : codesOf(query);
  }

  /** The codes as stored: {@code ",a,b,"}, or {@code ""} for none, so {@link #likePattern} finds one. */
  public static String stored(List<String> codes) {
    return codes.isEmpty() ? "" : "," + String.join(",", codes) + ",";
  }

  /** The LIKE pattern ({@link parcelatlas.storage.LikePattern}'s escape) that finds a code in a stored value. */
  public static String likePattern(String code) {
    return "%," + parcelatlas.storage.LikePattern.literal(code) + ",%";
  }

  /** The text field whose categories a layer stores in {@link #COLUMN}, or null for a layer without. */
  public static String sourceField(Layer layer) {
    return switch (layer) {
      case PARKS -> "leading_industries";
      case PARCELS -> "industry";
      default -> null;
    };
  }

  private static List<String> concat(String name, List<String> terms) {
    List<String> all = new ArrayList<>(terms);
    all.add(0, name);
    return all;
  }

  /** Reads the catalogue file: comment lines start with #; five tab-separated columns per line. */
  static IndustryCatalogue load(String resource) {
    List<IndustryCategory> categories = new ArrayList<>();
    try (InputStream in = IndustryCatalogue.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the industry catalogue " + resource + " is missing from the classpath");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        if (cols.length != 5 || !cols[0].matches("[a-z][a-z_]{1,39}")) {
          throw new IllegalStateException("industry catalogue line is not code, zh, en, zh terms, en terms: " + line);
        }
        categories.add(new IndustryCategory(cols[0], cols[1].strip(), cols[2].strip(), split(cols[3], "、"),
            split(cols[4].toLowerCase(Locale.ROOT), ",")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new IndustryCatalogue(categories);
  }

  private static List<String> split(String text, String separator) {
    return Arrays.stream(text.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
