package dev.portdoc.model.doc;

import dev.portdoc.model.source.SourceLocation;
import java.util.Objects;

/**
 * One table cell.
 *
 * @param raw the cell's source text, trimmed, markup included ({@code **INBOUND**})
 * @param text the cell's plain text: markup removed, entities decoded, space collapsed
 * @param location where {@code raw} starts
 */
public record Cell(String raw, String text, SourceLocation location) {

  public Cell {
    Objects.requireNonNull(raw, "raw must not be null");
    Objects.requireNonNull(text, "text must not be null");
    Objects.requireNonNull(location, "location must not be null");
  }

  public boolean isBlank() {
    return text.isBlank();
  }
}
