/**
 * Russian deadline phrases («сентябрь-октябрь 2022», «в течение учебного года», «ежегодно, июнь»,
 * «вторая декада апреля», «5 (суббота)») to {@link prikaz.parser.model.Deadline}s with inclusive
 * ISO dates.
 *
 * <h2>Lexing</h2>
 * {@code DeadlineLexer} lower-cases the phrase, folds ё to е and Latin look-alikes inside Cyrillic
 * words («Cентябрь») to Cyrillic, keeping every character in place, and cuts it into tokens:
 * <ul>
 *   <li>{@code DATE}: dd.mm.yyyy, dd.mm.yy, dd.mm, also with a space on either side of the first dot
 *       («14. 02», «17 .04.2019», «26. 04.») or before a four-digit year («07.11. 2022»), and glued
 *       to a word («до20.05»). A spaced day.month before a word is no date («4. 12 октября»: an item
 *       number and a day).
 *   <li>{@code BAD_DATE}: written as a date, but no calendar has it: «31.06», «30.02.2024»,
 *       «13.45.2022». {@code TIME}: hh.mm that cannot be a day and month («15.00», «17.30»).
 *   <li>{@code YEAR} (1900–2099), {@code NUMBER}, {@code MONTH} (any case form or abbreviation:
 *       «сентября», «сент», «янв»), {@code WEEKDAY} (any case, «пт», «по средам»), {@code ROMAN}
 *       (I–IV), {@code ORDINAL} (первый, вторая, третье …; «последняя» is the last week, decade or half), {@code DASH} (- ‐ ‑ ‒ – — ― −),
 *       {@code SLASH}, {@code COMMA} (, ;) and {@code WORD} (without its dot: «теч.», «мес.»).
 * </ul>
 *
 * <h2>Grammar</h2>
 * {@code SpanReader} reads spans left to right; words outside the grammar are skipped.
 * <pre>
 * deadline   := recurrence? span* (keyword)*
 * span       := ("до" | "к" | "по" | "не позднее" | "не позже") ["конца"] point        → by
 *             | ["с"] (point | number) ("-" | "по" | "до") point                       → range
 *             | "с" day-without-year                                                → range, open end
 *             | NUMBER ("," NUMBER)* (MONTH | WEEKDAY)                               → first..last day
 *             | point
 * point      := DATE yearword?
 *             | NUMBER(1–31) MONTH [[","] YEAR yearword?]                            → day
 *             | NUMBER(1–31) WEEKDAY                                                 → day of an unnamed month
 *             | MONTH [[","] YEAR yearword?]                                         → month
 *             | YEAR ("-" | "/") YEAR ["уч." "г." | "учебный год" | "гг." | "г.г." | "годы"] → academic year or years
 *             | YEAR yearword?                                                       → calendar year
 *             | (ROMAN | ORDINAL | NUMBER ["-я"]) ("квартал" | "кв." | "полугодие" | "четверть" | "триместр") [year-point]
 *             | (ORDINAL | NUMBER ["-я"]) "декада" (MONTH [YEAR] | "месяца")          → days 1–10, 11–20, 21–end
 *             | (ORDINAL | NUMBER ["-я"]) "неделя" (MONTH [YEAR] | "месяца")          → days 1–7 … 22–28
 *             | (ORDINAL | NUMBER ["-я"]) "половина" (MONTH [YEAR] | "месяца")        → days 1–15, 16–end
 *             | NUMBER(1–31) "числа"                                                  → that day of the plan's month
 *             | mm.yyyy                                                               → month («06.2023»)
 *             | ("начало" | "середина" | "конец") (MONTH [YEAR] | "месяца")           → the same thirds
 *             | season [YEAR] | season-adjective ("период" | "сезон") [YEAR]         → «лето», «летний сезон»
 *             | season-adjective "каникул…" [YEAR]                                   → school holidays
 * number     := NUMBER(1–31) | ROMAN | ORDINAL  — a day completed by the point after it, or the
 *                                                 first part of «1-2 четверть», «I–II полугодие»
 * yearword   := "г" | "г." | "г.г." | "год" | "года" | "году" | "гг"
 * recurrence := "ежегодно" | "ежемес…" | "ежекв…" | "еженед…" | "ежедневно" | "ежеполугодно"
 *             | ("раз" | "раза") "в" unit | "каждый" unit | "каждую" WEEKDAY | "по" WEEKDAY-plural
 * anchor     := the recurrence's «до …», «не позднее …», «к …», «по средам», «в пятницу» to the end
 * </pre>
 *
 * <h2>Meaning</h2>
 * <ul>
 *   <li>The first point of a range takes what it lacks from the second: «сентябрь-октябрь 2022»,
 *       «с 1 по 15 сентября 2022»; «ноябрь-февраль 2023» starts in November 2022. When neither
 *       gives a year, the second is placed first and the first falls in its year or the year before:
 *       «22.11-18.12» in a December plan starts in November, «20.12-15.01» in December.
 *   <li>A month, day, quarter or half-year without a year is placed where it first falls inside
 *       the context period (the plan period, else the twelve months from the order date's month);
 *       {@code yearInferred} is then true. With no context it gets no dates. A day with a weekday
 *       and no month («5 (суббота)») is in the first month of the period where that day is that
 *       weekday (in a plan for one month, that month); «первая декада месяца», «конец месяца» need
 *       a plan or section for one month.
 *   <li>{@link prikaz.parser.internal.deadline.DeadlineContext#inSection(String)} narrows the period to what a
 *       section title names («Январь», «II четверть», «Лето»), so rows under «Январь» read «14
 *       (суббота)» in January.
 *   <li>An academic year N-N+1 runs from 1 September N to 31 August N+1; two consecutive years
 *       without «гг.» are an academic year. «I/II полугодие» without a year in an academic plan is
 *       the school half (September–December, January–August); with a calendar year it is January–June
 *       or July–December. «четверть» is a school quarter (IX–X, XI–XII, I–III, IV–V), «триместр» a
 *       school trimester (IX–XI, XII–II, III–V).
 *   <li>Seasons are whole months: winter December–February («зима 2023» is the winter January 2023
 *       is in), spring March–May, summer June–August, autumn September–November. School holidays are
 *       taken at their usual dates: autumn 28.10–05.11, winter 29.12–08.01, spring 24.03–31.03,
 *       summer 01.06–31.08.
 *   <li>«с 10 по 14 (понедельник-пятница)»: a bare first day takes the month of the second, its weekday
 *       counted back. «до 15 числа» is the 15th of a plan or section for one month (no date in a
 *       longer plan). «до конца года» (in an academic plan also «до конца учебного года») is
 *       {@code by} the end of the plan period.
 *   <li>«по DATE» with nothing before it is «до DATE»: kind {@code by}. «с DATE» alone is a range
 *       open at the end when the date has no year («с 25.03» in a table), and that day
 *       ({@code date}) when it has one («с 12 мая 2021 года», as operative points write the day an
 *       action starts).
 *   <li>«в течение» / «на протяжении» before a span without a written year is {@code ongoing} over
 *       its dates («в течение всего лета»); with a year it stays a range («в течение 2023 года»).
 *       «в теч.», «течен.», «в течении» are «в течение»; «в течение года/месяца/триместра» is the
 *       period.
 *   <li>Several spans in one cell («Январь 2021 Март-май, 2021») give one deadline over all of them.
 *   <li>A recurrence keeps its anchor as written in {@code recurrence.anchor}. When the anchor is
 *       relative to the round («до 10 числа месяца, следующего за отчетным», «ежемесячно до 5
 *       числа») it names no one date and the deadline spans the period; otherwise its date counts («ежегодно, до 1
 *       октября»).
 *   <li>A {@code BAD_DATE} anywhere, or a {@code TIME} as the end of a range of dates
 *       («05.12-17.30.»), makes the deadline {@code unknown} with a {@code DEADLINE_IMPOSSIBLE_DATE}
 *       warning ({@link prikaz.parser.internal.deadline.DeadlineParser#read}): never a silently different
 *       date.
 *   <li>Kinds: {@code date} (one day), {@code range}, {@code by} (start null), {@code recurring}
 *       (months named in the text; dates of their first and last occurrence in the period, or the
 *       whole period), {@code ongoing} («постоянно», «в течение (учебного) года», «по мере
 *       необходимости»: the period), {@code scheduled} («по графику», «в соответствии с расписанием
 *       …», «по итогам …», «План РМО»: no dates), {@code unknown} (anything else, text kept).
 * </ul>
 *
 * <p>The lexer's expressions have no nested quantifiers, the reader makes one left-to-right pass
 * (a list of numbers is scanned once, whatever follows it), so time grows linearly with the length
 * of the text. {@link prikaz.parser.internal.deadline.DeadlineParser#findPeriod(String)} reads a plan period
 * from a title with the same grammar: the last year, academic year, month, season, quarter, half or
 * range of days in it (never a single date, which in a title is the order's).
 */
package prikaz.parser.internal.deadline;
