package dev.portdoc.cli.report;

import java.nio.file.Path;
import java.util.Objects;

/** Turns the paths reports show into URIs relative to the folder portdoc ran in. */
final class ReportPaths {

  private final Path base;

  ReportPaths(Path base) {
    this.base = Objects.requireNonNull(base, "base must not be null").toAbsolutePath().normalize();
  }

  /** True when {@code file} lies below the base folder. */
  boolean isRelative(String file) {
    return absolute(file).startsWith(base);
  }

  /**
   * {@code docs/ports.md} for a file below the base (forward slashes, percent-encoded where URIs
   * need it); an absolute {@code file:} URI for one outside it.
   */
  String uri(String file) {
    Path path = absolute(file);
    if (!path.startsWith(base)) {
      return path.toUri().toString();
    }
    StringBuilder uri = new StringBuilder();
    for (Path part : base.relativize(path)) {
      if (uri.length() > 0) {
        uri.append('/');
      }
      uri.append(encode(part.toString()));
    }
    return uri.toString();
  }

  /** The path relative to the base with forward slashes, not encoded; as given when outside. */
  String relative(String file) {
    Path path = absolute(file);
    if (!path.startsWith(base)) {
      return file.replace('\\', '/');
    }
    return base.relativize(path).toString().replace('\\', '/');
  }

  private Path absolute(String file) {
    return base.resolve(file).normalize();
  }

  private static String encode(String segment) {
    StringBuilder out = new StringBuilder();
    for (byte b : segment.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      boolean safe =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || "-._~!$&'()*+,;=@".indexOf(c) >= 0;
      if (safe) {
        out.append((char) c);
      } else {
        out.append('%').append(String.format("%02X", c));
      }
    }
    return out.toString();
  }
}
