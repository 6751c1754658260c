package prikaz.app;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command-line error in the language of the run. picocli words its own errors in English only;
 * in Russian they are retold from what the exception knows (the unknown argument, the missing
 * parameter, the bad value); the commands' own errors are already in the run's language.
 */
final class UsageErrors {
  private static final Pattern INVALID_VALUE = Pattern.compile(
      "Invalid value for (?:option|positional parameter) '?([^']*?)'?(?: at index \\d+)?(?: \\(\\S+\\))?: (.*)", Pattern.DOTALL);
  private static final Pattern EXPECTED_ONE_OF = Pattern.compile("expected one of \\[(.*)\\] \\(case-sensitive\\) but was '(.*)'");
  private static final Pattern NOT_ONE_OF = Pattern.compile("'(.*)' is not (.*)");
  private static final Pattern OCR_LANG = Pattern.compile("--ocr-lang: not a Tesseract language list: (.*)");

  private UsageErrors() {}

  static String message(ParameterException e, Texts texts) {
    if (!texts.language().equals("ru")) {
      return e.getMessage();
    }
    if (e instanceof UnmatchedArgumentException unmatched) {
      List<String> args = unmatched.getUnmatched();
      String quoted = args.stream().map(a -> "'" + a + "'").collect(Collectors.joining(", "));
      return !args.isEmpty() && args.get(0).startsWith("-") && args.get(0).length() > 1
          ? "неизвестный параметр: " + quoted
          : "лишние аргументы: " + quoted;
    }
    if (e instanceof MissingParameterException missing) {
      List<String> names = missing.getMissing().stream().map(UsageErrors::name).toList();
      return (names.size() == 1 ? "не указан обязательный параметр: " : "не указаны обязательные параметры: ")
          + String.join(", ", names);
    }
    if (e instanceof OverwrittenOptionException overwritten) {
      return "параметр " + name(overwritten.getOverwritten()) + " указан больше одного раза";
    }
    String message = e.getMessage() == null ? "" : e.getMessage();
    Matcher invalid = INVALID_VALUE.matcher(message);
    if (invalid.matches()) {
      return "недопустимое значение " + invalid.group(1) + ": " + why(invalid.group(2));
    }
    Matcher ocrLang = OCR_LANG.matcher(message);
    if (ocrLang.matches()) {
      return "--ocr-lang: не список языков Tesseract: " + ocrLang.group(1);
    }
    // The commands' own errors are worded in the run's language already.
    return message.matches("(?s).*\\p{IsCyrillic}.*") || !message.matches("(?s).*[a-zA-Z]{3,}.*")
        ? message : "ошибка в командной строке";
  }

  private static String why(String english) {
    Matcher oneOf = EXPECTED_ONE_OF.matcher(english);
    if (oneOf.matches()) {
      return "'" + oneOf.group(2) + "', а допустимы: " + oneOf.group(1);
    }
    Matcher notOneOf = NOT_ONE_OF.matcher(english);
    if (notOneOf.matches()) {
      return "'" + notOneOf.group(1) + "' — не " + notOneOf.group(2).replace(" or ", " и не ");
    }
    return english.matches("(?s).*\\p{IsCyrillic}.*") ? english : "значение не подходит";
  }

  private static String name(ArgSpec arg) {
    if (arg instanceof OptionSpec option) {
      return option.longestName() + (option.arity().max > 0 ? "=" + option.paramLabel() : "");
    }
    return arg instanceof PositionalParamSpec positional ? positional.paramLabel()
        : arg.toString().toLowerCase(Locale.ROOT);
  }
}
