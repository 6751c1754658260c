package prikaz.app;

import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The commands' options, declared in code through picocli's programmatic API rather than with
 * annotations: picocli reads annotations by reflection (each option's, each method's, its help
 * mixin's), which took 50 ms of every start even with the class data cached — a quarter of a
 * one-file run (README «Start-up»). Each option is bound to its command's field by a getter and a
 * setter, with the field's value when declared as its initial value, as picocli takes an annotated
 * field's (the help's «default» of an option without a default value).
 */
final class CommandSpecs {
  /**
   * Makes what picocli asks for: a collection for a multi-value option, a converter or a version
   * provider. picocli's default factory looks for Groovy when first used, a miss on the class path.
   */
  static final CommandLine.IFactory FACTORY = new CommandLine.IFactory() {
    @Override
    @SuppressWarnings("unchecked")
    public <K> K create(Class<K> type) throws Exception {
      if (type == java.util.List.class || type == java.util.Collection.class) {
        return (K) new java.util.ArrayList<>();
      }
      return type.getDeclaredConstructor().newInstance();
    }
  };

  private CommandSpecs() {}

  /**
   * A command named {@code name} that runs {@code command}, with the standard {@code -h/--help}
   * and {@code -V/--version} options (as picocli's {@code mixinStandardHelpOptions} adds them).
   */
  static CommandSpec command(String name, Object command) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command, FACTORY).name(name);
    spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
        .descriptionKey("mixinStandardHelpOptions.help").description("Show this help message and exit.").build());
    spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
        .descriptionKey("mixinStandardHelpOptions.version").description("Print version information and exit.").build());
    return spec;
  }

  /** An option of {@code type} bound to a field through {@code get} and {@code set}. */
  static <T> OptionSpec.Builder option(Class<? super T> type, Supplier<T> get, Consumer<T> set, String... names) {
    Binding<T> binding = new Binding<>(get, set);
    return OptionSpec.builder(names).type(type).getter(binding).setter(binding).initialValue(get.get())
        .hasInitialValue(true);
  }

  /**
   * A positional parameter of {@code type} bound to a field through {@code get} and {@code set}.
   * Unlike an annotated one, it is required only when the caller says so.
   */
  static <T> PositionalParamSpec.Builder positional(Class<? super T> type, Supplier<T> get, Consumer<T> set) {
    Binding<T> binding = new Binding<>(get, set);
    return PositionalParamSpec.builder().type(type).getter(binding).setter(binding).initialValue(get.get())
        .hasInitialValue(true);
  }

  /** A field as picocli reads and writes it. */
  private record Binding<T>(Supplier<T> getter, Consumer<T> setter) implements IGetter, ISetter {
    @Override
    @SuppressWarnings("unchecked")
    public <V> V get() {
      return (V) getter.get();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> V set(V value) {
      T previous = getter.get();
      setter.accept((T) value);
      return (V) previous;
    }
  }
}
