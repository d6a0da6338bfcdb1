package dev.portdoc.model.doc;

import dev.portdoc.model.source.SourceLocation;
import java.util.Objects;
import java.util.Set;

/**
 * A directive in the page that silences findings on some lines: {@code <!--
 * portdoc-disable-next-line rule-id -->} or a {@code portdoc-disable} ... {@code portdoc-enable}
 * region.
 *
 * @param ruleIds the rules silenced; empty means every rule
 * @param fromLine first silenced line, 1-based
 * @param toLine last silenced line, included; {@link Integer#MAX_VALUE} for the rest of the page
 * @param location where the directive is written
 */
public record Suppression(Set<String> ruleIds, int fromLine, int toLine, SourceLocation location) {

  public Suppression {
    ruleIds = Set.copyOf(ruleIds);
    if (fromLine < 1 || toLine < fromLine) {
      throw new IllegalArgumentException("bad line span " + fromLine + "-" + toLine);
    }
    Objects.requireNonNull(location, "location must not be null");
  }

  /** True when this directive silences {@code ruleId} on {@code line}. */
  public boolean covers(String ruleId, int line) {
    return line >= fromLine && line <= toLine && (ruleIds.isEmpty() || ruleIds.contains(ruleId));
  }
}
