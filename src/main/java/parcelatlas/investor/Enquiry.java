package parcelatlas.investor;

import parcelatlas.domain.ErrorCode;
import parcelatlas.domain.BadInput;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import parcelatlas.io.JsonObjects;

/** An investor's question about a parcel, validated: every member named when it is wrong. */
public record Enquiry(String parcelCode, String name, String contact, String message) {
  private static final Set<String> MEMBERS = Set.of("parcel_code", "name", "contact", "message");

  public static Enquiry parse(JsonNode body) {
    JsonObjects.requireObject(body, MEMBERS);
    return new Enquiry(text(body, "parcel_code", 1, 64), text(body, "name", 1, 100),
        text(body, "contact", 3, 200), text(body, "message", 1, 2000));
  }

  private static String text(JsonNode body, String member, int min, int max) {
    JsonNode node = body.get(member);
    String value = node == null || !node.isTextual() ? "" : node.asText().strip();
    if (value.length() < min || value.length() > max) {
      throw new BadInput(ErrorCode.TEXT_LENGTH, member + " must be text of " + min + " to " + max + " characters",
          "field", member, "min", min, "max", max);
    }
    return value;
  }
}
