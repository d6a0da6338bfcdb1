package dev.portdoc.model.diagnostic;

import java.util.List;

/**
 * The edits that resolve a finding, attached only when they are unambiguous: applying them leaves
 * the page as the finding's suggestion says.
 */
public record Fix(List<Edit> edits) {

  public Fix {
    edits = List.copyOf(edits);
    if (edits.isEmpty()) {
      throw new IllegalArgumentException("a fix needs at least one edit");
    }
  }

  /** A fix made of one edit. */
  public static Fix of(Edit edit) {
    return new Fix(List.of(edit));
  }
}
