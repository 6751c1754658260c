package prikaz.parser.plan;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a plan column holds, told from its header text by synonyms rather than by position: «Сроки»,
 * «Срок исполнения», «Сроки реализации» are all the deadline column.
 */
public enum ColumnRole {
  // «№» with one short word after it: «№ п/п», «№ пп», and what OCR makes of them («№ пит»).
  NUMBER("^(№|n|номер)( ?(п/п|пп|п\\.п\\.?|п/n|[^\\s]{1,5}))?$|^п/п$|^№ ?п/?п$"),
  ACTIVITY("^(наименование )?(мероприяти[ея]|мероприятий|содержание( работы| мероприятия| деятельности)?"
      + "|наименование|направлени[ея]( деятельности)?|вид(ы)? (работ|деятельности)|действи[ея]|задач[аи]|мера|меры)\\b"),
  DEADLINE("^(срок|сроки|дата|даты|период|время)\\b"),
  RESPONSIBLE("^(ответственн|исполнител|ответств\\.|ответственный исполнитель|кто проводит)"),
  PARTICIPANTS("^(участник|целевая (аудитория|группа)|категория участников|для кого)"),
  RESULT("^(результат|ожидаем|форма (отчет|представления|контроля|завершения|предоставления)|отчетн|итог|показател|продукт)");

  private static final Pattern NOISE = Pattern.compile("[\\s\\u00A0]+");

  private final Pattern pattern;

  ColumnRole(String regex) {
    this.pattern = Pattern.compile(regex);
  }

  /** The name of the item field the column fills: {@code number}, {@code activity}, … */
  public String field() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The role of a header cell, or null when its text names none of them. */
  public static ColumnRole of(String headerText) {
    String key = normalize(headerText);
    if (key.isEmpty()) {
      return null;
    }
    for (ColumnRole role : values()) {
      if (role.pattern.matcher(key).find()) {
        return role;
      }
    }
    return null;
  }

  static String normalize(String text) {
    String lower = text.toLowerCase(Locale.ROOT).replace('ё', 'е').replace('\n', ' ');
    lower = lower.replaceAll("[*:()«»\"]", " ");
    return NOISE.matcher(lower).replaceAll(" ").strip();
  }
}
