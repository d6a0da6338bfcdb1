package dev.portdoc.site.testing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/** Test support: the few random draws the spec generators need, from one {@link Random}. */
public final class RandomValues {

  private final Random random;

  public RandomValues(Random random) {
    this.random = random;
  }

  /** True with probability {@code p}. */
  public boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** A number from {@code min} to {@code max}, both included; one draw in ten is an edge. */
  public int between(int min, int max) {
    if (max > min && chance(0.1)) {
      return oneOf(min, min + 1, max - 1, max);
    }
    return min + random.nextInt(max - min + 1);
  }

  @SafeVarargs
  public final <T> T oneOf(T... values) {
    return values[random.nextInt(values.length)];
  }

  public <T> T oneOf(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  public <E extends Enum<E>> E oneOf(Class<E> type) {
    return oneOf(type.getEnumConstants());
  }

  /** A value with probability {@code presence}, else empty. */
  public <T> Optional<T> optional(double presence, Supplier<T> value) {
    return chance(presence) ? Optional.of(value.get()) : Optional.empty();
  }

  public <T> List<T> list(int minSize, int maxSize, Supplier<T> element) {
    int size = between(minSize, maxSize);
    List<T> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add(element.get());
    }
    return out;
  }

  /** Up to {@code maxSize} distinct elements (fewer when draws keep repeating). */
  public <T> List<T> distinctList(int maxSize, Supplier<T> element) {
    int size = between(0, maxSize);
    Set<T> out = new LinkedHashSet<>();
    for (int tries = 0; out.size() < size && tries < 10 * size; tries++) {
      out.add(element.get());
    }
    return List.copyOf(out);
  }

  /**
   * Every character from {@code from} to {@code to}, both included: one set for {@link #string}.
   */
  public static String charsBetween(char from, char to) {
    StringBuilder out = new StringBuilder(to - from + 1);
    for (char c = from; c <= to && c >= from; c++) {
      out.append(c);
    }
    return out.toString();
  }

  /**
   * A string of {@code minLength} to {@code maxLength} characters, each from one of {@code sets}
   * picked with equal odds, so that a small set (ASCII, line breaks) is not drowned by a large one.
   */
  public String string(int minLength, int maxLength, String... sets) {
    int length = between(minLength, maxLength);
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(character(sets));
    }
    return out.toString();
  }

  /** One character, as {@link #string} draws them. */
  public char character(String... sets) {
    String set = oneOf(sets);
    return set.charAt(random.nextInt(set.length()));
  }
}
