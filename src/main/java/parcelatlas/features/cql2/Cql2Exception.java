package parcelatlas.features.cql2;

/** A filter the parser or compiler refuses; the message names the character position or property. */
final class Cql2Exception extends parcelatlas.domain.BadInput {
  private static final long serialVersionUID = 1L;

  Cql2Exception(String message) {
    super(message);
  }

  /** "filter: {problem} at character {position}". */
  static Cql2Exception at(int position, String problem) {
    return new Cql2Exception("filter: " + problem + " at character " + position);
  }
}
