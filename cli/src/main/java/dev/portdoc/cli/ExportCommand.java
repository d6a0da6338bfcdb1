package dev.portdoc.cli;

import dev.portdoc.site.export.networkpolicy.NetworkPolicyExporter;
import dev.portdoc.site.export.terraform.TerraformExporter;
import dev.portdoc.site.yaml.PortSpec;
import dev.portdoc.site.yaml.SpecBuilder;
import dev.portdoc.site.yaml.YamlSpecWriter;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code portdoc export}: the spec of pages (or spec files) as YAML, JSON or a tool's format. */
@Command(
    name = "export",
    description = {
      "Export the port spec of every page under PATH.",
      "yaml: one spec per page (--- between them); json: one object, or an array for several"
          + " pages; networkpolicy: Kubernetes NetworkPolicies, one per component; terraform:"
          + " aws_security_group_rule resources in Terraform JSON (.tf.json).",
      "networkpolicy and terraform always export one merged spec. A .yaml/.yml PATH is read as"
          + " a spec."
    },
    mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {

  /** Export formats. */
  enum Format {
    yaml,
    json,
    networkpolicy,
    terraform
  }

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "PATH",
      arity = "1..*",
      description = "Pages, folders or spec files to export.")
  List<String> paths;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  Format format = Format.yaml;

  @Option(names = "--merge", description = "One spec for all pages instead of one per page.")
  boolean merge;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write to FILE (replaced whole, only on success) instead of standard output.")
  java.nio.file.Path out;

  @Override
  public Integer call() {
    List<PortSpec> specs = specs();
    boolean oneSpec = merge || format == Format.networkpolicy || format == Format.terraform;
    if (oneSpec && specs.size() > 1) {
      specs = List.of(new SpecBuilder().merge(String.join(" ", paths), specs));
    }
    YamlSpecWriter writer = new YamlSpecWriter();
    String text =
        switch (format) {
          case yaml -> yamlStream(writer, specs);
          case json -> specs.size() == 1 ? writer.json(specs.get(0)) : writer.jsonArray(specs);
          case networkpolicy -> new NetworkPolicyExporter().write(specs.get(0));
          case terraform -> new TerraformExporter().write(specs.get(0));
        };
    if (out != null) {
      OutputFile.write(out, text);
    } else {
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.print(text);
      stdout.flush();
    }
    return ExitCode.OK;
  }

  /** The spec of every page, in path order; spec files are taken as they are. */
  private List<PortSpec> specs() {
    DocsLoader loader = new DocsLoader();
    List<DocsLoader.Page> pages = loader.find(paths);
    List<PortSpec> specs = new ArrayList<>();
    SpecBuilder builder = new SpecBuilder();
    for (DocsLoader.Page page : pages) {
      if (DocsLoader.isSpec(page.file())) {
        specs.add(loader.readSpec(page).spec());
      } else {
        specs.add(builder.spec(loader.load(List.of(page)).get(0)));
      }
    }
    // a spec without a page that could not be read would look complete: write none
    loader.parseErrors().values().stream()
        .flatMap(List::stream)
        .findFirst()
        .ifPresent(
            d -> {
              throw new UsageException(d.location() + ": " + d.message());
            });
    return specs;
  }

  private static String yamlStream(YamlSpecWriter writer, List<PortSpec> specs) {
    StringBuilder text = new StringBuilder();
    for (PortSpec one : specs) {
      if (text.length() > 0) {
        text.append("---\n");
      }
      text.append(writer.yaml(one));
    }
    return text.toString();
  }
}
