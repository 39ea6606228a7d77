package parcelatlas.industry;

import java.util.List;

/**
 * One category of the industry catalogue ({@link IndustryCatalogue}).
 *
 * @param code stable identifier (lower-case letters and underscores), as stored and as the API takes it
 * @param zh the Chinese name, e.g. 新能源
 * @param en the English name, e.g. New energy
 * @param zhTerms Chinese synonyms (光伏, 储能, …), the name not included
 * @param enTerms English synonyms (solar, hydrogen, …), lower case, the name not included
 */
public record IndustryCategory(String code, String zh, String en, List<String> zhTerms, List<String> enTerms) {
  public IndustryCategory {
    zhTerms = List.copyOf(zhTerms);
    enTerms = List.copyOf(enTerms);
  }
}
