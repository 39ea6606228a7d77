package parcelatlas.features.cql2;

import parcelatlas.domain.ErrorCode;

/** A filter the parser or compiler refuses; the message names the character position or property. */
final class Cql2Exception extends parcelatlas.domain.BadInput {
  private static final long serialVersionUID = 1L;

  Cql2Exception(String message) {
    super(ErrorCode.FILTER_INVALID, message);
  }

  Cql2Exception(ErrorCode code, String message, Object... params) {
    super(code, message, params);
  }

  /** "filter: {problem} at character {position}". */
  static Cql2Exception at(int position, String problem) {
    return new Cql2Exception(ErrorCode.FILTER_INVALID, "filter: " + problem + " at character " + position,
        "position", position);
  }
}
