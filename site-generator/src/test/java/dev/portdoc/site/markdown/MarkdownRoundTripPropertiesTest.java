package dev.portdoc.site.markdown;

import static dev.portdoc.site.testing.PropertyCases.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portdoc.parser.PageParser;
import dev.portdoc.site.yaml.PortSpec;
import dev.portdoc.site.yaml.SpecBuilder;
import org.junit.jupiter.api.Test;

/**
 * Page → spec → Markdown → spec is the identity (locations aside) on generated specs: a generated
 * spec is first turned into a page's spec by one render and parse, then must survive another.
 */
class MarkdownRoundTripPropertiesTest {

  private final SpecBuilder builder = new SpecBuilder();
  private final MarkdownSpecWriter writer = new MarkdownSpecWriter();

  @Test
  void renderedPageReadsBackToTheSameSpec() {
    forAll(
        0x3D_0001L,
        200,
        random -> new PageSpecGenerator(random).spec(),
        generated -> {
          PortSpec page = reparse(generated);

          // every value survives; only the ids are the builder's own
          assertThat(withoutIds(page)).isEqualTo(withoutIds(generated.withoutLocations()));
          // and a page's spec survives whole, ids included
          assertThat(reparse(page)).isEqualTo(page);
        });
  }

  private static PortSpec withoutIds(PortSpec spec) {
    int[] n = {0};
    return new PortSpec(
        spec.source(),
        spec.variants(),
        spec.deployments().stream()
            .map(
                d ->
                    new PortSpec.Deployment(
                        d.name(),
                        d.components().stream()
                            .map(
                                c ->
                                    new PortSpec.Component(
                                        c.name(),
                                        c.rules().stream()
                                            .map(r -> r.withId("r" + n[0]++))
                                            .toList()))
                            .toList()))
            .toList());
  }

  private PortSpec reparse(PortSpec spec) {
    return builder.spec(PageParser.create().parse("p.md", writer.write(spec))).withoutLocations();
  }
}
