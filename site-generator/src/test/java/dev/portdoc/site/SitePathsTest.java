package dev.portdoc.site;

import static dev.portdoc.site.testing.PropertyCases.forAll;
import static dev.portdoc.site.testing.RandomValues.charsBetween;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portdoc.site.testing.RandomValues;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SitePathsTest {

  @Test
  void slugKeepsLowerCaseLettersAndDigitsJoinedByOneHyphen() {
    assertThat(SitePaths.slug("Self-Hosted  Network")).isEqualTo("self-hosted-network");
    assertThat(SitePaths.slug("--HTTPS (tcp/443)--")).isEqualTo("https-tcp-443");
    assertThat(SitePaths.slug("\u212a\u00e9")).isEqualTo("k"); // the Kelvin sign lowercases to k
    assertThat(SitePaths.slug("» «")).isEqualTo("x");
  }

  @Test
  void slugIsTheLowerCaseTextWithEveryOtherRunReplacedByAHyphenAndTrimmed() {
    forAll(
        0x51A6_0001L,
        2000,
        random ->
            new RandomValues(random)
                .string(0, 20, "aZ09", " -_/()", charsBetween('\u00c0', '\u024f'), "\u212a\u0130"),
        text -> {
          String expected =
              text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
          assertThat(SitePaths.slug(text)).isEqualTo(expected.isEmpty() ? "x" : expected);
        });
  }
}
