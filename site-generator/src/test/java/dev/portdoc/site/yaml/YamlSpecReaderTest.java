package dev.portdoc.site.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portdoc.model.port.PortRange;
import dev.portdoc.model.port.Transport;
import dev.portdoc.model.source.SourceLocation;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class YamlSpecReaderTest {

  private static final String RULES =
      """
      apiVersion: portdoc/v1
      kind: PortSpec
      source:
        path: a.md
      variants: []
      deployments:
        - name: Cloud
          components:
            - name: Gateway
              rules:
                - id: cloud.gateway.https-tcp-443-inbound
                  service: HTTPS
                  transport: tcp
                  port: 443
                  direction: inbound
                  purpose: Console
                  deprecated: false
                  optional: false
                  location:
                    line: 7
      """;

  private final YamlSpecReader reader = new YamlSpecReader();

  @Test
  void seedSpecReadsBackToTheSpecWritten() {
    PortSpec spec = new SpecBuilder().spec(Specs.seed());

    YamlSpecReader.Read read = reader.read("seed.yaml", new YamlSpecWriter().yaml(spec));

    assertThat(read.spec()).isEqualTo(spec);
    assertThat(read.marks()).hasSize(12);
  }

  @Test
  void jsonSpecReadsBackToo() {
    PortSpec spec = new SpecBuilder().spec(Specs.seed());

    assertThat(reader.read("seed.json", new YamlSpecWriter().json(spec)).spec()).isEqualTo(spec);
  }

  @Test
  void marksPointAtTheRuleAndItsValues() {
    YamlSpecReader.Read read = reader.read("a.yaml", RULES);

    PortSpec.Rule rule = read.spec().rules().get(0);
    assertThat(rule.ports()).contains(PortRange.of(443));
    assertThat(rule.transport()).contains(Transport.TCP);
    YamlSpecReader.RuleMarks marks = read.marks().get(0);
    assertThat(marks.rule()).isEqualTo(new SourceLocation("a.yaml", 11, 13));
    assertThat(marks.port()).isEqualTo(new SourceLocation("a.yaml", 12, 22));
    assertThat(marks.direction()).isEqualTo(new SourceLocation("a.yaml", 15, 24));
    assertThat(marks.purpose()).isEqualTo(new SourceLocation("a.yaml", 16, 22));
    assertThat(marks.deployment()).isEqualTo(new SourceLocation("a.yaml", 7, 11));
    assertThat(marks.component()).isEqualTo(new SourceLocation("a.yaml", 9, 15));
  }

  @Test
  void billionLaughsIsRefusedAtTheFirstAnchor() {
    String laughs =
        """
        a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
        e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
        f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
        g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
        h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
        i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
        """;
    Assertions.assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () ->
            assertThatThrownBy(() -> reader.read("laughs.yaml", laughs))
                .isInstanceOf(SpecFormatException.class)
                .hasMessage("laughs.yaml:1:4: anchors and aliases are not allowed in a spec"));
  }

  @Test
  void aliasIsRefused() {
    String alias = RULES.replace("purpose: Console", "purpose: &p Console") + "x: *p\n";

    assertThatThrownBy(() -> reader.read("a.yaml", alias))
        .hasMessage("a.yaml:21:4: anchors and aliases are not allowed in a spec");
  }

  @Test
  void tagsAreRefused() {
    String tagged = RULES.replace("purpose: Console", "purpose: !!java.io.File Console");

    assertThatThrownBy(() -> reader.read("a.yaml", tagged))
        .hasMessageStartingWith("a.yaml:16:22: tags (")
        .hasMessageEndingWith(") are not allowed in a spec");
  }

  @Test
  void malformedYamlNamesTheLine() {
    String broken = RULES.replace("port: 443", "port: [443");

    assertThatThrownBy(() -> reader.read("a.yaml", broken))
        .isInstanceOf(SpecFormatException.class)
        .hasMessage(
            "a.yaml:15:22: not valid YAML: expected ',' or ']', but got : (while parsing a flow"
                + " sequence started at line 14)");
  }

  @Test
  void wrongTypesAndValuesNameTheValue() {
    assertThatThrownBy(() -> reader.read("a.yaml", RULES.replace("port: 443", "port: \"443\"")))
        .hasMessage("a.yaml:14:19: port must be a whole number");
    assertThatThrownBy(() -> reader.read("a.yaml", RULES.replace("tcp", "tcpx")))
        .hasMessage("a.yaml:13:24: transport must be tcp, udp, sctp, icmp or ipip, was 'tcpx'");
    assertThatThrownBy(() -> reader.read("a.yaml", RULES.replace("inbound\n", "in\n")))
        .hasMessage("a.yaml:15:24: direction must be inbound or outbound, was 'in'");
    assertThatThrownBy(() -> reader.read("a.yaml", RULES.replace("portdoc/v1", "portdoc/v2")))
        .hasMessage("a.yaml:1:13: apiVersion must be portdoc/v1, was 'portdoc/v2'");
  }

  @Test
  void yamlSpellingsOfNumbersAreNumbers() {
    PortSpec spec = reader.read("a.yaml", RULES.replace("port: 443", "port: 0x1BB")).spec();

    assertThat(spec.rules().get(0).ports()).contains(PortRange.of(443));
    assertThatThrownBy(() -> reader.read("a.yaml", RULES.replace("port: 443", "port: 99999999999")))
        .hasMessage("a.yaml:14:19: port is too large: 99999999999");
  }

  @Test
  void unknownMissingAndRepeatedKeysAreErrors() {
    assertThatThrownBy(
            () -> reader.read("a.yaml", RULES.replace("purpose: Console", "purpos: Console")))
        .hasMessageStartingWith("a.yaml:16:13: unknown key 'purpos' in a rule; expected one of");
    assertThatThrownBy(
            () -> reader.read("a.yaml", RULES.replace("            purpose: Console\n", "")))
        .hasMessage("a.yaml:11:13: missing key 'purpose'");
    assertThatThrownBy(
            () ->
                reader.read(
                    "a.yaml",
                    RULES.replace("purpose: Console", "purpose: Console\n            port: 80")))
        .hasMessage("a.yaml:17:13: key 'port' repeats the key at line 14");
  }

  @Test
  void repeatedIdIsAnErrorAtTheSecondId() {
    String twice =
        RULES + RULES.substring(RULES.indexOf("          - id:")).replace("line: 7", "line: 8");

    assertThatThrownBy(() -> reader.read("a.yaml", twice))
        .hasMessage(
            "a.yaml:21:17: id 'cloud.gateway.https-tcp-443-inbound' repeats the id at line 11");
  }

  @Test
  void deepNestingIsRefused() {
    String deep = "a: " + "[".repeat(40) + "]".repeat(40) + "\n";

    assertThatThrownBy(() -> reader.read("deep.yaml", deep))
        .isInstanceOf(SpecFormatException.class)
        .hasMessageStartingWith("deep.yaml:1:");
  }

  @Test
  void oversizedSpecIsRefusedBeforeParsing() {
    String huge = "#" + " ".repeat(YamlSpecReader.MAX_CHARS) + "\n";

    assertThatThrownBy(() -> reader.read("huge.yaml", huge))
        .hasMessage(
            "huge.yaml:1:1: spec is larger than "
                + YamlSpecReader.MAX_CHARS
                + " characters; refusing to read it");
  }

  @Test
  void severalDocumentsInOneFileAreRefused() {
    assertThatThrownBy(() -> reader.read("two.yaml", RULES + "---\n" + RULES))
        .hasMessageStartingWith("two.yaml:")
        .hasMessageEndingWith(
            "more than one document; a spec file holds one spec (use export --merge)");
  }
}
