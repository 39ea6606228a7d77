package parcelatlas.io.geojson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import parcelatlas.io.BadInputException;

/**
 * Turns Jackson's reading errors into {@link BadInputException}s for the user: syntax and
 * UTF-8 errors name the line and column, anything else says the file cannot be read.
 */
final class JsonProblems {
  private JsonProblems() {}

  static BadInputException of(String file, Long record, IOException e) {
    if (e instanceof JsonProcessingException) {
      JsonProcessingException json = (JsonProcessingException) e;
      JsonLocation at = json.getLocation();
      String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      String detail = json.getOriginalMessage();
      String problem = detail != null && detail.contains("UTF-8")
          ? "text is not valid UTF-8 (GeoJSON must be UTF-8)" + where + ": " + detail
          : "not valid JSON" + where + ": " + detail;
      return new BadInputException(file, record, null, problem, e);
    }
    return new BadInputException(file, record, null, "cannot be read: " + e.getMessage(), e);
  }
}
