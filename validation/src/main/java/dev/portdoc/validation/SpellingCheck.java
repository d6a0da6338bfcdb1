package dev.portdoc.validation;

import dev.portdoc.model.check.TreeContext;
import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.diagnostic.Severity;
import dev.portdoc.model.doc.Document;
import dev.portdoc.model.doc.TextRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Misspelled words in headings and paragraphs, checked against an English dictionary. Precision
 * comes first: URLs, paths, words with digits or inner capitals ({@code K8s}, {@code vCenter}),
 * contractions, technical words, configured words and words the tree uses more than once are
 * accepted, and a word is reported only when the dictionary offers a replacement one edit away (a
 * swap of two letters counts as one; words of four letters or fewer only for a swap).
 */
public final class SpellingCheck extends BaseCheck {

  public static final String ID = "spelling";

  /** A word the tree uses this often is a deliberate name, not a slip: slips are one-offs. */
  static final int REPEATED = 2;

  private static final Pattern CHUNK = Pattern.compile("\\S+");
  private static final Pattern WORD =
      Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?(?:-[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?)*");
  private static final Pattern NOT_PROSE =
      Pattern.compile(
          "://|^www\\.|[@\\\\_=${}<>|#]|[\\p{L}\\p{N}]\\.[\\p{L}\\p{N}]|^[/~]|^\\.\\.?/|/.*/");

  private final LintConfig config;

  public SpellingCheck() {
    this(LintConfig.DEFAULTS);
  }

  public SpellingCheck(LintConfig config) {
    super(ID, Severity.WARNING, "A word in a heading or paragraph is misspelled.");
    this.config = config;
  }

  @Override
  public List<Diagnostic> check(Document document) {
    return check(document, TreeContext.of(List.of(document)));
  }

  @Override
  public List<Diagnostic> check(Document document, TreeContext tree) {
    List<Diagnostic> found = new ArrayList<>();
    for (TextRun run : document.prose()) {
      Matcher chunk = CHUNK.matcher(run.text());
      while (chunk.find()) {
        if (NOT_PROSE.matcher(chunk.group()).find()) {
          continue;
        }
        Matcher word = WORD.matcher(chunk.group());
        while (word.find()) {
          String compound = word.group();
          correction(compound, tree)
              .ifPresent(
                  fix -> {
                    Diagnostic finding =
                        finding(
                            "'" + compound + "' is misspelled; did you mean '" + fix.text() + "'?",
                            run.location().plusColumns(chunk.start() + word.start()),
                            fix.text());
                    found.add(
                        fix.unique() ? withReplacement(finding, compound, fix.text()) : finding);
                  });
        }
      }
    }
    return found;
  }

  /** The corrected compound when one of its parts is misspelled and has a close replacement. */
  Optional<String> misspelling(String compound, TreeContext tree) {
    return correction(compound, tree).map(Correction::text);
  }

  /**
   * A corrected compound, and whether it is the only one: the dictionary offered one replacement
   * for the part, and the part had no possessive for the replacement to drop.
   */
  record Correction(String text, boolean unique) {}

  private Optional<Correction> correction(String compound, TreeContext tree) {
    String[] parts = compound.split("-", -1);
    for (int i = 0; i < parts.length; i++) {
      List<String> fixes = replacements(parts[i], tree);
      if (!fixes.isEmpty()) {
        boolean plain = isPlainWord(parts[i]);
        parts[i] = fixes.get(0);
        return Optional.of(new Correction(String.join("-", parts), plain && fixes.size() == 1));
      }
    }
    return Optional.empty();
  }

  /** The close replacements of {@code part}, best first; empty when it is no misspelling. */
  private List<String> replacements(String part, TreeContext tree) {
    String word = part.replace('’', '\'');
    if (word.endsWith("'s")) {
      word = word.substring(0, word.length() - 2);
    }
    // contractions (don't, you're) are left alone: the dictionary lacks most of them
    if (word.length() < 3 || !isPlainWord(word) || isAccepted(word, tree)) {
      return List.of();
    }
    List<String> found = new ArrayList<>();
    for (String candidate : EnglishDictionary.suggestions(word)) {
      if (candidate.equalsIgnoreCase(word)) {
        if (found.isEmpty()) {
          return List.of(); // known in another case: UFW, PowerShell
        }
        break;
      }
      if (candidate.chars().allMatch(Character::isLetter)
          && Words.distance(word, candidate) == 1
          && (word.length() > 4 || Words.isAnagram(word, candidate))) {
        String fix = Words.inCaseOf(word, candidate);
        if (!found.contains(fix)) {
          found.add(fix);
        }
      }
    }
    return found;
  }

  /** Letters only, no capital after the first letter (acronyms, {@code vCenter}, {@code gRPC}). */
  private static boolean isPlainWord(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!Character.isLetter(c) || i > 0 && Character.isUpperCase(c)) {
        return false;
      }
    }
    return true;
  }

  private boolean isAccepted(String word, TreeContext tree) {
    return config.accepts(word)
        || TechnicalWords.contains(word)
        || tree.count(word) >= REPEATED
        || EnglishDictionary.knows(word)
        || EnglishDictionary.knowsDerived(word);
  }
}
