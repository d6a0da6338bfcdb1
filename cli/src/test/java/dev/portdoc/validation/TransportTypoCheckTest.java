package dev.portdoc.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TransportTypoCheckTest {

  private static final String ID = TransportTypoCheck.ID;

  @Test
  void misspelledTransportsInPortCellsAndProtocolColumnsAreReportedAtTheWord() {
    String page =
        """
        | Port            | Direction | Purpose |
        | --------------- | --------- | ------- |
        | NATS (tpc/4222) | INBOUND   | Bus     |
        | DNS (upd/53)    | INBOUND   | Names   |

        | Protocol | Port | Purpose |
        | -------- | ---- | ------- |
        | UPD      | 53   | DNS     |
        | ICPM     | 8    | Ping    |
        """;

    assertThat(Lint.findings(ID, page))
        .containsExactly(
            "3:9 warning Transport 'tpc' is not known; did you mean 'tcp'? => tcp",
            "4:8 warning Transport 'upd' is not known; did you mean 'udp'? => udp",
            "8:3 warning Transport 'UPD' is not known; did you mean 'UDP'? => UDP",
            "9:3 warning Transport 'ICPM' is not known; did you mean 'ICMP'? => ICMP");
  }

  @Test
  void applicationProtocolsAndOtherNearbyWordsStayQuiet() {
    String page =
        """
        | Protocol  | Port | Purpose |
        | --------- | ---- | ------- |
        | TCP/UDP   | 53   | DNS     |
        | SCP       | 22   | Copy    |
        | HTTPS     | 443  | UI      |
        | PDU       | 9    | Power   |
        | TCP and UDP | 54 | x       |
        """;

    assertThat(Lint.findings(ID, page)).isEmpty();
  }

  @Test
  void suppressedByTheNextLineDirectiveBeforeTheTableHeaderOnlyForThatLine() {
    String page =
        """
        <!-- portdoc-disable-next-line transport-typo -->
        | Port            | Direction |
        | --------------- | --------- |
        | NATS (tpc/4222) | INBOUND   |
        """;

    assertThat(Lint.findings(ID, page)).hasSize(1);
    assertThat(Lint.findings(ID, page.replace("-next-line", "-line") + "<!-- x -->\n")).hasSize(1);
    assertThat(
            Lint.findings(
                ID,
                "{/* portdoc-disable transport-typo */}\n\n"
                    + page.lines().skip(1).reduce("", (a, b) -> a + b + "\n")))
        .isEmpty();
  }

  @Test
  void configurationCanSwitchItOffOrAcceptTheWord() {
    String page =
        """
        | Port            | Direction |
        | --------------- | --------- |
        | NATS (tpc/4222) | INBOUND   |
        """;

    assertThat(Lint.findings(ID, page, Lint.off(ID))).isEmpty();
    assertThat(Lint.findings(ID, page, Lint.words("TPC"))).isEmpty();
  }
}
