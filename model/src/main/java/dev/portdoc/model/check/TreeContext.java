package dev.portdoc.model.check;

import dev.portdoc.model.doc.Cell;
import dev.portdoc.model.doc.Document;
import dev.portdoc.model.doc.PortTable;
import dev.portdoc.model.doc.TableColumn;
import dev.portdoc.model.doc.TableRow;
import dev.portdoc.model.doc.TextRun;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}']*");

  private final Map<String, Integer> counts;
  private final Map<String, List<String>> deletions;

  private TreeContext(Map<String, Integer> counts) {
    this.counts = Map.copyOf(counts);
    Map<String, List<String>> index = new HashMap<>();
    for (Map.Entry<String, Integer> entry : new java.util.TreeMap<>(counts).entrySet()) {
      String word = entry.getKey();
      if (entry.getValue() >= FREQUENT && word.length() >= 3) {
        for (String key : withOneDeletion(word)) {
          index.computeIfAbsent(key, k -> new ArrayList<>()).add(word);
        }
      }
    }
    index.replaceAll((k, v) -> List.copyOf(v));
    this.deletions = Map.copyOf(index);
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
    return new TreeContext(counts);
  }

  /** Builds a context from given counts (keys are lower-cased); for tests and callers with data. */
  public static TreeContext ofCounts(Map<String, Integer> counts) {
    Map<String, Integer> lower = new HashMap<>();
    counts.forEach((k, v) -> lower.merge(k.toLowerCase(Locale.ROOT), v, Integer::sum));
    return new TreeContext(lower);
  }

  private static Map<String, Integer> countWords(Document document) {
    Map<String, Integer> counts = new HashMap<>();
    Consumer<String> add =
        text -> {
          Matcher m = WORD.matcher(text);
          while (m.find()) {
            counts.merge(m.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
          }
        };
    for (TextRun run : document.prose()) {
      add.accept(run.text());
    }
    for (PortTable table : document.tables()) {
      for (TableColumn column : table.columns()) {
        add.accept(column.name());
      }
      for (TableRow row : table.rows()) {
        for (Cell cell : row.cells()) {
          add.accept(cell.text());
        }
      }
    }
    return counts;
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
      for (String candidate : deletions.getOrDefault(key, List.of())) {
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
