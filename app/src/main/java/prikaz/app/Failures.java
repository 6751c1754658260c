package prikaz.app;

import prikaz.parser.DocumentException;

/**
 * Why a document could not be used, for callers outside the command line (the web page of
 * {@code prikaz serve}): the code the CLI's failure reports use (a {@link DocumentException.Reason}
 * name, or OUT_OF_MEMORY, TOO_COMPLEX, INTERNAL) and the sentence the CLI prints, in Russian or
 * English.
 */
public final class Failures {
  private Failures() {}

  /** A code for scripts and a sentence for a person. */
  public record Failure(String code, String message) {}

  /** The failure {@code e} is, in {@code language} («ru» or «en»). */
  public static Failure of(Throwable e, String language) {
    Texts texts = Texts.of(language);
    if (e instanceof DocumentException d) {
      return new Failure(d.reason().name(), texts.reason(d));
    } else if (e instanceof java.io.IOException io) {
      return new Failure(DocumentException.Reason.UNREADABLE.name(), texts.whyUnread(io));
    }
    return new Failure(Breakdowns.kind(e), Breakdowns.message(e, texts));
  }

  /** The language of {@code command}'s run, «ru» or «en». */
  public static String language(PrikazCommand command) {
    return command.texts.language();
  }
}
