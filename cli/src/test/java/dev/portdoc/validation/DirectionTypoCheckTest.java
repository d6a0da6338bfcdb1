package dev.portdoc.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portdoc.model.diagnostic.Severity;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DirectionTypoCheckTest {

  private static final String ID = DirectionTypoCheck.ID;

  @Test
  void misspelledDirectionsAreReportedAtTheWordWithACaseMatchedSuggestion() {
    String page =
        """
        | Port            | Direction | Purpose |
        | --------------- | --------- | ------- |
        | HTTPS (tcp/443) | INBOUD    | UI      |
        | NATS (tcp/4222) | **Outbund** | Bus   |
        | SSH (tcp/22)    | OUTBOUDN  | Debug   |
        """;

    assertThat(Lint.findings(ID, page))
        .containsExactly(
            "3:21 warning Direction 'INBOUD' is not known; did you mean 'INBOUND'? => INBOUND",
            "4:23 warning Direction 'Outbund' is not known; did you mean 'Outbound'? => Outbound",
            "5:21 warning Direction 'OUTBOUDN' is not known; did you mean 'OUTBOUND'? => OUTBOUND");
  }

  @Test
  void knownDirectionsAndUnrelatedWordsStayQuiet() {
    String page =
        """
        | Port    | Direction        | Purpose |
        | ------- | ---------------- | ------- |
        | tcp/443 | Inbound          | UI      |
        | tcp/80  | IN               | UI      |
        | tcp/22  | egress           | UI      |
        | tcp/23  | Inbound/Outbound | UI      |
        | tcp/24  | Both             | UI      |
        | tcp/25  | Bound            | UI      |
        | tcp/26  | Internal         | UI      |
        """;

    assertThat(Lint.findings(ID, page)).isEmpty();
  }

  @Test
  void aDirectiveOnTheLineBeforeOrARegionSilencesIt() {
    String page =
        """
        <!-- portdoc-disable direction-typo -->
        | Port    | Direction | Purpose |
        | ------- | --------- | ------- |
        | tcp/443 | INBOUD    | UI      |
        <!-- portdoc-enable direction-typo -->

        | Port    | Direction | Purpose |
        | ------- | --------- | ------- |
        | tcp/443 | INBOUD    | UI      |
        """;

    assertThat(Lint.findings(ID, page)).hasSize(1).first().asString().startsWith("9:");
  }

  @Test
  void configurationCanSwitchItOffChangeItsSeverityOrAcceptTheWord() {
    String page =
        """
        | Port    | Direction | Purpose |
        | ------- | --------- | ------- |
        | tcp/443 | INBOUD    | UI      |
        """;

    assertThat(Lint.findings(ID, page, Lint.off(ID))).isEmpty();
    assertThat(Lint.findings(ID, page, Lint.rule(ID, Optional.of(Severity.ERROR))))
        .singleElement()
        .asString()
        .startsWith("3:13 error ");
    assertThat(Lint.findings(ID, page, Lint.words("inboud"))).isEmpty();
  }
}
