package dev.portdoc.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portdoc.model.check.Check;
import dev.portdoc.model.check.TreeContext;
import dev.portdoc.model.doc.Document;
import org.junit.jupiter.api.Test;

class StandardChecksTest {

  /**
   * {@link Check#defer}'s default keeps the page's model until the tree is counted: on a large tree
   * that is every model at once (20,000 pages took over 1 GB). Each built-in check says what it
   * keeps.
   */
  @Test
  void everyBuiltInCheckDefersWithoutTheDefaultThatKeepsThePage() throws NoSuchMethodException {
    for (Check check : StandardChecks.all()) {
      Class<?> declaring =
          check
              .getClass()
              .getMethod("defer", Document.class, TreeContext.class)
              .getDeclaringClass();

      assertThat(declaring).as(check.id()).isNotEqualTo(Check.class);
    }
  }
}
