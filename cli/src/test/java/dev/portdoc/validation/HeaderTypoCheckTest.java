package dev.portdoc.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeaderTypoCheckTest {

  private static final String ID = HeaderTypoCheck.ID;

  @Test
  void misspelledHeadersAreReportedAtTheHeaderCellWithTheKnownName() {
    String page =
        """
        | Port    | Direciton | **Porpose** | Destnation |
        | ------- | --------- | ----------- | ---------- |
        | tcp/443 | INBOUND   | UI          | web        |
        """;

    assertThat(Lint.findings(ID, page))
        .containsExactly(
            "1:13 warning Column header 'Direciton' is not known; did you mean 'Direction'? =>"
                + " Direction",
            "1:25 warning Column header 'Porpose' is not known; did you mean 'Purpose'? =>"
                + " Purpose",
            "1:39 warning Column header 'Destnation' is not known; did you mean 'Destination'? =>"
                + " Destination");
  }

  @Test
  void englishWordsAndShortHeadersNearAKnownNameStayQuiet() {
    String page =
        """
        | Port    | Nodes | Sources | Host | Sort | Pod-internal only |
        | ------- | ----- | ------- | ---- | ---- | ----------------- |
        | tcp/443 | all   | any     | a    | 1    | No                |
        """;

    assertThat(Lint.findings(ID, page)).isEmpty();
    assertThat(Lint.findings(UnknownHeaderCheck.ID, page)).hasSize(5);
  }

  @Test
  void aHeaderTypoIsNotAlsoReportedAsAnUnknownHeader() {
    String page =
        """
        | Port    | Porpose |
        | ------- | ------- |
        | tcp/443 | UI      |
        """;

    assertThat(Lint.findings(UnknownHeaderCheck.ID, page)).isEmpty();
  }

  @Test
  void suppressedByTheDirectiveOnTheLineBefore() {
    String page =
        """
        <!-- portdoc-disable-next-line header-typo -->
        | Port    | Porpose |
        | ------- | ------- |
        | tcp/443 | UI      |
        """;

    assertThat(Lint.findings(ID, page)).isEmpty();
  }

  @Test
  void configurationCanSwitchItOffOrAcceptTheWord() {
    String page =
        """
        | Port    | Porpose |
        | ------- | ------- |
        | tcp/443 | UI      |
        """;

    assertThat(Lint.findings(ID, page, Lint.off(ID))).isEmpty();
    assertThat(Lint.findings(ID, page, Lint.words("porpose"))).isEmpty();
  }
}
