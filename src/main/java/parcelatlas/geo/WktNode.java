package parcelatlas.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One WKT element: a keyword and its bracketed arguments, each a String (quoted text), a Double
 * (number), a bare word (enum value such as {@code NORTH}, kept as a {@link Word}) or a nested
 * node. Built by {@link WktParser}; immutable.
 */
record WktNode(String keyword, List<Object> args) {
  /** An unquoted word argument, e.g. the NORTH in AXIS["X",NORTH]. */
  record Word(String text) {}

  /** The first quoted-string argument (the element's name), or null. */
  String name() {
    for (Object a : args) {
      if (a instanceof String s) {
        return s;
      }
    }
    return null;
  }

  /** The i-th numeric argument (0-based), or NaN. */
  double number(int i) {
    int seen = 0;
    for (Object a : args) {
      if (a instanceof Double d) {
        if (seen++ == i) {
          return d;
        }
      }
    }
    return Double.NaN;
  }

  /** The first direct child with this keyword (case-insensitive), or null. */
  WktNode child(String key) {
    for (WktNode n : children()) {
      if (n.keyword.equalsIgnoreCase(key)) {
        return n;
      }
    }
    return null;
  }

  /** Direct children with this keyword, in order. */
  List<WktNode> children(String key) {
    List<WktNode> out = new ArrayList<>();
    for (WktNode n : children()) {
      if (n.keyword.equalsIgnoreCase(key)) {
        out.add(n);
      }
    }
    return out;
  }

  List<WktNode> children() {
    List<WktNode> out = new ArrayList<>();
    for (Object a : args) {
      if (a instanceof WktNode n) {
        out.add(n);
      }
    }
    return out;
  }

  /** Depth-first search for the first node with this keyword, this node included. */
  WktNode find(String key) {
    if (keyword.equalsIgnoreCase(key)) {
      return this;
    }
    for (WktNode n : children()) {
      WktNode hit = n.find(key);
      if (hit != null) {
        return hit;
      }
    }
    return null;
  }

  String upperKeyword() {
    return keyword.toUpperCase(Locale.ROOT);
  }
}
