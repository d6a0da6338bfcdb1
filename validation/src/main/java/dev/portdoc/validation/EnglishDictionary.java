package dev.portdoc.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import morfologik.speller.Speller;
import morfologik.stemming.Dictionary;

/**
 * The en_US spelling dictionary (LanguageTool's morfologik build of the Hunspell word list), with
 * en_GB as a second opinion. Loaded on first use only, so commands that check no prose do not pay
 * for it.
 */
final class EnglishDictionary {

  private static final String RESOURCE = "/org/languagetool/resource/en/hunspell/en_US.dict";
  private static final String BRITISH = "/org/languagetool/resource/en/hunspell/en_GB.dict";

  private EnglishDictionary() {}

  /** Holder idiom: the JVM loads the dictionary once, on first access, thread-safely. */
  private static final class Holder {
    static final Dictionary DICTIONARY = load(RESOURCE);
  }

  /** British spellings (standardise, sanitised) are no typos; loaded only when US English fails. */
  private static final class BritishHolder {
    static final Dictionary DICTIONARY = load(BRITISH);
  }

  private static final ThreadLocal<Speller> BRITISH_SPELLER =
      ThreadLocal.withInitial(() -> new Speller(BritishHolder.DICTIONARY, 1));

  // a Speller keeps per-call buffers, so each thread gets its own over the shared dictionary;
  // distance 1 because only one-edit replacements are offered (distance 2 is seconds slower)
  private static final ThreadLocal<Speller> SPELLER =
      ThreadLocal.withInitial(() -> new Speller(Holder.DICTIONARY, 1));

  private static Dictionary load(String resource) {
    URL url = EnglishDictionary.class.getResource(resource);
    URL info = EnglishDictionary.class.getResource(resource.replace(".dict", ".info"));
    if (url == null || info == null) {
      throw new IllegalStateException(resource + " is missing from the class path");
    }
    try (InputStream dict = url.openStream();
        InputStream meta = info.openStream()) {
      return Dictionary.read(dict, meta);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** True when the US or British dictionary knows {@code word} as written or in lower case. */
  static boolean knows(String word) {
    return knows(SPELLER.get(), word) || knows(BRITISH_SPELLER.get(), word);
  }

  private static boolean knows(Speller speller, String word) {
    return !speller.isMisspelled(word) || !speller.isMisspelled(word.toLowerCase(Locale.ROOT));
  }

  private static final String[] PREFIXES = {"un", "re", "de", "pre", "non", "sub", "multi", "auto"};
  private static final String[] SUFFIXES = {"s", "es", "ed", "er", "ers", "ing", "able"};

  /**
   * True when {@code word} is a known word with a common prefix or suffix ({@code unparsed}, {@code
   * suppressions}, {@code restarter}): dictionaries list few such forms, writers coin them freely,
   * and a misspelling rarely splits that way.
   */
  static boolean knowsDerived(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    for (String prefix : PREFIXES) {
      if (lower.startsWith(prefix) && lower.length() - prefix.length() >= 4) {
        String stem = lower.substring(prefix.length());
        if (knows(stem) || knowsWithSuffix(stem)) {
          return true;
        }
      }
    }
    return knowsWithSuffix(lower);
  }

  private static boolean knowsWithSuffix(String lower) {
    for (String suffix : SUFFIXES) {
      if (lower.endsWith(suffix) && lower.length() - suffix.length() >= 4) {
        String stem = lower.substring(0, lower.length() - suffix.length());
        if (knows(stem) || knows(stem + "e")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Dictionary words near {@code word}, best first. */
  static List<String> suggestions(String word) {
    return SPELLER.get().findReplacements(word);
  }
}
