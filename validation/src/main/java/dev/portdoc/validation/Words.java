package dev.portdoc.validation;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.DamerauLevenshteinDistance;

/** Edit distance and casing helpers shared by the typo checks. */
final class Words {

  // a swap of two neighbouring letters counts as one edit, as typists make them
  private static final DamerauLevenshteinDistance DISTANCE = new DamerauLevenshteinDistance();

  private Words() {}

  /** Damerau-Levenshtein distance, case ignored. */
  static int distance(String a, String b) {
    return DISTANCE.apply(a.toLowerCase(Locale.ROOT), b.toLowerCase(Locale.ROOT));
  }

  /**
   * The one known word within {@code maxDistance} of {@code word} (case ignored); empty when none,
   * when {@code word} is itself known, or when two known words are equally near (ambiguous).
   */
  static Optional<String> nearest(String word, Collection<String> known, int maxDistance) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    boolean tie = false;
    for (String candidate : known) {
      int d = distance(word, candidate);
      if (d == 0) {
        return Optional.empty();
      }
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
        tie = false;
      } else if (d == bestDistance && !candidate.equalsIgnoreCase(best)) {
        tie = true;
      }
    }
    return best != null && bestDistance <= maxDistance && !tie
        ? Optional.of(best)
        : Optional.empty();
  }

  /** {@code replacement} written in the case style of {@code like}: INBOUND, Inbound, inbound. */
  static String inCaseOf(String like, String replacement) {
    if (like.length() > 1 && like.equals(like.toUpperCase(Locale.ROOT))) {
      return replacement.toUpperCase(Locale.ROOT);
    }
    if (Character.isUpperCase(like.charAt(0))) {
      String lower = replacement.toLowerCase(Locale.ROOT);
      return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
    return replacement.toLowerCase(Locale.ROOT);
  }

  /** True when {@code a} and {@code b} hold the same letters in another order (tpc, tcp). */
  static boolean isAnagram(String a, String b) {
    char[] x = a.toLowerCase(Locale.ROOT).toCharArray();
    char[] y = b.toLowerCase(Locale.ROOT).toCharArray();
    java.util.Arrays.sort(x);
    java.util.Arrays.sort(y);
    return java.util.Arrays.equals(x, y);
  }

  /** Column of {@code token} inside a cell's raw text, or 0 when it is not found as written. */
  static int offsetIn(String raw, String token) {
    int at = raw.indexOf(token);
    return Math.max(at, 0);
  }

  /**
   * Index of the first occurrence of {@code token} in {@code raw} that is not part of a longer word
   * (no letter or digit touches it), or -1.
   */
  static int wholeWordIn(String raw, String token) {
    if (token.isEmpty()) {
      return -1;
    }
    for (int at = raw.indexOf(token); at >= 0; at = raw.indexOf(token, at + 1)) {
      int end = at + token.length();
      boolean before = at > 0 && Character.isLetterOrDigit(raw.charAt(at - 1));
      boolean after = end < raw.length() && Character.isLetterOrDigit(raw.charAt(end));
      if (!before && !after) {
        return at;
      }
    }
    return -1;
  }
}
