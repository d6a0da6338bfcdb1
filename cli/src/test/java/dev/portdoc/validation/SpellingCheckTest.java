package dev.portdoc.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpellingCheckTest {

  private static final String ID = SpellingCheck.ID;

  @Test
  void misspelledWordsInHeadingsAndParagraphsAreReportedAtTheWord() {
    String page =
        """
        ## Palette Sefl-Hosted

        The agent recieves updates and teh platform.
        """;

    assertThat(Lint.findings(ID, page))
        .containsExactly(
            "1:12 warning 'Sefl-Hosted' is misspelled; did you mean 'Self-Hosted'? => Self-Hosted",
            "3:11 warning 'recieves' is misspelled; did you mean 'receives'? => receives",
            "3:32 warning 'teh' is misspelled; did you mean 'the'? => the");
  }

  @Test
  void technicalWordsCodeUrlsPathsAndNamesStayQuiet() {
    String page =
        """
        # vCenter and gRPC on K8s

        Run `kubectl get nodse` and open https://exampel.com/docs or /etc/kubernets/config.
        The kubelet talks to etcd over TLS; see example.com and the README for the API.
        It doesn't matter, you're on-prem with Calico and WireGuard.
        Tpyo is an uncommon word here but Tpyo is used twice.
        """;

    assertThat(Lint.findings(ID, page)).isEmpty();
  }

  @Test
  void britishSpellingsAndRegularDerivationsAreWords() {
    String page =
        """
        We standardise and sanitise the unparsed suppressions before the restarter runs.
        """;

    assertThat(Lint.findings(ID, page)).isEmpty();
  }

  @Test
  void aWordWithoutACloseDictionaryWordIsNotGuessedAt() {
    assertThat(Lint.findings(ID, "The osinst service and istiod run here.\n")).isEmpty();
  }

  @Test
  void suppressedOnTheNextLineOnlyAndInRegions() {
    String page =
        """
        <!-- portdoc-disable-next-line spelling -->
        One recieves.

        Two acheive.

        {/* portdoc-disable */}
        Three beleive.
        {/* portdoc-enable */}

        Four wierd.
        """;

    assertThat(Lint.findings(ID, page))
        .extracting(s -> s.substring(0, s.indexOf(' ')))
        .containsExactly("4:5", "10:6");
  }

  @Test
  void directivesInsideFencedCodeAreIgnored() {
    String page =
        """
        ```md
        <!-- portdoc-disable spelling -->
        ```

        One recieves.
        """;

    assertThat(Lint.findings(ID, page)).hasSize(1);
  }

  @Test
  void configuredWordsAreAcceptedAndTheRuleCanBeSwitchedOff() {
    String page = "Palette Sefl-Hosted recieves.\n";

    assertThat(Lint.findings(ID, page, Lint.words("Sefl")))
        .containsExactly(
            "1:21 warning 'recieves' is misspelled; did you mean 'receives'? => receives");
    assertThat(Lint.findings(ID, page, Lint.off(ID))).isEmpty();
  }
}
