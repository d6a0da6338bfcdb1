package dev.portdoc.validation;

import dev.portdoc.model.check.TreeContext;
import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.diagnostic.Severity;
import dev.portdoc.model.doc.Document;
import dev.portdoc.model.doc.TextRun;
import dev.portdoc.model.source.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    // the tree is its own page: a suspect's parts then fail the tree's count already
    return defer(document, tree).resolve(tree);
  }

  /**
   * Keeps, per suspect compound, the parts that fail every test but the tree's count, with their
   * replacements: the dictionary is asked now, the tree later. A part the page itself repeats is
   * accepted at once, since the tree repeats it too.
   */
  @Override
  public Deferred defer(Document document, TreeContext page) {
    List<Suspect> suspects = new ArrayList<>();
    // a page repeats most of its words: judge each distinct part once (the page is fixed here)
    Map<String, List<String>> judged = new HashMap<>();
    forEachCompound(
        document,
        (compound, run, offset) -> {
          String[] parts =
              compound.indexOf('-') < 0 ? new String[] {compound} : compound.split("-", -1);
          List<Candidate> candidates = new ArrayList<>();
          for (int i = 0; i < parts.length; i++) {
            List<String> fixes = judged.computeIfAbsent(parts[i], part -> replacements(part, page));
            if (fixes.isEmpty()) {
              continue;
            }
            candidates.add(new Candidate(i, bare(parts[i]), fixes));
          }
          if (!candidates.isEmpty()) {
            suspects.add(new Suspect(compound, at(run, offset), candidates));
          }
        });
    if (suspects.isEmpty()) {
      return Deferred.done(List.of());
    }
    return tree -> {
      List<Diagnostic> found = new ArrayList<>();
      for (Suspect suspect : suspects) {
        suspect
            .correction(tree)
            .ifPresent(fix -> found.add(finding(suspect.compound, suspect.at, fix)));
      }
      return found;
    };
  }

  /** A part of a compound that is misspelled unless the tree repeats {@code word}. */
  private record Candidate(int part, String word, List<String> fixes) {}

  /** A compound with misspelled parts unless the tree repeats them, and where it is. */
  private record Suspect(String compound, SourceLocation at, List<Candidate> candidates) {

    Optional<Correction> correction(TreeContext tree) {
      for (Candidate candidate : candidates) {
        if (tree.count(candidate.word()) < REPEATED) {
          return Optional.of(correct(compound.split("-", -1), candidate.part(), candidate.fixes()));
        }
      }
      return Optional.empty();
    }
  }

  private Diagnostic finding(String compound, SourceLocation at, Correction fix) {
    Diagnostic finding =
        finding(
            "'" + compound + "' is misspelled; did you mean '" + fix.text() + "'?", at, fix.text());
    return fix.unique() ? withReplacement(finding, compound, fix.text()) : finding;
  }

  private static SourceLocation at(TextRun run, int offset) {
    return run.location().plusColumns(offset);
  }

  /** A compound word found at {@code offset} of {@code run}'s text. */
  private interface CompoundSink {
    void accept(String compound, TextRun run, int offset);
  }

  /** Each compound word of the page's prose that is not in a URL, path or markup chunk. */
  private static void forEachCompound(Document document, CompoundSink sink) {
    for (TextRun run : document.prose()) {
      String text = run.text();
      int n = text.length();
      int i = 0;
      while (i < n) {
        if (ProseScanner.isSpace(text.charAt(i))) {
          i++;
          continue;
        }
        int end = ProseScanner.chunkEnd(text, i);
        if (!ProseScanner.isNotProse(text, i, end)) {
          int w = i;
          while (w < end) {
            int wordEnd = ProseScanner.wordEnd(text, w, end);
            if (wordEnd < 0) {
              w += Character.charCount(text.codePointAt(w));
            } else {
              sink.accept(text.substring(w, wordEnd), run, w);
              w = wordEnd;
            }
          }
        }
        i = end;
      }
    }
  }

  /**
   * A corrected compound, and whether it is the only one: the dictionary offered one replacement
   * for the part, and the part had no possessive for the replacement to drop.
   */
  record Correction(String text, boolean unique) {}

  /** {@code parts} joined again with part {@code i} replaced by the best of {@code fixes}. */
  private static Correction correct(String[] parts, int i, List<String> fixes) {
    boolean plain = isPlainWord(parts[i]);
    parts[i] = fixes.get(0);
    return new Correction(String.join("-", parts), plain && fixes.size() == 1);
  }

  /** The part as the dictionary is asked about it: a plain apostrophe, no possessive. */
  private static String bare(String part) {
    String word = part.replace('’', '\'');
    return word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
  }

  /** The close replacements of {@code part}, best first; empty when it is no misspelling. */
  private List<String> replacements(String part, TreeContext tree) {
    String word = bare(part);
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
    return List.copyOf(found);
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
