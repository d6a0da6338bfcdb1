package dev.portdoc.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portdoc.model.diagnostic.Severity;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Port values: out of range, reversed, unknown transport, unreadable, unusual for the service. */
class PortChecksTest {

  private static final String TABLE =
      """
      | Port                 | Direction | Purpose |
      | -------------------- | --------- | ------- |
      %s
      """;

  private static String row(String port) {
    return TABLE.formatted("| " + port + " | INBOUND | x |");
  }

  @Test
  void portsOutsideTheRangeAreErrorsAtTheDigits() {
    assertThat(Lint.findings(PortOutOfRangeCheck.ID, row("HTTPS (tcp/70000)")))
        .containsExactly("3:14 error Port 70000 is outside 1-65535.");
    assertThat(Lint.findings(PortOutOfRangeCheck.ID, row("0")))
        .containsExactly("3:3 error Port 0 is outside 1-65535.");
    assertThat(Lint.findings(PortOutOfRangeCheck.ID, row("65535"))).isEmpty();
    assertThat(Lint.findings(PortOutOfRangeCheck.ID, row("1"))).isEmpty();
  }

  @Test
  void reversedRangesAreErrorsWithTheRangeTheOtherWayRound() {
    assertThat(Lint.findings(ReversedRangeCheck.ID, row("tcp/2380-2379")))
        .containsExactly(
            "3:7 error Port range 2380-2379 starts above its end; did you mean 2379-2380? =>"
                + " 2379-2380");
    assertThat(Lint.findings(ReversedRangeCheck.ID, row("tcp/2379-2380"))).isEmpty();
  }

  @Test
  void unknownTransportsAreErrorsButTyposAndApplicationProtocolsAreNot() {
    assertThat(Lint.findings(UnknownTransportCheck.ID, row("NATS (xyz/4222)")))
        .containsExactly(
            "3:9 error Transport 'xyz' in 'NATS (xyz/4222)' is not tcp, udp, sctp or icmp.");
    assertThat(Lint.findings(UnknownTransportCheck.ID, row("NATS (tpc/4222)"))).isEmpty();
    assertThat(Lint.findings(UnknownTransportCheck.ID, row("HTTPS/443"))).isEmpty();
    assertThat(Lint.findings(UnknownTransportCheck.ID, row("udp/53"))).isEmpty();
  }

  @Test
  void portCellsWithDigitsButNoReadablePortAreErrors() {
    assertThat(Lint.findings(UnreadablePortCheck.ID, row("443 (see note 2)")))
        .containsExactly(
            "3:3 error No port can be read from '443 (see note 2)'; write a port (443), a range"
                + " (2379-2380) or a list (80, 443).");
    assertThat(Lint.findings(UnreadablePortCheck.ID, row("Depends on the setup"))).isEmpty();
    assertThat(Lint.findings(UnreadablePortCheck.ID, row("-"))).isEmpty();
    assertThat(Lint.findings(UnreadablePortCheck.ID, row("80, 443"))).isEmpty();
    assertThat(Lint.findings(UnreadablePortCheck.ID, row("NATS (tpc/4222)"))).isEmpty();
  }

  @Test
  void aServiceOnAnotherPortThanItsRegisteredOneIsInfoOnly() {
    assertThat(Lint.findings(ServicePortCheck.ID, row("SSH (tcp/2222)")))
        .containsExactly("3:12 info SSH is registered on port 22, the row says 2222.");
    assertThat(Lint.findings(ServicePortCheck.ID, row("SSH (tcp/22)"))).isEmpty();
    assertThat(Lint.findings(ServicePortCheck.ID, row("Kubernetes API (tcp/6443)"))).isEmpty();
  }

  @Test
  void suppressionAndConfiguration() {
    String page = "<!-- portdoc-disable port-out-of-range -->\n" + row("tcp/70000");

    assertThat(Lint.findings(PortOutOfRangeCheck.ID, page)).isEmpty();
    assertThat(
            Lint.findings(
                PortOutOfRangeCheck.ID,
                row("tcp/70000"),
                Lint.rule(PortOutOfRangeCheck.ID, Optional.of(Severity.WARNING))))
        .containsExactly("3:7 warning Port 70000 is outside 1-65535.");
    assertThat(
            Lint.findings(
                UnreadablePortCheck.ID, row("443 (note)"), Lint.off(UnreadablePortCheck.ID)))
        .isEmpty();
  }
}
