package dev.portdoc.site.yaml;

import dev.portdoc.model.source.SourceLocation;
import java.util.Objects;

/** A spec file that is not a valid {@code portdoc/v1 PortSpec}; the message names file and line. */
public final class SpecFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient SourceLocation location;

  public SpecFormatException(SourceLocation location, String problem) {
    this(location, problem, null);
  }

  public SpecFormatException(SourceLocation location, String problem, Throwable cause) {
    super(location + ": " + problem, cause);
    this.location = Objects.requireNonNull(location, "location must not be null");
  }

  /** Where the problem is. */
  public SourceLocation location() {
    return location;
  }
}
