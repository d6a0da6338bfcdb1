package dev.portdoc.model.check;

import static java.util.Locale.ROOT;

import dev.portdoc.model.doc.Cell;
import dev.portdoc.model.doc.Document;
import dev.portdoc.model.doc.PortTable;
import dev.portdoc.model.doc.TableColumn;
import dev.portdoc.model.doc.TableRow;
import dev.portdoc.model.doc.TextRun;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * What the whole docs tree says, for checks that judge a word by how often the tree uses it: how
 * many times each word occurs (case ignored), and an index from which the frequent words one edit
 * away from a given word are found by hashing (each frequent word is stored under itself and every
 * form with one letter deleted), never by comparing all pairs. Immutable and thread-safe once
 * built.
 */
public final class TreeContext {

  /** A word is frequent from this many occurrences on. */
  public static final int FREQUENT = 5;

  /** No tree: every word is unseen. */
  public static final TreeContext EMPTY = new TreeContext(Map.of());

  private final Map<String, Integer> counts;
  // built on first use: a page's own context (streaming lint) is only asked for counts
  private volatile Map<String, List<String>> deletions;

  private TreeContext(Map<String, Integer> counts) {
    this.counts = counts;
  }

  private Map<String, List<String>> deletions() {
    Map<String, List<String>> index = deletions;
    if (index == null) {
      index = deletionIndex(counts);
      deletions = index;
    }
    return index;
  }

  private static Map<String, List<String>> deletionIndex(Map<String, Integer> counts) {
    Map<String, List<String>> index = new HashMap<>();
    for (Map.Entry<String, Integer> entry : new TreeMap<>(counts).entrySet()) {
      String word = entry.getKey();
      if (entry.getValue() >= FREQUENT && word.length() >= 3) {
        for (String key : withOneDeletion(word)) {
          index.computeIfAbsent(key, k -> new ArrayList<>()).add(word);
        }
      }
    }
    index.replaceAll((k, v) -> List.copyOf(v));
    return Map.copyOf(index);
  }

  /** Counts the words of {@code documents}: prose (headings included), column names and cells. */
  public static TreeContext of(Collection<Document> documents) {
    Map<String, Integer> counts =
        documents.parallelStream()
            .map(TreeContext::countWords)
            .collect(
                HashMap::new,
                (into, page) -> page.forEach((k, v) -> into.merge(k, v, Integer::sum)),
                (into, part) -> part.forEach((k, v) -> into.merge(k, v, Integer::sum)));
    return new TreeContext(Map.copyOf(counts));
  }

  /** Builds a context from given counts (keys are lower-cased); for tests and callers with data. */
  public static TreeContext ofCounts(Map<String, Integer> counts) {
    Map<String, Integer> lower = new HashMap<>();
    counts.forEach((k, v) -> lower.merge(k.toLowerCase(Locale.ROOT), v, Integer::sum));
    return new TreeContext(Map.copyOf(lower));
  }

  /**
   * Counts a tree page by page, so that no page need be kept: {@link #add} from any thread, then
   * {@link #counted} once every page is in. Counts equal {@link TreeContext#of} over the same
   * pages.
   */
  public static final class Counter {

    private final ConcurrentHashMap<String, Integer> counts = new ConcurrentHashMap<>();

    /** Adds the words of {@code document}; returns the context of that page alone. */
    public TreeContext add(Document document) {
      Map<String, Integer> page = countWords(document);
      page.forEach((k, v) -> counts.merge(k, v, Integer::sum));
      return new TreeContext(Collections.unmodifiableMap(page));
    }

    /** The context of every page added so far. */
    public TreeContext counted() {
      return new TreeContext(Map.copyOf(counts));
    }
  }

  private static Map<String, Integer> countWords(Document document) {
    Map<String, Integer> counts = new HashMap<>();
    Consumer<String> add = word -> counts.merge(word, 1, Integer::sum);
    for (TextRun run : document.prose()) {
      forEachWord(run.text(), add);
    }
    for (PortTable table : document.tables()) {
      for (TableColumn column : table.columns()) {
        forEachWord(column.name(), add);
      }
      for (TableRow row : table.rows()) {
        for (Cell cell : row.cells()) {
          forEachWord(cell.text(), add);
        }
      }
    }
    return counts;
  }

  /**
   * Hands {@code sink} each word of {@code text} in lower case ({@link Locale#ROOT}): a letter
   * followed by letters and apostrophes, as the pattern {@code \p{L}[\p{L}']*} finds them. A
   * scanner, not that pattern: counting is most of a large tree's lint.
   */
  static void forEachWord(String text, Consumer<String> sink) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      int c = text.codePointAt(i);
      if (!isLetter(c)) {
        i += Character.charCount(c);
        continue;
      }
      int start = i;
      boolean ascii = c < 0x80;
      boolean upper = c >= 'A' && c <= 'Z';
      i += Character.charCount(c);
      while (i < n) {
        c = text.codePointAt(i);
        if (c != '\'' && !isLetter(c)) {
          break;
        }
        ascii &= c < 0x80;
        upper |= c >= 'A' && c <= 'Z';
        i += Character.charCount(c);
      }
      sink.accept(
          ascii ? asciiLower(text, start, i, upper) : text.substring(start, i).toLowerCase(ROOT));
    }
  }

  private static boolean isLetter(int c) {
    if (c < 0x80) {
      return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }
    return Character.isLetter(c);
  }

  /** {@code text[start, end)} lower-cased, when it is ASCII: one allocation, not two. */
  private static String asciiLower(String text, int start, int end, boolean upper) {
    if (!upper) {
      return text.substring(start, end);
    }
    char[] chars = new char[end - start];
    for (int k = start; k < end; k++) {
      char ch = text.charAt(k);
      chars[k - start] = ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch;
    }
    return new String(chars);
  }

  /** How often {@code word} occurs in the tree, case ignored. */
  public int count(String word) {
    return counts.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
  }

  /**
   * Frequent words (lower case, sorted) that may be one edit from {@code word}: one insertion,
   * deletion, substitution or swap of neighbours. Callers confirm the distance; the index only
   * narrows the search. The word itself is never returned.
   */
  public Set<String> frequentNeighbours(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    Set<String> found = new TreeSet<>();
    for (String key : withOneDeletion(lower)) {
      for (String candidate : deletions().getOrDefault(key, List.of())) {
        if (!candidate.equals(lower)) {
          found.add(candidate);
        }
      }
    }
    return found;
  }

  private static Set<String> withOneDeletion(String word) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(word);
    for (int i = 0; i < word.length(); i++) {
      keys.add(word.substring(0, i) + word.substring(i + 1));
    }
    return keys;
  }
}
