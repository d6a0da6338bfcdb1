package dev.portdoc.model.doc;

import dev.portdoc.model.source.SourceLocation;
import java.util.Objects;

/** A header cell and the role portdoc recognised for it. */
public record TableColumn(String name, ColumnRole role, SourceLocation location) {

  public TableColumn {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(role, "role must not be null");
    Objects.requireNonNull(location, "location must not be null");
  }
}
