package prikaz.diff;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The words a text is compared by: lower case, «ё» as «е», Russian stop words dropped and every
 * word stemmed (Lucene's {@link RussianAnalyzer}: Snowball's Russian stemmer), with the usual
 * abbreviations of education orders compared as the words they stand for («ОО» and
 * «образовательные организации» give the same stems). The text itself is never changed.
 */
final class Words {
  private static final RussianAnalyzer ANALYZER = new RussianAnalyzer();

  /** Abbreviations written in capitals, and what they stand for. */
  static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
      Map.entry("ОО", "образовательные организации"),
      Map.entry("ОУ", "образовательные учреждения"),
      Map.entry("ОООД", "организации осуществляющие образовательную деятельность"),
      Map.entry("ДОУ", "дошкольные образовательные учреждения"),
      Map.entry("ДОО", "дошкольные образовательные организации"),
      Map.entry("УО", "управление образования"),
      Map.entry("ШМО", "школьные методические объединения"),
      Map.entry("РМО", "районные методические объединения"),
      Map.entry("ГМО", "городские методические объединения"),
      Map.entry("ВПР", "всероссийские проверочные работы"),
      Map.entry("ГИА", "государственная итоговая аттестация"),
      Map.entry("ОГЭ", "основной государственный экзамен"),
      Map.entry("ЕГЭ", "единый государственный экзамен"),
      Map.entry("ВСОКО", "внутренняя система оценки качества образования"),
      Map.entry("МСОКО", "муниципальная система оценки качества образования"),
      Map.entry("КПК", "курсы повышения квалификации"),
      Map.entry("ИМЦ", "информационно методический центр"),
      Map.entry("ОВЗ", "ограниченными возможностями здоровья"),
      Map.entry("ФГОС", "федеральные государственные образовательные стандарты"),
      Map.entry("ППМС", "психолого педагогической медико социальной"),
      Map.entry("ПМПК", "психолого медико педагогическая комиссия"));

  private static final Pattern CAPITALS = Pattern.compile("(?<![\\p{L}])[А-ЯЁ]{2,6}(?![\\p{L}])");

  private Words() {}

  /** The stems of {@code text}, in order, repeats kept; empty for null. */
  static List<String> stems(String text) {
    List<String> stems = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return stems;
    }
    String expanded = expand(text).replace('ё', 'е').replace('Ё', 'Е');
    try (TokenStream tokens = ANALYZER.tokenStream("", new StringReader(expanded))) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        stems.add(term.toString());
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException("a string cannot fail to read", e);
    }
    return stems;
  }

  /** The abbreviations of {@link #ABBREVIATIONS} replaced by their words. */
  static String expand(String text) {
    Matcher m = CAPITALS.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String words = ABBREVIATIONS.get(m.group().replace('Ё', 'Е'));
      m.appendReplacement(out, Matcher.quoteReplacement(words != null ? words : m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Case, «ё», punctuation and spacing set aside: «Отдел  образования.» and «отдел образования» are one text. */
  static String normalize(String text) {
    if (text == null) {
      return "";
    }
    return text.toLowerCase(Locale.ROOT).replace('ё', 'е')
        .replaceAll("[\\p{Punct}«»“”„–—−‑]+", " ")
        .replaceAll("\\s+", " ")
        .strip();
  }
}
