/**
 * Small grammars that the header, basis, plan and party readers share, one class per concept:
 * Russian dates ({@link prikaz.parser.internal.grammar.RussianDates}), act numbers
 * ({@link prikaz.parser.internal.grammar.ActNumbers}), act kinds ({@link prikaz.parser.internal.grammar.ActKinds}),
 * person names ({@link prikaz.parser.internal.grammar.PersonNames}), positions
 * ({@link prikaz.parser.internal.grammar.Positions}) and item numbers
 * ({@link prikaz.parser.internal.grammar.ItemNumbers}). Each has a table test of its own. Not API.
 */
package prikaz.parser.internal.grammar;
