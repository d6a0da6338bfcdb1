package dev.portdoc.cli;

import dev.portdoc.cli.config.ConfigException;
import dev.portdoc.cli.config.DocsConfig;
import dev.portdoc.validation.StandardChecks;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Finds the configuration of a run and turns its problems into usage errors (exit code 2). */
final class Configs {

  private Configs() {}

  static DocsConfig find(Path explicit, List<String> paths) {
    try {
      return DocsConfig.find(Optional.ofNullable(explicit), paths, StandardChecks.ids());
    } catch (ConfigException e) {
      throw new UsageException(e.getMessage(), e);
    }
  }
}
