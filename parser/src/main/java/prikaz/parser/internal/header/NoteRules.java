package prikaz.parser.internal.header;

import java.util.regex.Pattern;

/**
 * Lines around an act's heading that belong to no field: page and site furniture, a legal
 * database's status notes and revision notes. Each is one small rule.
 */
final class NoteRules {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** A rule drawn with characters: «_______», «-----», «* * *». */
  private static final Pattern RULE = Pattern.compile("^[_\\-–—=*·.•\\s]{3,}$");
  /** A site's rubric over its acts: «Постановления и распоряжения», «Нормативные правовые акты». */
  private static final Pattern RUBRIC = Pattern.compile(
      "^(?:постановления|распоряжения|приказы|решения|указы|документы|нормативные\\s+(?:правовые\\s+)?акты"
          + "|правовые\\s+акты)(?:\\s*(?:,|и)\\s*(?:постановления|распоряжения|приказы|решения|указы))*\\.?$", FLAGS);
  /** A legal database's prompts, a site's crumbs and editorial remarks. */
  private static final Pattern PROMPT = Pattern.compile(
      "^(?=.{0,300}?(?:верси|лини))(?:.{0,300}?)(?:актуальн\\p{L}*\\s+верси\\p{L}*\\s+документа|интернет-верси\\p{L}*\\s+систем|горяч\\p{L}*\\s+лини)"
          + "|^<\\s*главная|^главная\\s+страница|^информация\\s+об\\s+изменяющих\\s+документах"
          + "|^список\\s+изменяющих\\s+документов|^в\\s+официальном\\s+тексте\\s+документа"
          + "|^(?:текст\\s+документа|печатная\\s+версия|версия\\s+для\\s+печати|скачать|сохранить)\\s*:?$"
          + "|^(?:дата\\s+(?:опубликования|принятия|подписания|вступления)|принявший\\s+орган|опубликован\\p{L}*\\s+в)",
      FLAGS);
  /** A database's note on the act's status. */
  private static final Pattern STATUS = Pattern.compile(
      "утратившим\\s+силу|утратил\\p{L}?\\s+силу|считается\\s+изданн\\p{L}*|^вступа\\p{L}*\\s+в\\s+силу"
          + "|^вступил\\p{L}*\\s+в\\s+силу|^зарегистрирован\\p{L}*\\s|^\\(?\\s*зарегистрирован\\p{L}*\\s"
          + "|действие\\s+\\p{L}+\\s+приостановлено|^документ\\s+(?:утратил|не\\s+вступил)",
      FLAGS);
  /** A revision note, often in brackets, that may go on over several lines. */
  private static final Pattern REVISION = Pattern.compile(
      "^[(\\[{]?\\s*(?:изменения\\s*:|в\\s+ред\\.|в\\s+редакции|ред\\.\\s+от|с\\s+изменениями|с\\s+изм\\.|с\\s+учетом\\s+изменений"
          + "|с\\s+учётом\\s+изменений|документ\\s+с\\s+изменениями|изменения\\s+внесены)",
      FLAGS);
  /** An amending act in a revision list: «распоряжением Правительства … от … N …;». */
  private static final Pattern AMENDING_ACT = Pattern.compile(
      "^(?:постановлени|распоряжени|приказ|решени|указ|закон)\\p{L}*\\s.*(?:от\\s|№|N\\s?\\d).*[;,.)]?$", FLAGS);

  /** An appendix's stamp: «Приложение № 1 / к распоряжению администрации … / от … № …», «УТВЕРЖДЕН приказом …». */
  private static final Pattern APPENDIX_STAMP = Pattern.compile(
      "^(?:приложение(?:\\s*(?:№|N)?\\s*\\d+)?|к\\s+(?:приказу|постановлению|распоряжению|решению|указу)"
          + "|утвержд[её]н[аоы]?|согласован[аоы]?)(?![\\p{L}])", FLAGS);

  private NoteRules() {}

  static boolean isAppendixStamp(String line) {
    return APPENDIX_STAMP.matcher(line).find() && line.length() < 200;
  }

  static boolean isFurniture(String line) {
    return RULE.matcher(line).matches() || RUBRIC.matcher(line).matches() || PROMPT.matcher(line).find();
  }

  static boolean isStatusNote(String line) {
    if (line.length() >= 400) {
      return false;
    }
    String lower = line.toLowerCase(java.util.Locale.ROOT);
    boolean cue = lower.contains("сил") || lower.contains("изданн") || lower.contains("зарегистр")
        || lower.contains("приостановлен") || lower.startsWith("документ");
    return cue && STATUS.matcher(line).find();
  }

  static boolean isRevisionNote(String line) {
    return REVISION.matcher(line).find();
  }

  /** A line of a revision list under «Документ с изменениями, внесенными:». */
  static boolean isAmendingAct(String line) {
    return !line.isEmpty() && Character.isLowerCase(line.charAt(0)) && AMENDING_ACT.matcher(line).matches();
  }

  /** Whether a bracket opened in the note is still open at its end: the note goes on. */
  static boolean leavesBracketOpen(String line) {
    int depth = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
        depth--;
      }
    }
    return depth > 0;
  }
}
