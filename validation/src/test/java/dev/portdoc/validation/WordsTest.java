package dev.portdoc.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {

  @Test
  void aSwapOfNeighbouringLettersIsOneEdit() {
    assertThat(Words.distance("tpc", "tcp")).isEqualTo(1);
    assertThat(Words.distance("Direciton", "direction")).isEqualTo(1);
    assertThat(Words.distance("OUTBOUDN", "outbound")).isEqualTo(1);
    assertThat(Words.distance("pdu", "udp")).isEqualTo(2);
  }

  @Test
  void nearestIsEmptyWhenKnownTooFarOrAmbiguous() {
    List<String> known = List.of("inbound", "outbound", "cat", "car");

    assertThat(Words.nearest("Inbund", known, 1)).contains("inbound");
    assertThat(Words.nearest("inbound", known, 1)).isEmpty();
    assertThat(Words.nearest("inbxxnd", known, 1)).isEmpty();
    assertThat(Words.nearest("cax", known, 1)).isEmpty();
  }

  @Test
  void suggestionsFollowTheCaseOfTheWordTheyReplace() {
    assertThat(Words.inCaseOf("INBOUD", "inbound")).isEqualTo("INBOUND");
    assertThat(Words.inCaseOf("Inboud", "inbound")).isEqualTo("Inbound");
    assertThat(Words.inCaseOf("tpc", "TCP")).isEqualTo("tcp");
  }
}
