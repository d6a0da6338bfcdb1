package dev.portdoc.model.check;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A hash table from words to ints, looked up by a range of a text so that a word met again costs no
 * String: the words passes of checks meet each distinct word of a page many times. Open addressing
 * over entries kept in insertion order. Either exact, or folding ASCII capitals ({@code A-Z}) in
 * hashing and comparison; in a folding table every key is in lower case, and callers hand it a word
 * outside ASCII already lower-cased (as {@link String#toLowerCase} would). Not thread-safe.
 */
public final class WordTable {

  private final boolean fold;
  private String[] keys;
  // the key's characters as bytes when it is ASCII, else null: byte ranges compare with these
  private byte[][] asciiKeys;
  // the key's {@link #pack}, or 0: a short word compares as one long
  private long[] packs;
  private int[] hashes;
  private int[] values;
  private int size;
  // slot -> entry + 1; 0 is a free slot. At most half full.
  private int[] slots;

  /** An empty table, exact or folding ASCII capitals, sized for about {@code expected} words. */
  public WordTable(boolean foldAsciiCase, int expected) {
    this.fold = foldAsciiCase;
    int capacity = Math.max(8, Integer.highestOneBit(Math.max(expected, 4) - 1) << 1);
    keys = new String[capacity];
    asciiKeys = new byte[capacity][];
    packs = new long[capacity];
    hashes = new int[capacity];
    values = new int[capacity];
    slots = new int[capacity * 2];
  }

  /** How many distinct words the table holds. */
  public int size() {
    return size;
  }

  /** The word of entry {@code entry} (entries are numbered from 0 in the order they came). */
  public String key(int entry) {
    return keys[entry];
  }

  public int value(int entry) {
    return values[entry];
  }

  public void setValue(int entry, int value) {
    values[entry] = value;
  }

  /** Adds {@code delta} to the value of entry {@code entry}. */
  public void add(int entry, int delta) {
    values[entry] += delta;
  }

  /** The entry of {@code text[from, to)}, or -1 when the table lacks it. */
  public int find(String text, int from, int to) {
    return find(text, from, to, sum(text, from, to));
  }

  /** The entry of {@code word}, or -1 when the table lacks it. */
  public int find(String word) {
    return find(word, 0, word.length());
  }

  /**
   * The entry of {@code text[from, to)}, or -1: for a scanner that summed the range's characters as
   * it went, {@code sum} being {@link #sum} of the range.
   */
  public int find(String text, int from, int to, int sum) {
    return findMixed(text, from, to, hash(text, from, to, sum));
  }

  /**
   * The entry of {@code text[from, to)}, added with value 0 when absent (its key then the range,
   * lower-cased in ASCII when the table folds).
   */
  public int intern(String text, int from, int to) {
    return intern(text, from, to, sum(text, from, to));
  }

  /** {@link #intern(String, int, int)} given the range's {@link #sum}. */
  public int intern(String text, int from, int to, int sum) {
    int hash = hash(text, from, to, sum);
    int entry = findMixed(text, from, to, hash);
    return entry >= 0 ? entry : insert(keyOf(text, from, to), hash);
  }

  /**
   * The entry of the ASCII bytes {@code text[from, to)}, or -1: the byte form of {@link
   * #find(String, int, int, int)}, for a scanner over an ASCII text's bytes, {@code sum} being the
   * range's {@link #sum} as characters.
   */
  public int find(byte[] text, int from, int to, int sum) {
    return findMixed(text, from, to, hash(text, from, to, sum));
  }

  /** The byte form of {@link #intern(String, int, int, int)}: {@code text[from, to)} is ASCII. */
  public int intern(byte[] text, int from, int to, int sum) {
    int hash = hash(text, from, to, sum);
    int entry = findMixed(text, from, to, hash);
    return entry >= 0 ? entry : insert(keyOf(text, from, to), hash);
  }

  /**
   * The entry of the ASCII bytes {@code text[from, to)}, added with value 0 when absent, given the
   * range's {@link #pack} as the table compares it (folded in a folding table), or 0 when it is
   * longer than {@value #PACKED}: a scanner packs a word as it reads it, and a short word is then
   * hashed and compared as one long.
   */
  public int internPacked(byte[] text, int from, int to, long pack) {
    if (pack == 0) {
      return intern(text, from, to, sum(text, from, to));
    }
    int hash = packHash(pack);
    int mask = slots.length - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      int entry = slots[slot] - 1;
      if (entry < 0) {
        return insert(keyOf(text, from, to), hash);
      }
      if (packs[entry] == pack) {
        return entry;
      }
    }
  }

  /**
   * A word of one to {@value #PACKED} characters from 1 to 127 as one long, 7 bits a character
   * ({@code pack = pack << 7 | c} over them), distinct for distinct words; 0 for other words.
   */
  public static long pack(byte[] word) {
    if (word.length == 0 || word.length > PACKED) {
      return 0;
    }
    long pack = 0;
    for (byte c : word) {
      if (c <= 0) {
        return 0;
      }
      pack = pack << 7 | c;
    }
    return pack;
  }

  /** The most characters {@link #pack} packs. */
  public static final int PACKED = 9;

  /**
   * The sum that hashes {@code text[from, to)} when it does not {@link #pack}: {@code 31 * sum + c}
   * over its characters, each folded by {@link #fold} in a folding table. A scanner may sum as it
   * reads instead.
   */
  public int sum(String text, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      h = 31 * h + (fold ? fold(c) : c);
    }
    return h;
  }

  /** {@link #sum} of ASCII bytes. */
  private int sum(byte[] text, int from, int to) {
    byte[] folded = fold ? LOWER : SAME;
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + folded[text[i] & 0xFF];
    }
    return h;
  }

  /**
   * The hash of a key: of its {@link #pack} when it packs (a short ASCII word), else of its {@link
   * #sum}. Every path to a key gives the same.
   */
  private int hash(String text, int from, int to, int sum) {
    int n = to - from;
    if (n == 0 || n > PACKED) {
      return mix(sum);
    }
    long pack = 0;
    for (int i = from; i < to; i++) {
      char c = fold ? fold(text.charAt(i)) : text.charAt(i);
      if (c == 0 || c >= 0x80) {
        return mix(sum);
      }
      pack = pack << 7 | c;
    }
    return packHash(pack);
  }

  private int hash(byte[] text, int from, int to, int sum) {
    int n = to - from;
    if (n == 0 || n > PACKED) {
      return mix(sum);
    }
    byte[] folded = fold ? LOWER : SAME;
    long pack = 0;
    for (int i = from; i < to; i++) {
      byte c = folded[text[i] & 0xFF];
      if (c <= 0) {
        return mix(sum);
      }
      pack = pack << 7 | c;
    }
    return packHash(pack);
  }

  private static int packHash(long pack) {
    return (int) ((pack * 0x9E3779B97F4A7C15L) >>> 32);
  }

  /** {@code c} with an ASCII capital lower-cased. */
  public static char fold(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  /** Adds every entry of {@code other} (which must fold as this one does), summing the values. */
  public void addAll(WordTable other) {
    if (other.fold != fold) {
      throw new IllegalArgumentException("tables fold case differently");
    }
    for (int e = 0; e < other.size; e++) {
      String key = other.keys[e];
      byte[] ascii = other.asciiKeys[e];
      int hash = other.hashes[e];
      int entry =
          ascii != null
              ? findMixed(ascii, 0, ascii.length, hash)
              : findMixed(key, 0, key.length(), hash);
      if (entry < 0) {
        entry = insert(key, ascii, hash);
      }
      values[entry] += other.values[e];
    }
  }

  /**
   * Adds entry {@code entry} of {@code other} (which folds as this one does), a word this table
   * lacks, with value 0; returns its entry here. No look-up: the caller knows it is absent.
   */
  int insertAbsent(WordTable other, int entry) {
    return insert(other.keys[entry], other.asciiKeys[entry], other.hashes[entry]);
  }

  private int findMixed(String text, int from, int to, int hash) {
    int mask = slots.length - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      int entry = slots[slot] - 1;
      if (entry < 0) {
        return -1;
      }
      if (hashes[entry] == hash && matches(keys[entry], text, from, to)) {
        return entry;
      }
    }
  }

  private int findMixed(byte[] text, int from, int to, int hash) {
    int mask = slots.length - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      int entry = slots[slot] - 1;
      if (entry < 0) {
        return -1;
      }
      if (hashes[entry] == hash && matches(asciiKeys[entry], text, from, to)) {
        return entry;
      }
    }
  }

  private boolean matches(byte[] key, byte[] text, int from, int to) {
    if (key == null || key.length != to - from) {
      return false;
    }
    byte[] folded = fold ? LOWER : SAME;
    for (int k = 0; k < key.length; k++) {
      if (key[k] != folded[text[from + k] & 0xFF]) {
        return false;
      }
    }
    return true;
  }

  /** Each byte as a folding table compares it: ASCII capitals in lower case. */
  private static final byte[] LOWER = new byte[256];

  /** Each byte as itself. */
  private static final byte[] SAME = new byte[256];

  static {
    for (int b = 0; b < 256; b++) {
      SAME[b] = (byte) b;
      LOWER[b] = (byte) (b >= 'A' && b <= 'Z' ? b + 32 : b);
    }
  }

  private boolean matches(String key, String text, int from, int to) {
    if (key.length() != to - from) {
      return false;
    }
    if (text.startsWith(key, from)) {
      return true; // a loop over the strings' bytes, the common case
    }
    if (!fold) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (key.charAt(i - from) != fold(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static int mix(int sum) {
    return sum ^ (sum >>> 15) ^ (sum >>> 7);
  }

  private String keyOf(String text, int from, int to) {
    if (fold) {
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        if (c >= 'A' && c <= 'Z') {
          char[] lower = new char[to - from];
          for (int k = from; k < to; k++) {
            char ch = text.charAt(k);
            lower[k - from] = ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch;
          }
          return new String(lower);
        }
      }
    }
    return from == 0 && to == text.length() ? text : text.substring(from, to);
  }

  private String keyOf(byte[] text, int from, int to) {
    byte[] key = Arrays.copyOfRange(text, from, to);
    if (fold) {
      for (int k = 0; k < key.length; k++) {
        key[k] = LOWER[key[k] & 0xFF];
      }
    }
    return new String(key, StandardCharsets.ISO_8859_1);
  }

  private int insert(String key, int hash) {
    return insert(key, asciiBytes(key), hash);
  }

  private int insert(String key, byte[] ascii, int hash) {
    if (size == keys.length) {
      grow();
    }
    int entry = size++;
    keys[entry] = key;
    asciiKeys[entry] = ascii;
    packs[entry] = ascii == null ? 0 : pack(ascii);
    hashes[entry] = hash;
    place(entry);
    return entry;
  }

  private static byte[] asciiBytes(String key) {
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) >= 0x80) {
        return null;
      }
    }
    return key.getBytes(StandardCharsets.ISO_8859_1);
  }

  private void place(int entry) {
    int mask = slots.length - 1;
    int slot = hashes[entry] & mask;
    while (slots[slot] != 0) {
      slot = (slot + 1) & mask;
    }
    slots[slot] = entry + 1;
  }

  private void grow() {
    int capacity = keys.length * 2;
    keys = Arrays.copyOf(keys, capacity);
    asciiKeys = Arrays.copyOf(asciiKeys, capacity);
    packs = Arrays.copyOf(packs, capacity);
    hashes = Arrays.copyOf(hashes, capacity);
    values = Arrays.copyOf(values, capacity);
    slots = new int[capacity * 2];
    for (int e = 0; e < size; e++) {
      place(e);
    }
  }
}
