package parcelatlas.investor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Set;

/** An investor's question about a parcel, validated: every member named when it is wrong. */
public record Enquiry(String parcelCode, String name, String contact, String message) {
  private static final Set<String> MEMBERS = Set.of("parcel_code", "name", "contact", "message");

  public static Enquiry parse(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw new IllegalArgumentException("the request body must be a JSON object");
    }
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!MEMBERS.contains(name)) {
        throw new IllegalArgumentException("unknown member '" + name + "'; allowed: " + MEMBERS.stream().sorted().toList());
      }
    }
    return new Enquiry(text(body, "parcel_code", 1, 64), text(body, "name", 1, 100),
        text(body, "contact", 3, 200), text(body, "message", 1, 2000));
  }

  private static String text(JsonNode body, String member, int min, int max) {
    JsonNode node = body.get(member);
    String value = node == null || !node.isTextual() ? "" : node.asText().strip();
    if (value.length() < min || value.length() > max) {
      throw new IllegalArgumentException(member + " must be text of " + min + " to " + max + " characters");
    }
    return value;
  }
}
