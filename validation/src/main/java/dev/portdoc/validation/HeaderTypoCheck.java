package dev.portdoc.validation;

import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.diagnostic.Fix;
import dev.portdoc.model.diagnostic.Severity;
import dev.portdoc.model.diagnostic.TextEdit;
import dev.portdoc.model.doc.Document;
import dev.portdoc.model.doc.PortTable;
import dev.portdoc.model.doc.TableColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A column header that is a close misspelling of one portdoc knows ({@code Porpose}, {@code
 * Direciton}, {@code Destnation}): the column is then read as an unknown one and its values are
 * lost to the spec.
 */
public final class HeaderTypoCheck extends BaseCheck {

  public static final String ID = "header-typo";

  /** Header names the parser recognises, in lower case. */
  static final List<String> KNOWN =
      List.of(
          "port",
          "ports",
          "port range",
          "port ranges",
          "port number",
          "port numbers",
          "default port",
          "default ports",
          "connection port",
          "destination port",
          "start port",
          "end port",
          "from port",
          "to port",
          "protocol",
          "protocols",
          "transport",
          "ip protocol",
          "direction",
          "purpose",
          "description",
          "use",
          "usage",
          "comment",
          "comments",
          "notes",
          "service",
          "services",
          "component",
          "source",
          "destination",
          "target",
          "used by");

  private static final Pattern NOISE = Pattern.compile("[*_`:]|\\(s\\)");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  /** Most distinct headers remembered: a tree repeats a few dozen on every page. */
  private static final int MEMO_LIMIT = 4096;

  private final LintConfig config;

  /** {@link #suggestionFor} by header name, under this check's configuration. */
  private final Map<String, Optional<String>> suggestions = new ConcurrentHashMap<>();

  public HeaderTypoCheck() {
    this(LintConfig.DEFAULTS);
  }

  public HeaderTypoCheck(LintConfig config) {
    super(ID, Severity.WARNING, "A column header is a close misspelling of a known header.");
    this.config = config;
  }

  @Override
  public List<Diagnostic> check(Document document) {
    List<Diagnostic> found = new ArrayList<>();
    for (PortTable table : document.tables()) {
      for (TableColumn column : table.columns()) {
        // the parser may still read a misspelt column by its values (Direciton over INBOUND
        // cells), so the header is checked whatever role it got
        suggestionFor(column.name()).ifPresent(fix -> found.add(fixed(column, fix)));
      }
    }
    return found;
  }

  private Diagnostic fixed(TableColumn column, String fix) {
    Diagnostic finding =
        finding(
            "Column header '" + column.name() + "' is not known; did you mean '" + fix + "'?",
            column.location(),
            fix);
    // the name is rewritten where the source holds it as written (inside **bold** too); a name
    // with noise the suggestion dropped (Port(s)) keeps the finding without a fix
    int at = Words.wholeWordIn(column.raw(), column.name());
    if (at < 0 || NOISE.matcher(column.name()).find() || column.name().equals(fix)) {
      return finding;
    }
    return finding.withFix(
        Fix.of(new TextEdit(column.location().plusColumns(at), column.name().length(), fix)));
  }

  private Optional<String> suggestionFor(String name) {
    Optional<String> known = suggestions.get(name);
    if (known == null) {
      known = suggestionFor(name, config);
      if (suggestions.size() < MEMO_LIMIT) {
        suggestions.put(name, known);
      }
    }
    return known;
  }

  /** The known header {@code name} misspells, in its case style; empty when it is no typo. */
  static Optional<String> suggestionFor(String name, LintConfig config) {
    String key =
        SPACE
            .matcher(NOISE.matcher(name.toLowerCase(Locale.ROOT)).replaceAll(""))
            .replaceAll(" ")
            .strip();
    if (key.length() < 5 || config.accepts(key) || isEnglish(key)) {
      return Optional.empty();
    }
    int allowed = key.length() >= 9 ? 2 : 1;
    String plain = NOISE.matcher(name).replaceAll("").strip();
    return Words.nearest(key, KNOWN, allowed)
        .filter(known -> !(key.equals(known + "s") || known.equals(key + "s"))) // plural: a choice
        .map(known -> Words.inCaseOf(plain, known));
  }

  /** A header made of dictionary words ({@code Nodes}, {@code Sources}) is a choice, not a typo. */
  private static boolean isEnglish(String key) {
    for (String word : key.split(" ")) {
      if (!word.chars().allMatch(Character::isLetter) || !EnglishDictionary.knows(word)) {
        return false;
      }
    }
    return true;
  }
}
