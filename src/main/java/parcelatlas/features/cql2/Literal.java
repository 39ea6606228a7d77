package parcelatlas.features.cql2;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A scalar literal of CQL2 text and where it starts. */
sealed interface Literal {
  int position();

  /** How the literal's type reads in an error message. */
  String typeName();

  record Text(String value, int position) implements Literal {
    public String typeName() {
      return "a string";
    }
  }

  record Number(BigDecimal value, int position) implements Literal {
    public String typeName() {
      return "a number";
    }
  }

  record Bool(boolean value, int position) implements Literal {
    public String typeName() {
      return "a boolean";
    }
  }

  record Date(LocalDate value, int position) implements Literal {
    public String typeName() {
      return "a date";
    }
  }

  record Timestamp(Instant value, int position) implements Literal {
    public String typeName() {
      return "a timestamp";
    }
  }
}
