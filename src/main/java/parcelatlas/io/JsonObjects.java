package parcelatlas.io;

import parcelatlas.domain.ErrorCode;
import parcelatlas.domain.BadInput;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Set;

/** Checks a request body before its members are read: an object, with no member it does not know. */
public final class JsonObjects {
  private JsonObjects() {}

  /** Throws BadInput naming the first unknown member, or when the body is no object. */
  public static void requireObject(JsonNode body, Set<String> members) {
    if (body == null || !body.isObject()) {
      throw new BadInput(ErrorCode.BODY_NOT_OBJECT, "the request body must be a JSON object");
    }
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!members.contains(name)) {
        throw new BadInput(ErrorCode.UNKNOWN_PARAMETER, "unknown member '" + name + "'; allowed: "
            + members.stream().sorted().toList(), "field", name, "allowed", members.stream().sorted().toList());
      }
    }
  }
}
