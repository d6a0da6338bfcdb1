package dev.portdoc.validation;

import dev.portdoc.model.doc.Cell;
import dev.portdoc.model.doc.TableRow;
import dev.portdoc.model.source.SourceLocation;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a port number is written in its cell, so findings point at the digits. */
final class PortLocations {

  private PortLocations() {}

  static SourceLocation of(Optional<Cell> cell, TableRow row, int port) {
    if (cell.isEmpty()) {
      return row.location();
    }
    Matcher m = Pattern.compile("(?<!\\d)0*" + port + "(?!\\d)").matcher(cell.get().raw());
    return m.find() ? cell.get().location().plusColumns(m.start()) : cell.get().location();
  }
}
