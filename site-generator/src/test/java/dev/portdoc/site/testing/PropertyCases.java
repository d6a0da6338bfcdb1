package dev.portdoc.site.testing;

import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Test support: checks a property on seeded random inputs, in place of a property-testing library.
 *
 * <p>Case {@code i} of seed {@code s} draws from its own {@link Random}, so runs are deterministic,
 * a run with more cases repeats the default ones first, and a failure names the seed and case that
 * reproduce it. {@code -Dportdoc.propertyCases=N} runs N cases per property; {@code
 * -Dportdoc.propertySeed=S} replaces every property's fixed seed, to explore other inputs.
 */
public final class PropertyCases {

  /** System property: cases per property instead of each test's default. */
  public static final String CASES = "portdoc.propertyCases";

  /** System property: a seed replacing each test's fixed one. */
  public static final String SEED = "portdoc.propertySeed";

  private PropertyCases() {}

  /**
   * Runs {@code property} on {@code defaultCases} inputs made by {@code generator}. Every case runs
   * even after a failure; the failure reported is the one with the shortest input description,
   * which stands in for shrinking.
   */
  public static <T> void forAll(
      long fixedSeed,
      int defaultCases,
      Function<Random, ? extends T> generator,
      Consumer<? super T> property) {
    long seed = Long.getLong(SEED, fixedSeed);
    int cases = Integer.getInteger(CASES, defaultCases);
    if (cases < 1) {
      throw new IllegalArgumentException(CASES + " must be 1 or more, was " + cases);
    }
    int failures = 0;
    int reported = -1;
    String reportedInput = null;
    Throwable reportedError = null;
    for (int i = 0; i < cases; i++) {
      T input = generator.apply(random(seed, i));
      try {
        property.accept(input);
      } catch (AssertionError | RuntimeException e) {
        failures++;
        String description = describe(input);
        if (reportedInput == null || description.length() < reportedInput.length()) {
          reported = i;
          reportedInput = description;
          reportedError = e;
        }
      }
    }
    if (reportedError != null) {
      AssertionError error =
          new AssertionError(
              String.format(
                  "property failed on %d of %d cases; smallest failing input is seed 0x%x case %d"
                      + " (rerun: -D%s=0x%x -D%s=%d)%ninput: %s%nfailure: %s",
                  failures,
                  cases,
                  seed,
                  reported,
                  SEED,
                  seed,
                  CASES,
                  reported + 1,
                  reportedInput,
                  String.valueOf(reportedError.getMessage()).strip()),
              reportedError);
      throw error;
    }
  }

  /** The random source of one case: well mixed, so that neighbouring cases do not correlate. */
  static Random random(long seed, int index) {
    long z = seed + (index + 1L) * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return new Random(z ^ (z >>> 31));
  }

  /** The input's {@code toString} on one line, with line breaks, tabs and backslashes escaped. */
  static String describe(Object input) {
    return String.valueOf(input)
        .replace("\\", "\\\\")
        .replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\t", "\\t");
  }
}
