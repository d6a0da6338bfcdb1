package dev.portdoc.model.doc;

import dev.portdoc.model.source.SourceLocation;
import java.util.Objects;

/**
 * A header cell and the role portdoc recognised for it.
 *
 * @param name the header's plain text
 * @param raw the header's source text as written, markup included; starts at {@code location}
 */
public record TableColumn(String name, ColumnRole role, SourceLocation location, String raw) {

  public TableColumn {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(role, "role must not be null");
    Objects.requireNonNull(location, "location must not be null");
    Objects.requireNonNull(raw, "raw must not be null");
  }

  /** A header whose source text is its name. */
  public TableColumn(String name, ColumnRole role, SourceLocation location) {
    this(name, role, location, name);
  }
}
