package dev.portdoc.cli.diff;

/** Output formats of {@code portdoc diff}. */
public enum DiffFormat {
  text,
  json,
  markdown
}
