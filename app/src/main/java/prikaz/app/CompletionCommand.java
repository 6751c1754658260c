package prikaz.app;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Model.CommandSpec;

/** {@code prikaz completion}: the bash/zsh completion script, from picocli's AutoComplete. */
public final class CompletionCommand implements Callable<Integer> {
  private CommandSpec spec;

  private final PrikazCommand parent;

  CompletionCommand(PrikazCommand parent) {
    this.parent = parent;
  }

  /** The command; description and footer: Messages*.properties. */
  CommandSpec spec() {
    spec = CommandSpecs.command("completion", this);
    return spec;
  }

  @Override
  public Integer call() throws Exception {
    String script = AutoComplete.bash("prikaz", spec.root().commandLine());
    parent.stdout.write(script.getBytes(StandardCharsets.UTF_8));
    parent.stdout.flush();
    return Cli.OK;
  }
}
