package dev.portdoc.model.port;

import java.util.Locale;
import java.util.Optional;

/** Which way the connection is opened, seen from the component the table describes. */
public enum Direction {
  INBOUND("inbound", "in", "ingress"),
  OUTBOUND("outbound", "out", "egress");

  private final String[] spellings;
  // made once: ids are written for every rule of every spec and page
  private final String id = name().toLowerCase(Locale.ROOT);

  Direction(String... spellings) {
    this.spellings = spellings;
  }

  /** Lower-case name as written in specs: {@code inbound}. */
  public String id() {
    return id;
  }

  /** The direction written as {@code text} ({@code INBOUND}, {@code in}, {@code egress}, ...). */
  public static Optional<Direction> fromText(String text) {
    String wanted = text.strip().toLowerCase(Locale.ROOT);
    for (Direction direction : values()) {
      for (String spelling : direction.spellings) {
        if (spelling.equals(wanted)) {
          return Optional.of(direction);
        }
      }
    }
    return Optional.empty();
  }
}
