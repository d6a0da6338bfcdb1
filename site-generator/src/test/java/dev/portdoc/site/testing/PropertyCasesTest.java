package dev.portdoc.site.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PropertyCasesTest {

  private static final Function<Random, String> WORDS =
      random -> new RandomValues(random).string(0, 12, "ab\n");

  @Test
  void passingPropertyRunsEveryCaseOnTheSameInputsEachTime() {
    List<String> first = new ArrayList<>();
    List<String> second = new ArrayList<>();
    List<String> otherSeed = new ArrayList<>();

    PropertyCases.forAll(7, 40, WORDS, first::add);
    PropertyCases.forAll(7, 40, WORDS, second::add);
    PropertyCases.forAll(8, 40, WORDS, otherSeed::add);

    assertThat(first).hasSize(40).isEqualTo(second).isNotEqualTo(otherSeed);
    assertThat(first.stream().distinct().count()).isGreaterThan(20);
  }

  @Test
  void failureNamesSeedCaseAndTheShortestFailingInput() {
    List<String> inputs = new ArrayList<>();
    PropertyCases.forAll(7, 40, WORDS, inputs::add);
    int shortest = -1;
    int failing = 0;
    for (int i = 0; i < inputs.size(); i++) {
      if (inputs.get(i).contains("\n")) {
        failing++;
        if (shortest < 0 || inputs.get(i).length() < inputs.get(shortest).length()) {
          shortest = i;
        }
      }
    }

    int expectedCase = shortest;
    String expectedInput = inputs.get(shortest).replace("\n", "\\n");
    assertThatThrownBy(
            () -> PropertyCases.forAll(7, 40, WORDS, s -> assertThat(s).doesNotContain("\n")))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "property failed on "
                + failing
                + " of 40 cases; smallest failing input is seed 0x7 case "
                + expectedCase
                + " (rerun: -Dportdoc.propertySeed=0x7 -Dportdoc.propertyCases="
                + (expectedCase + 1)
                + ")\ninput: "
                + expectedInput
                + "\nfailure: ")
        .hasCauseInstanceOf(AssertionError.class);
  }

  @Test
  void exceptionsFromTheCodeUnderTestFailThePropertyToo() {
    assertThatThrownBy(
            () ->
                PropertyCases.forAll(
                    1,
                    5,
                    random -> random.nextInt(10),
                    n -> {
                      throw new IllegalStateException("boom");
                    }))
        .hasMessageContaining("property failed on 5 of 5 cases")
        .hasMessageEndingWith("failure: boom")
        .hasCauseInstanceOf(IllegalStateException.class);
  }
}
