package prikaz.parser.model;

import java.util.Objects;

/**
 * A recoverable problem or a repair the parser made, for a person to check: a stable {@code code},
 * a human message and where in the document it happened.
 */
public record Warning(String code, String message, String where) {
  public Warning {
    Objects.requireNonNull(code, "code must not be null");
    Objects.requireNonNull(message, "message must not be null");
  }
}
