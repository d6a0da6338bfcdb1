package dev.portdoc.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SitePathsTest {

  @Test
  void slugKeepsLettersAndDigitsJoinedByOneDash() {
    assertThat(SitePaths.slug("Self-Hosted Network")).isEqualTo("self-hosted-network");
    assertThat(SitePaths.slug("  --HTTPS  tcp 443/8443 --")).isEqualTo("https-tcp-443-8443");
    assertThat(SitePaths.slug("")).isEqualTo("x");
    assertThat(SitePaths.slug("--- ")).isEqualTo("x");
    assertThat(SitePaths.slug("Zz09[`@{")).isEqualTo("zz09");
  }

  @Test
  void slugOutsideAsciiFollowsUnicodeLowerCasing() {
    // the Kelvin sign lower-cases to k, dotted capital I to i and a combining dot
    assertThat(SitePaths.slug("\u212Aubernetes \u0130ngress")).isEqualTo("kubernetes-i-ngress");
    assertThat(SitePaths.slug("SaaS › Managed")).isEqualTo("saas-managed");
  }

  @Test
  void slugEqualsThePatternOnRandomText() {
    Random random = new Random(20261126L);
    // near misses around each range edge of [a-z0-9], and characters that lower-case into it
    List<Character> alphabet =
        List.of(
            'a', 'z', 'A', 'Z', '0', '9', '@', '[', '`', '{', '/', ':', '-', ' ', '_', '.', '\t',
            '\u007f', '\u0080', '\u00e9', '\u00c9', '\u212a', '\u0130', '›', '\u00df');
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(12);
      boolean ascii = random.nextInt(4) > 0;
      for (int j = 0; j < length; j++) {
        char c = alphabet.get(random.nextInt(alphabet.size()));
        text.append(ascii && c >= 0x80 ? (char) random.nextInt(0x80) : c);
      }
      String value = text.toString();
      assertThat(SitePaths.slug(value)).as(value).isEqualTo(SitePaths.slugByPattern(value));
    }
  }
}
