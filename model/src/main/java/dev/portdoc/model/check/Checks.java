package dev.portdoc.model.check;

import java.util.List;

/** The catalogue of built-in checks. */
public final class Checks {

  private Checks() {}

  /** Every built-in check, in rule-id order. */
  public static List<Check> builtIn() {
    return List.of(new DuplicateRowCheck());
  }
}
