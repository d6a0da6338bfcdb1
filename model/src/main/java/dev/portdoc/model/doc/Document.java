package dev.portdoc.model.doc;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One documentation page.
 *
 * @param path the file as the user named it; also the {@code file} of every location in it
 * @param title the front matter title, if any
 * @param description the front matter description, if any
 * @param headings every heading in source order
 * @param tables the port tables in source order (tables that hold no ports are left out)
 * @param prose heading and paragraph text, for checks on wording
 */
public record Document(
    String path,
    Optional<String> title,
    Optional<String> description,
    List<Heading> headings,
    List<PortTable> tables,
    List<TextRun> prose) {

  public Document {
    Objects.requireNonNull(path, "path must not be null");
    Objects.requireNonNull(title, "title must not be null");
    Objects.requireNonNull(description, "description must not be null");
    headings = List.copyOf(headings);
    tables = List.copyOf(tables);
    prose = List.copyOf(prose);
  }
}
