package dev.portdoc.model.diagnostic;

import dev.portdoc.model.source.SourceLocation;

/** One change to a source file that a {@link Fix} is made of. */
public sealed interface Edit permits TextEdit, LineDeletion {

  /** Where the change starts; edits of one fix are applied from the bottom of the file up. */
  SourceLocation start();
}
