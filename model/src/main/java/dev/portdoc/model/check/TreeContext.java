package dev.portdoc.model.check;

import static java.util.Locale.ROOT;

import dev.portdoc.model.doc.Cell;
import dev.portdoc.model.doc.Document;
import dev.portdoc.model.doc.PortTable;
import dev.portdoc.model.doc.TableColumn;
import dev.portdoc.model.doc.TableRow;
import dev.portdoc.model.doc.TextRun;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;

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
  public static final TreeContext EMPTY = of(new WordTable(true, 0));

  // lower-case word -> occurrences; not changed once a context holds it
  private final WordTable counts;
  // the first entries of counts that hold every word of the prose: all of them but for a page
  private final int proseWords;
  // built on first use: a page's own context (streaming lint) is only asked for counts
  private volatile Map<String, List<String>> deletions;

  private TreeContext(WordTable counts, int proseWords) {
    this.counts = counts;
    this.proseWords = proseWords;
  }

  private static TreeContext of(WordTable counts) {
    return new TreeContext(counts, counts.size());
  }

  private Map<String, List<String>> deletions() {
    Map<String, List<String>> index = deletions;
    if (index == null) {
      index = deletionIndex(counts);
      deletions = index;
    }
    return index;
  }

  private static Map<String, List<String>> deletionIndex(WordTable counts) {
    Set<String> frequent = new TreeSet<>();
    for (int e = 0; e < counts.size(); e++) {
      if (counts.value(e) >= FREQUENT && counts.key(e).length() >= 3) {
        frequent.add(counts.key(e));
      }
    }
    Map<String, List<String>> index = new HashMap<>();
    for (String word : frequent) {
      for (String key : withOneDeletion(word)) {
        index.computeIfAbsent(key, k -> new ArrayList<>()).add(word);
      }
    }
    index.replaceAll((k, v) -> List.copyOf(v));
    return Map.copyOf(index);
  }

  /** Counts the words of {@code documents}: prose (headings included), column names and cells. */
  public static TreeContext of(Collection<Document> documents) {
    Counter counter = new Counter();
    documents.parallelStream().forEach(counter::add);
    return counter.counted();
  }

  /** Builds a context from given counts (keys are lower-cased); for tests and callers with data. */
  public static TreeContext ofCounts(Map<String, Integer> counts) {
    WordTable lower = new WordTable(true, counts.size());
    counts.forEach(
        (k, v) -> {
          String key = k.toLowerCase(Locale.ROOT);
          lower.add(lower.intern(key, 0, key.length()), v);
        });
    return of(lower);
  }

  /**
   * Counts a tree page by page, so that no page need be kept: {@link #add} from any thread, then
   * {@link #counted} once every page is in. Counts equal {@link TreeContext#of} over the same
   * pages.
   */
  public static final class Counter {

    // one tally per thread at work: a page's words are counted without contention, and each is
    // looked up once in the tally's table of every word it met (no table, key or merge per page)
    private final ConcurrentLinkedQueue<Tally> idle = new ConcurrentLinkedQueue<>();
    private final List<Tally> tallies = new ArrayList<>(); // guarded by itself

    /** Adds the words of {@code document}; returns the context of that page alone. */
    public TreeContext add(Document document) {
      Tally tally = idle.poll();
      if (tally == null) {
        tally = new Tally(new WordTable(true, 4096));
        synchronized (tallies) {
          tallies.add(tally);
        }
      }
      TreeContext page;
      synchronized (tally) {
        for (TextRun run : document.prose()) {
          countWords(run.text(), tally);
        }
        int proseWords = tally.pageWords(); // the prose is counted first
        countTableWords(document, tally);
        page = new TreeContext(tally.endPage(), proseWords);
      }
      idle.offer(tally);
      return page;
    }

    /** The context of every page added so far. */
    public TreeContext counted() {
      WordTable all = new WordTable(true, 4096);
      synchronized (tallies) {
        for (Tally tally : tallies) {
          synchronized (tally) {
            all.addAll(tally.words);
          }
        }
      }
      return of(all);
    }
  }

  /**
   * Counts words into a folding table of every word it met, keeping apart the counts of the page
   * being counted until {@link #endPage}. Not thread-safe.
   */
  static final class Tally {

    /** Every word met, valued with its count over the pages ended. */
    final WordTable words;

    private int[] pageCounts = new int[64]; // by entry of words: occurrences on this page
    private int[] pageEntries = new int[64]; // entries met on this page, in the order first met
    private int pageSize;

    Tally(WordTable words) {
      this.words = words;
    }

    /** One occurrence of entry {@code entry} of {@link #words} on this page. */
    void hit(int entry) {
      if (entry >= pageCounts.length) {
        pageCounts = Arrays.copyOf(pageCounts, Math.max(entry + 1, pageCounts.length * 2));
      }
      if (pageCounts[entry]++ == 0) {
        if (pageSize == pageEntries.length) {
          pageEntries = Arrays.copyOf(pageEntries, pageSize * 2);
        }
        pageEntries[pageSize++] = entry;
      }
    }

    /** How many distinct words this page has so far. */
    int pageWords() {
      return pageSize;
    }

    /**
     * The page's words valued with their counts on it, in the order first met; adds them to {@link
     * #words} and starts the next page.
     */
    WordTable endPage() {
      WordTable page = new WordTable(true, pageSize);
      for (int k = 0; k < pageSize; k++) {
        int entry = pageEntries[k];
        int count = pageCounts[entry];
        page.add(page.insertAbsent(words, entry), count);
        words.add(entry, count);
        pageCounts[entry] = 0;
      }
      pageSize = 0;
      return page;
    }
  }

  /** Counts the words of {@code document}'s tables: column names and cells. */
  private static void countTableWords(Document document, Tally counts) {
    for (PortTable table : document.tables()) {
      for (TableColumn column : table.columns()) {
        countWords(column.name(), counts);
      }
      for (TableRow row : table.rows()) {
        for (Cell cell : row.cells()) {
          countWords(cell.text(), counts);
        }
      }
    }
  }

  /**
   * Counts into {@code counts} (a folding table) each word of {@code text} in lower case ({@link
   * Locale#ROOT}): a letter followed by letters and apostrophes, as the pattern {@code
   * \p{L}[\p{L}']*} finds them. A scanner, not that pattern, and no String for a word the table
   * holds already: counting is a large part of a large tree's lint. Most text is ASCII: it is
   * scanned as bytes, the rest of a text from its first character beyond ASCII as characters.
   */
  static void countWords(String text, WordTable counts) {
    Tally tally = new Tally(counts);
    countWords(text, tally);
    tally.endPage();
  }

  /** {@link #countWords(String, WordTable)} into the page being counted by {@code counts}. */
  private static void countWords(String text, Tally counts) {
    int n = text.length();
    if (n == 0) {
      return;
    }
    // a Latin-1 string's bytes are a copy of its own; others map characters beyond Latin-1 to '?'
    byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
    int from = bytes.length == n ? countAsciiWords(text, bytes, counts) : 0;
    if (from < n) {
      countWords(text, from, counts);
    }
  }

  /**
   * What a byte of an ASCII text is to the word scanner: a letter (as its lower case), an
   * apostrophe (itself), {@link #NOT_ASCII} for bytes that may stand for a character beyond ASCII
   * ({@code ?} too, which {@link String#getBytes} puts for characters beyond Latin-1), 0 for the
   * rest.
   */
  private static final byte[] WORD_BYTE = new byte[256];

  private static final byte NOT_ASCII = -1;

  static {
    for (int b = 'a'; b <= 'z'; b++) {
      WORD_BYTE[b] = (byte) b;
      WORD_BYTE[b - 32] = (byte) b;
    }
    WORD_BYTE['\''] = '\'';
    WORD_BYTE['?'] = NOT_ASCII;
    for (int b = 0x80; b < 0x100; b++) {
      WORD_BYTE[b] = NOT_ASCII;
    }
  }

  /**
   * Counts the words of {@code text} from its {@code bytes} (one per character) up to its first
   * character beyond ASCII; returns the offset to go on from with characters (a word start or
   * between words), or the text's length when it is all ASCII.
   */
  private static int countAsciiWords(String text, byte[] bytes, Tally counts) {
    int n = bytes.length;
    int i = 0;
    while (i < n) {
      int w = WORD_BYTE[bytes[i] & 0xFF];
      if (w < 'a') {
        if (w == NOT_ASCII && text.charAt(i) != '?') {
          return i;
        }
        i++; // no letter: a space, digit, apostrophe or other mark
        continue;
      }
      int start = i;
      long pack = 0; // the word's letters as one long, while they fit
      do {
        pack = pack << 7 | w;
        i++;
      } while (i < n && (w = WORD_BYTE[bytes[i] & 0xFF]) > 0);
      if (i < n && w == NOT_ASCII && text.charAt(i) != '?') {
        return start; // the word may go on beyond ASCII
      }
      counts.hit(
          counts.words.internPacked(bytes, start, i, i - start <= WordTable.PACKED ? pack : 0));
    }
    return n;
  }

  /** {@link #countWords(String, WordTable)} of {@code text} from {@code from}, by characters. */
  private static void countWords(String text, int from, Tally counts) {
    int n = text.length();
    int i = from;
    while (i < n) {
      char ch = text.charAt(i);
      if (ch < 0x80) {
        if ((ch | 0x20) < 'a' || (ch | 0x20) > 'z') {
          i++;
          continue;
        }
      } else if (!isLetter(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
        continue;
      }
      int start = i;
      boolean ascii = true;
      int sum = 0; // the table's hash sum of the word so far, while it is ASCII
      while (i < n) {
        ch = text.charAt(i);
        if (ch < 0x80) {
          if (ch != '\'' && ((ch | 0x20) < 'a' || (ch | 0x20) > 'z')) {
            break;
          }
          sum = 31 * sum + WordTable.fold(ch);
          i++;
        } else {
          int c = text.codePointAt(i);
          if (!isLetter(c)) {
            break;
          }
          ascii = false;
          i += Character.charCount(c);
        }
      }
      if (ascii) {
        counts.hit(counts.words.intern(text, start, i, sum));
      } else {
        // outside ASCII, lower case may change the length (İ) or hang on context (final Σ)
        String lower = text.substring(start, i).toLowerCase(ROOT);
        counts.hit(counts.words.intern(lower, 0, lower.length()));
      }
    }
  }

  private static boolean isLetter(int c) {
    if (c < 0x80) {
      return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }
    return Character.isLetter(c);
  }

  /** How often {@code word} occurs in the tree, case ignored. */
  public int count(String word) {
    int entry = isAscii(word) ? counts.find(word) : counts.find(word.toLowerCase(Locale.ROOT));
    return entry < 0 ? 0 : counts.value(entry);
  }

  /** A test of a word and how often a context counts it. */
  @FunctionalInterface
  public interface CountedWordTest {
    boolean test(String word, int count);
  }

  /**
   * True when {@code test} holds for each of some distinct words this context counts (lower case,
   * in the order first counted, each with its {@link #count}), among them every word of the prose
   * (headings and paragraphs): for a page's own context ({@link Check#defer}), exactly the words of
   * the page's prose; for other contexts, every word counted. Stops at the first word that fails.
   */
  public boolean everyProseWord(CountedWordTest test) {
    for (int e = 0; e < proseWords; e++) {
      if (!test.test(counts.key(e), counts.value(e))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAscii(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
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
