package dev.portdoc.site.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.portdoc.model.port.Transport;
import dev.portdoc.parser.PageParser;
import dev.portdoc.site.export.networkpolicy.NetworkPolicyExporter;
import dev.portdoc.site.export.terraform.TerraformExporter;
import dev.portdoc.site.yaml.PortSpec;
import dev.portdoc.site.yaml.SpecBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ToolExportTest {

  private static final Path SEED =
      Path.of("../parser/src/test/resources/pages/seed-networking-ports.md");
  private static final Path CLUSTER = Path.of("src/test/resources/specs/cluster-nodes.md");

  private static PortSpec spec(Path page) throws IOException {
    return new SpecBuilder()
        .spec(PageParser.create().parse(page.getFileName().toString(), Files.readString(page)));
  }

  private static List<JsonNode> yamlDocuments(String text) throws IOException {
    try (MappingIterator<JsonNode> it =
        new ObjectMapper(new YAMLFactory()).readerFor(JsonNode.class).readValues(text)) {
      return it.readAll();
    }
  }

  @Test
  void seedGivesOneNetworkPolicyPerComponentWithEveryRule() throws IOException {
    List<JsonNode> policies = yamlDocuments(new NetworkPolicyExporter().write(spec(SEED)));

    assertThat(policies).hasSize(4);
    JsonNode first = policies.get(0);
    assertThat(first.get("apiVersion").asText()).isEqualTo("networking.k8s.io/v1");
    assertThat(first.get("kind").asText()).isEqualTo("NetworkPolicy");
    assertThat(first.at("/metadata/name").asText()).isEqualTo("saas-managed-management-platform");
    assertThat(first.at("/spec/podSelector/matchLabels/portdoc.dev~1component").asText())
        .isEqualTo("management-platform");
    assertThat(first.at("/spec/policyTypes").toString()).isEqualTo("[\"Ingress\"]");
    JsonNode ingress = first.at("/spec/ingress/0");
    assertThat(ingress.at("/ports/0/protocol").asText()).isEqualTo("TCP");
    assertThat(ingress.at("/ports/0/port").asInt()).isEqualTo(443);
    assertThat(ingress.at("/from/0/podSelector/matchLabels/portdoc.dev~1peer").asText())
        .isEqualTo(NetworkPolicyExporter.TO_BE_FILLED);
    assertThat(first.at("/metadata/annotations/portdoc.dev~1purposes").asText())
        .isEqualTo(
            "saas-managed.management-platform.https-tcp-443-inbound: Browser/API access to"
                + " management platform\n"
                + "saas-managed.management-platform.nats-tcp-4222-inbound: Agent running inside"
                + " connecting to management platform");
    int rules = 0;
    for (JsonNode policy : policies) {
      rules += policy.at("/spec/ingress").size() + policy.at("/spec/egress").size();
    }
    assertThat(rules).isEqualTo(12);
  }

  @Test
  void rangesBecomeEndPortAndNamedPeersBecomeLabels() throws IOException {
    List<JsonNode> policies = yamlDocuments(new NetworkPolicyExporter().write(spec(CLUSTER)));

    JsonNode control = policies.get(0);
    assertThat(control.at("/spec/ingress/1/ports/0/port").asInt()).isEqualTo(2379);
    assertThat(control.at("/spec/ingress/1/ports/0/endPort").asInt()).isEqualTo(2380);
    assertThat(
            control.at("/spec/ingress/1/from/0/podSelector/matchLabels/portdoc.dev~1peer").asText())
        .isEqualTo("control-plane-etcd");
    assertThat(control.at("/spec/ingress/3/ports/0/protocol").asText()).isEqualTo("UDP");
    assertThat(control.at("/metadata/annotations/portdoc.dev~1skipped").asText())
        .isEqualTo(
            "default.control-plane.icmp-inbound: icmp (NetworkPolicy covers TCP, UDP and SCTP"
                + " only)");
  }

  @Test
  void terraformRulesMatchTheSpecPortForPort() throws IOException {
    for (Path page : List.of(SEED, CLUSTER)) {
      PortSpec spec = spec(page);
      JsonNode root = new ObjectMapper().readTree(new TerraformExporter().write(spec));
      JsonNode resources = root.at("/resource/aws_security_group_rule");
      List<String> names = new ArrayList<>();
      resources.fieldNames().forEachRemaining(names::add);
      List<PortSpec.Rule> rules = spec.rules();
      assertThat(names).hasSize(rules.size());
      for (int i = 0; i < rules.size(); i++) {
        PortSpec.Rule rule = rules.get(i);
        JsonNode resource = resources.get(names.get(i));
        assertThat(names.get(i)).isEqualTo(rule.id().replace(".", "--"));
        if (rule.transport().orElseThrow() == Transport.ICMP) {
          assertThat(resource.get("from_port").asInt()).isEqualTo(-1);
          assertThat(resource.get("to_port").asInt()).isEqualTo(-1);
        } else {
          assertThat(resource.get("from_port").asInt()).isEqualTo(rule.ports().get().start());
          assertThat(resource.get("to_port").asInt()).isEqualTo(rule.ports().get().end());
        }
        assertThat(resource.get("protocol").asText()).isEqualTo(rule.transport().get().id());
        String variable = resource.get("cidr_blocks").asText();
        assertThat(variable).startsWith("${var.").endsWith("_cidr_blocks}");
        assertThat(root.at("/variable/" + variable.substring(6, variable.length() - 1)).isObject())
            .isTrue();
      }
    }
  }

  @Test
  void terraformDescriptionsKeepToTheCharactersAwsAccepts() throws IOException {
    JsonNode root = new ObjectMapper().readTree(new TerraformExporter().write(spec(SEED)));
    root.at("/resource/aws_security_group_rule")
        .forEach(
            r ->
                assertThat(r.get("description").asText())
                    .matches("[a-zA-Z0-9. _\\-:/()#,@\\[\\]+=&;{}!$*]{1,255}"));
    assertThat(
            root.at(
                    "/resource/aws_security_group_rule/saas-managed--management-platform--https-tcp-443-inbound/description")
                .asText())
        .isEqualTo("HTTPS: Browser/API access to management platform");
  }
}
