package dev.portdoc.validation;

import dev.portdoc.model.check.Check;
import dev.portdoc.model.check.TreeContext;
import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.diagnostic.Fix;
import dev.portdoc.model.diagnostic.Severity;
import dev.portdoc.model.diagnostic.TextEdit;
import dev.portdoc.model.doc.Cell;
import dev.portdoc.model.doc.Document;
import dev.portdoc.model.source.SourceLocation;
import java.util.Optional;

/** Id, severity and description kept in one place, so each check is only its logic. */
abstract class BaseCheck implements Check {

  private final String id;
  private final Severity severity;
  private final String description;

  BaseCheck(String id, Severity severity, String description) {
    this.id = id;
    this.severity = severity;
    this.description = description;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Severity defaultSeverity() {
    return severity;
  }

  @Override
  public final String description() {
    return description;
  }

  /**
   * Checks over one page need nothing from the tree: their findings are made now, so the page's
   * model can go. The checks that read the tree override this.
   */
  @Override
  public Deferred defer(Document document, TreeContext page) {
    return Deferred.done(check(document));
  }

  Diagnostic finding(String message, SourceLocation at) {
    return Diagnostic.of(id, severity, message, at);
  }

  Diagnostic finding(String message, SourceLocation at, String suggestion) {
    return new Diagnostic(id, severity, message, at, Optional.of(suggestion));
  }

  /**
   * A finding on {@code word} of {@code cell} that {@code suggestion} replaces: located at the
   * word's first whole-word occurrence in the cell's source, with a fix when it occurs there as
   * written (markup or entities inside it leave the finding without one).
   */
  Diagnostic replacing(String message, Cell cell, String word, String suggestion) {
    int at = Words.wholeWordIn(cell.raw(), word);
    SourceLocation location = cell.location().plusColumns(Math.max(at, 0));
    Diagnostic finding = finding(message, location, suggestion);
    return at < 0 ? finding : withReplacement(finding, word, suggestion);
  }

  /**
   * {@code finding} with a fix that writes {@code suggestion} over {@code word} at its location.
   */
  static Diagnostic withReplacement(Diagnostic finding, String word, String suggestion) {
    if (word.equals(suggestion)) {
      return finding;
    }
    return finding.withFix(Fix.of(new TextEdit(finding.location(), word.length(), suggestion)));
  }
}
