package dev.portdoc.validation;

import dev.portdoc.model.check.TreeContext;
import dev.portdoc.model.check.WordTable;
import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.diagnostic.Severity;
import dev.portdoc.model.doc.Document;
import dev.portdoc.model.doc.TextRun;
import dev.portdoc.model.source.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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

  /** Bounds the verdicts kept: a tree's distinct words, far fewer in any real tree. */
  private static final int MAX_VERDICTS = 1 << 18;

  private final LintConfig config;
  private final Map<String, Verdict> verdicts = new ConcurrentHashMap<>();

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
    return new PagePass(tree).scan(document).resolve(tree);
  }

  /**
   * Keeps, per suspect compound, the parts that fail every test but the tree's count, with their
   * replacements: the dictionary is asked now, the tree later. A part the page itself repeats is
   * accepted at once, since the tree repeats it too.
   */
  @Override
  public Deferred defer(Document document, TreeContext page) {
    if (acceptsEveryPart(page)) {
      return Deferred.done(List.of());
    }
    return new PagePass(page).scan(document);
  }

  /**
   * True when no part of the page can be a misspelling, judged from {@code page}'s words alone
   * (most pages): then the page needs no scan. Conservative: every part whose bare form is a plain
   * word of three letters or more (the only kind reported) is a maximal run of letters of the
   * prose, so, lower-cased, an apostrophe-free piece of one of the page's prose words ({@code
   * \p{L}[\p{L}']*}); when each such piece is accepted in lower case, or the page repeats it, every
   * case of it is accepted (the tests but the dictionary's as-written one compare lower case). A
   * word outside ASCII (whose lower case may change its letters) sends the page to the scan.
   */
  boolean acceptsEveryPart(TreeContext page) {
    return page.everyProseWord((word, count) -> acceptsEveryPiece(word, count, page));
  }

  /**
   * True when each apostrophe-free piece of the lower-case {@code word}, which {@code page} counts
   * {@code count} times, is accepted or repeated.
   */
  private boolean acceptsEveryPiece(String word, int count, TreeContext page) {
    int start = 0;
    for (int i = 0; i <= word.length(); i++) {
      char c = i < word.length() ? word.charAt(i) : '\'';
      if (c >= 0x80) {
        return false;
      }
      if (c != '\'') {
        continue;
      }
      if (i - start >= 3) {
        boolean whole = start == 0 && i == word.length();
        String piece = whole ? word : word.substring(start, i);
        int pieceCount = whole ? count : page.count(piece);
        if (pieceCount < REPEATED && !verdict(piece).accepted()) {
          return false;
        }
      }
      start = i + 1;
    }
    return true;
  }

  /**
   * One page's pass: a page repeats most of its words, so each distinct part is judged once, and
   * looked up by its characters when met again (no String per word).
   */
  private final class PagePass {

    private final TreeContext page;
    // part as written -> index in judged, or -1 when it is no misspelling
    private final WordTable parts = new WordTable(false, 256);
    private final List<Candidate> judged = new ArrayList<>();
    private final List<Suspect> suspects = new ArrayList<>();

    PagePass(TreeContext page) {
      this.page = page;
    }

    Deferred scan(Document document) {
      for (TextRun run : document.prose()) {
        String text = run.text();
        int n = text.length();
        int i = 0;
        while (i < n) {
          if (ProseScanner.isSpace(text.charAt(i))) {
            i++;
            continue;
          }
          int end = ProseScanner.proseChunk(text, i);
          if (end >= 0) {
            compounds(run, i, end);
            i = end;
          } else {
            i = -end - 1; // not prose
          }
        }
      }
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

    /** Each compound word of the prose chunk {@code [from, to)} of {@code run}. */
    private void compounds(TextRun run, int from, int to) {
      String text = run.text();
      int w = from;
      while (w < to) {
        int wordEnd = ProseScanner.wordEnd(text, w, to);
        if (wordEnd < 0) {
          w += Character.charCount(text.codePointAt(w));
        } else {
          compound(run, w, wordEnd);
          w = wordEnd;
        }
      }
    }

    /** Judges the parts of the compound {@code [from, to)} (split at '-') of {@code run}. */
    private void compound(TextRun run, int from, int to) {
      String text = run.text();
      List<Candidate> candidates = null;
      int part = 0;
      int start = from;
      int sum = 0; // the part's hash sum so far, for the table
      for (int k = from; k <= to; k++) {
        char c = k < to ? text.charAt(k) : '-';
        if (c != '-') {
          sum = 31 * sum + c;
          continue;
        }
        int entry = parts.find(text, start, k, sum);
        if (entry < 0) {
          entry = parts.intern(text, start, k, sum);
          parts.setValue(entry, judge(parts.key(entry)));
        }
        int verdict = parts.value(entry);
        if (verdict >= 0) {
          if (candidates == null) {
            candidates = new ArrayList<>();
          }
          Candidate judgedPart = judged.get(verdict);
          candidates.add(new Candidate(part, judgedPart.word(), judgedPart.fixes()));
        }
        part++;
        start = k + 1;
        sum = 0;
      }
      if (candidates != null) {
        suspects.add(new Suspect(text.substring(from, to), at(run, from), candidates));
      }
    }

    /** The index in {@code judged} of the part's verdict, or -1 when it is no misspelling. */
    private int judge(String part) {
      List<String> fixes = replacements(part, page);
      if (fixes.isEmpty()) {
        return -1;
      }
      judged.add(new Candidate(-1, bare(part), fixes));
      return judged.size() - 1;
    }
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
    if (word.length() < 3 || !isPlainWord(word) || tree.count(word) >= REPEATED) {
      return List.of();
    }
    return verdict(word).fixes();
  }

  /**
   * What the tests but the tree's count say of a plain word: accepted, or not with its close
   * replacements (maybe none). Depends on the word alone, so it is kept for the whole tree: the
   * dictionary is asked once per distinct word of the tree, not once per page.
   */
  private record Verdict(boolean accepted, List<String> fixes) {
    static final Verdict ACCEPTED = new Verdict(true, List.of());
  }

  private Verdict verdict(String word) {
    Verdict verdict = verdicts.get(word);
    if (verdict == null) {
      verdict = isAccepted(word) ? Verdict.ACCEPTED : new Verdict(false, replacements(word));
      if (verdicts.size() < MAX_VERDICTS) {
        verdicts.putIfAbsent(word, verdict);
      }
    }
    return verdict;
  }

  private boolean isAccepted(String word) {
    return config.accepts(word)
        || TechnicalWords.contains(word)
        || EnglishDictionary.knows(word)
        || EnglishDictionary.knowsDerived(word);
  }

  /** The close replacements of a plain word no test accepts, best first. */
  private List<String> replacements(String word) {
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
}
