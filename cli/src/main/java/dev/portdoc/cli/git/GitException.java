package dev.portdoc.cli.git;

/** git is missing, the folder is not a repository, or a git command failed. */
public final class GitException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public GitException(String message) {
    super(message);
  }
}
