package dev.portdoc.cli.diff;

import dev.portdoc.model.port.PortRule;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One difference between two versions of a page's rules.
 *
 * @param kind added, removed or changed
 * @param page the page, as the newer side names it (the older side's name when it was removed)
 * @param context the headings (and tab) of the table the rule sits in
 * @param before the rule in the old version; empty when added
 * @param after the rule in the new version; empty when removed
 * @param fields for a change, what differs, in a fixed order
 */
public record RuleChange(
    Kind kind,
    String page,
    String context,
    Optional<PortRule> before,
    Optional<PortRule> after,
    List<FieldChange> fields) {

  /** What happened to a rule. */
  public enum Kind {
    ADDED,
    REMOVED,
    CHANGED;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** One field whose value differs: {@code purpose: "a" -> "b"}. */
  public record FieldChange(String field, String before, String after) {
    public FieldChange {
      Objects.requireNonNull(field, "field must not be null");
      Objects.requireNonNull(before, "before must not be null");
      Objects.requireNonNull(after, "after must not be null");
    }

    @Override
    public String toString() {
      return field + ": " + before + " -> " + after;
    }
  }

  public RuleChange {
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(page, "page must not be null");
    Objects.requireNonNull(context, "context must not be null");
    fields = List.copyOf(fields);
    if (before.isEmpty() && after.isEmpty()) {
      throw new IllegalArgumentException("a change needs a rule on at least one side");
    }
  }

  /** The rule as it is now, or as it was when removed. */
  public PortRule rule() {
    return after.or(() -> before).orElseThrow();
  }
}
