package prikaz.app;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code prikaz completion}: the bash/zsh completion script, from picocli's AutoComplete. */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true)  // description and footer: Messages*.properties
public final class CompletionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand PrikazCommand parent;

  @Override
  public Integer call() throws Exception {
    String script = AutoComplete.bash("prikaz", spec.root().commandLine());
    parent.stdout.write(script.getBytes(StandardCharsets.UTF_8));
    parent.stdout.flush();
    return Cli.OK;
  }
}
