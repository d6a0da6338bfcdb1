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
 * The en_US spelling dictionary (LanguageTool's morfologik build of the Hunspell word list). Loaded
 * on first use only, so commands that check no prose do not pay for it.
 */
final class EnglishDictionary {

  private static final String RESOURCE = "/org/languagetool/resource/en/hunspell/en_US.dict";

  private EnglishDictionary() {}

  /** Holder idiom: the JVM loads the dictionary once, on first access, thread-safely. */
  private static final class Holder {
    static final Dictionary DICTIONARY = load();
  }

  // a Speller keeps per-call buffers, so each thread gets its own over the shared dictionary;
  // distance 1 because only one-edit replacements are offered (distance 2 is seconds slower)
  private static final ThreadLocal<Speller> SPELLER =
      ThreadLocal.withInitial(() -> new Speller(Holder.DICTIONARY, 1));

  private static Dictionary load() {
    URL url = EnglishDictionary.class.getResource(RESOURCE);
    URL info = EnglishDictionary.class.getResource(RESOURCE.replace(".dict", ".info"));
    if (url == null || info == null) {
      throw new IllegalStateException("the en_US dictionary is missing from the class path");
    }
    try (InputStream dict = url.openStream();
        InputStream meta = info.openStream()) {
      return Dictionary.read(dict, meta);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the en_US dictionary", e);
    }
  }

  /** True when the dictionary knows {@code word} as written or in lower case. */
  static boolean knows(String word) {
    Speller speller = SPELLER.get();
    return !speller.isMisspelled(word) || !speller.isMisspelled(word.toLowerCase(Locale.ROOT));
  }

  /** Dictionary words near {@code word}, best first. */
  static List<String> suggestions(String word) {
    return SPELLER.get().findReplacements(word);
  }
}
